// SPDX-License-Identifier: MIT
#include "jwe.h"

#include "base64url.h"
#include "jwecontent.h"
#include "jwekeymgmt.h"
#include "token.h"

#include <QCoreApplication>
#include <QStringList>

#include <climits>

using JweContent::SecretBytes;
using JweKeyManagement::Params;
using KeyProblem = JweKeyManagement::Problem;

namespace {

/// The one answer for every failure that depends on a secret (RFC 7516 §11.4, §11.5).
QString cannotDecrypt()
{
    return QCoreApplication::translate(
            "Jwe", "cannot decrypt: the key is wrong or the token was modified");
}

KeyProblem problem(JweStatus status, const QString &message)
{
    return {status, message};
}

QString stringMember(const Json::Object &object, QStringView name)
{
    const Json::Member *m = object.find(name);
    return m && m->kind == Json::ValueKind::String ? m->string() : QString();
}

/// The members of @p joint as one compact JSON object text (each value as written).
QByteArray objectText(const Json::Object &joint)
{
    QByteArray text("{");
    for (const Json::Member &m : joint.members) {
        if (text.size() > 1)
            text += ',';
        text += Json::quote(m.name);
        text += ':';
        text += m.raw;
    }
    text += '}';
    return text;
}

/// Whether two JWK texts name the same public key (kty, crv, x, y), whatever their order.
bool samePublicJwk(QByteArrayView a, QByteArrayView b)
{
    const Json::Object first = Json::readObject(a);
    const Json::Object second = Json::readObject(b);
    if (!first.isObject || !second.isObject)
        return false;
    for (const char16_t *name : {u"kty", u"crv", u"x", u"y"}) {
        const Json::Member *x = first.find(name);
        const Json::Member *y = second.find(name);
        if (bool(x) != bool(y) || (x && x->raw != y->raw))
            return false;
    }
    return true;
}

/// Sets member @p name of the compact object @p object to @p raw: in place when it is there
/// (the other members keep their bytes and order), else added last.
QByteArray setMember(const QByteArray &object, const QString &name, const QByteArray &raw)
{
    const Json::Object members = Json::readObject(object);
    if (const Json::Member *m = members.find(name)) {
        // An "epk" given as it will be (a known-answer test) keeps its member order.
        if (name == QLatin1String("epk") && samePublicJwk(m->raw, raw))
            return object;
        QByteArray result = object;
        result.replace(m->valueOffset, m->raw.size(), raw);
        return result;
    }
    const QByteArray member = Json::quote(name) + ':' + raw;
    QByteArray result = object;
    result.insert(result.size() - 1, members.members.isEmpty() ? member : ',' + member);
    return result;
}

/// The algorithm-independent checks of one recipient's header: alg, enc, zip, crit, and
/// what the key management needs.
KeyProblem readHeader(const JweMessage &m, const JweRecipientEntry &recipient,
                      const JweOptions &options, Params *params, bool *compressed)
{
    const Json::Object &h = recipient.joint;
    const Json::Member *alg = h.find(u"alg");
    const Json::Member *enc = h.find(u"enc");
    if (!alg || alg->kind != Json::ValueKind::String)
        return problem(JweStatus::Malformed,
                       QCoreApplication::translate("Jwe", "the JWE header has no string \"alg\""));
    if (!enc || enc->kind != Json::ValueKind::String)
        return problem(JweStatus::Malformed,
                       QCoreApplication::translate("Jwe", "the JWE header has no string \"enc\""));
    const std::optional<JweAlg> a = JweAlgorithms::algFromName(alg->string());
    if (!a)
        return problem(
                JweStatus::Unsupported,
                QCoreApplication::translate("Jwe", "unsupported key management algorithm \"%1\"")
                        .arg(alg->string()));
    const std::optional<JweEnc> e = JweAlgorithms::encFromName(enc->string());
    if (!e)
        return problem(JweStatus::Unsupported,
                       QCoreApplication::translate("Jwe", "unsupported content encryption \"%1\"")
                               .arg(enc->string()));
    params->alg = *a;
    params->enc = *e;
    if (const Json::Member *zip = h.find(u"zip")) {
        if (!m.protectedHeader.object.find(u"zip"))
            return problem(
                    JweStatus::Malformed,
                    QCoreApplication::translate(
                            "Jwe", "\"zip\" must be in the protected header (RFC 7516 §4.1.3)"));
        if (zip->string() != QLatin1String("DEF") || zip->kind != Json::ValueKind::String)
            return problem(
                    JweStatus::Unsupported,
                    QCoreApplication::translate(
                            "Jwe", "unsupported compression \"zip\": %1 (only \"DEF\" is defined)")
                            .arg(QString::fromUtf8(zip->raw)));
        *compressed = true;
    }
    if (const Json::Member *crit = h.find(u"crit")) {
        // No JWE extension is understood here, so any critical one stops (RFC 7515 §4.1.11).
        QStringList names;
        for (const Json::Member &n : Json::readArray(crit->raw))
            names << n.string();
        return problem(JweStatus::Unsupported,
                       QCoreApplication::translate(
                               "Jwe", "\"crit\" names extensions JWT Lens does not understand: %1")
                               .arg(names.isEmpty() ? QString::fromUtf8(crit->raw)
                                                    : names.join(QLatin1String(", "))));
    }
    const JweAlgFamily family = JweAlgorithms::family(*a);
    if ((family == JweAlgFamily::Direct || family == JweAlgFamily::EcdhEs)
        && !recipient.encryptedKey.isEmpty())
        return problem(
                JweStatus::Malformed,
                QCoreApplication::translate(
                        "Jwe", "the encrypted key must be empty with %1 (RFC 7518 §4.5, §4.6)")
                        .arg(alg->string()));
    return JweKeyManagement::readParams(h, options, params);
}

/// The keys in the order to try them for a recipient: those with its "kid" first.
QList<qsizetype> keyOrder(const QList<Key> &keys, const QString &kid)
{
    QList<qsizetype> first, rest;
    for (qsizetype i = 0; i < keys.size(); ++i)
        (!kid.isEmpty() && keys.at(i).kid() == kid ? first : rest).append(i);
    return first + rest;
}

enum class Attempt {
    Failed, ///< the one "cannot decrypt"
    Decrypted,
    TooLarge, ///< authentic, but the inflated plaintext passes the limit
    NotDeflate, ///< authentic, but "zip" content that does not inflate
};

Attempt attempt(const JweMessage &m, const JweRecipientEntry &recipient, const Params &params,
                const Key &key, bool compressed, const JweOptions &options, JweResult *result)
{
    SecretBytes derived;
    SecretBytes cek(
            JweKeyManagement::unwrap(params, key, recipient.encryptedKey, &derived.bytes()));
    const QByteArray aad = m.additionalData();
    SecretBytes content;
    if (!JweContent::decrypt(params.enc, cek.bytes(), m.iv, aad, m.ciphertext, m.tag,
                             &content.bytes()))
        return Attempt::Failed;
    SecretBytes plaintext;
    if (compressed) {
        switch (JweContent::inflate(content.bytes(), options.maxPlaintextBytes,
                                    &plaintext.bytes())) {
        case JweContent::Inflated::Ok:
            break;
        case JweContent::Inflated::TooLarge:
            return Attempt::TooLarge;
        case JweContent::Inflated::Corrupt:
            return Attempt::NotDeflate;
        }
    } else {
        plaintext = content.bytes();
    }
    result->plaintext = plaintext.bytes();
    JweSteps &steps = result->steps;
    steps.cek = cek.bytes();
    steps.derivedKey = derived.bytes();
    steps.encryptedKey = recipient.encryptedKey;
    steps.iv = m.iv;
    steps.aad = aad;
    steps.ciphertext = m.ciphertext;
    steps.tag = m.tag;
    if (compressed)
        steps.compressed = content.bytes();
    return Attempt::Decrypted;
}

} // namespace

QString jweStatusName(JweStatus status)
{
    switch (status) {
    case JweStatus::Decrypted:
        return QStringLiteral("decrypted");
    case JweStatus::CannotDecrypt:
        return QStringLiteral("cannot_decrypt");
    case JweStatus::KeyMismatch:
        return QStringLiteral("key_mismatch");
    case JweStatus::Refused:
        return QStringLiteral("refused");
    case JweStatus::Unsupported:
        return QStringLiteral("unsupported");
    case JweStatus::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

JweSteps::~JweSteps()
{
    JweContent::wipe(cek);
    JweContent::wipe(derivedKey);
    JweContent::wipe(compressed);
}

JweResult::~JweResult()
{
    JweContent::wipe(plaintext);
}

JweResult Jwe::decrypt(const JweMessage &m, const QList<Key> &keys, const JweOptions &options)
{
    JweResult result;
    result.serialization = m.serialization;
    result.protectedHeader = m.protectedHeader.json;
    if (m.recipients.isEmpty()) {
        result.error = QCoreApplication::translate("Jwe", "the JWE has no recipient");
        return result;
    }
    KeyProblem firstProblem;
    QString firstMismatch;
    int mismatches = 0;
    bool attempted = false;
    for (qsizetype r = 0; r < m.recipients.size(); ++r) {
        const JweRecipientEntry &recipient = m.recipients.at(r);
        const auto describe = [&] {
            result.header = objectText(recipient.joint);
            result.alg = stringMember(recipient.joint, u"alg");
            result.enc = stringMember(recipient.joint, u"enc");
            result.cty = stringMember(recipient.joint, u"cty");
        };
        if (r == 0)
            describe();
        Params params;
        bool compressed = false;
        const KeyProblem p = readHeader(m, recipient, options, &params, &compressed);
        if (p.isProblem()) {
            if (!firstProblem.isProblem())
                firstProblem = p;
            continue;
        }
        for (const qsizetype k : keyOrder(keys, stringMember(recipient.joint, u"kid"))) {
            const Key &key = keys.at(k);
            const KeyFit fit = checkFit(key, params.alg, params.enc, JweDirection::Decrypt);
            QString why = fit.verdict == KeyFit::Verdict::Mismatch
                    ? fit.reason
                    : JweKeyManagement::mismatch(params, key);
            if (!why.isEmpty()) {
                if (firstMismatch.isEmpty())
                    firstMismatch = why;
                ++mismatches;
                continue;
            }
            attempted = true;
            const Attempt outcome
                    = attempt(m, recipient, params, key, compressed, options, &result);
            if (outcome == Attempt::Failed)
                continue;
            describe();
            result.recipient = r;
            result.keyIndex = k;
            result.key = key;
            result.compressed = compressed;
            if (outcome == Attempt::Decrypted) {
                result.status = JweStatus::Decrypted;
                return result;
            }
            result.status
                    = outcome == Attempt::TooLarge ? JweStatus::Refused : JweStatus::Malformed;
            // A plain int for %n: a cast or template inside the call stalls lupdate.
            const int limit = int(qMin(options.maxPlaintextBytes, qsizetype(INT_MAX)));
            result.error = outcome == Attempt::TooLarge
                    ? QCoreApplication::translate(
                            "Jwe",
                            "the decompressed plaintext is larger than the limit of %n byte(s): "
                            "refused (a deflate bomb?)",
                            nullptr, limit)
                    : QCoreApplication::translate(
                            "Jwe", "the decrypted content is not valid DEFLATE (\"zip\": \"DEF\")");
            return result;
        }
    }
    if (attempted) {
        result.status = JweStatus::CannotDecrypt;
        result.error = cannotDecrypt();
    } else if (mismatches > 0 && (m.recipients.size() > 1 || !firstProblem.isProblem())) {
        result.status = JweStatus::KeyMismatch;
        result.error = keys.size() == 1
                ? firstMismatch
                : QCoreApplication::translate("Jwe",
                                              "none of the %n key(s) fits the token (first "
                                              "reason: %1)",
                                              nullptr, int(keys.size()))
                          .arg(firstMismatch);
    } else if (firstProblem.isProblem()) {
        result.status = firstProblem.status;
        result.error = firstProblem.message;
    } else {
        result.status = JweStatus::KeyMismatch;
        result.error = QCoreApplication::translate("Jwe", "no key given");
    }
    return result;
}

JweResult Jwe::decrypt(const Token &token, const QList<Key> &keys, const JweOptions &options)
{
    if (!token.isJwe() || !token.isWellFormed()) {
        JweResult result;
        result.status = JweStatus::Malformed;
        for (const Problem &p : token.problems()) {
            if (p.severity == Problem::Severity::Error) {
                result.error = p.text();
                break;
            }
        }
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate(
                    "Jwe", "not a JWE: a compact JWE has 5 parts separated by '.'");
        return result;
    }
    return decrypt(JweMessage::fromCompact(token), keys, options);
}

JweResult Jwe::decrypt(QByteArrayView text, const QList<Key> &keys, const JweOptions &options)
{
    if (!looksLikeJoseJson(text))
        return decrypt(Token::parse(text), keys, options);
    const JoseJsonDocument doc = parseJoseJson(text);
    if (doc.kind == JoseJsonDocument::Kind::Jwe)
        return decrypt(doc.jwe, keys, options);
    JweResult result;
    result.status = JweStatus::Malformed;
    result.serialization = doc.kind == JoseJsonDocument::Kind::Jws ? doc.jws.serialization
                                                                   : JoseSerialization::GeneralJson;
    result.error = doc.kind == JoseJsonDocument::Kind::Jws
            ? QCoreApplication::translate("Jwe", "this is a signed JWS, not an encrypted JWE")
            : QCoreApplication::translate("Jwe", "token: %1").arg(doc.error);
    return result;
}

JweEncrypted Jwe::encrypt(QByteArrayView headerJson, QByteArrayView plaintext, const Key &key,
                          const JweEncryptOptions &options)
{
    JweEncrypted out;
    const Json::Error invalid = Json::validate(headerJson, Json::Duplicates::Reject);
    if (invalid.isError()) {
        out.error = QCoreApplication::translate("Jwe", "header: invalid JSON at offset %1: %2")
                            .arg(invalid.offset)
                            .arg(invalid.message);
        return out;
    }
    QByteArray header = Json::compact(headerJson).text;
    const Json::Object object = Json::readObject(header);
    if (!object.isObject) {
        out.error = QCoreApplication::translate("Jwe", "header: not a JSON object");
        return out;
    }
    const std::optional<JweAlg> alg = JweAlgorithms::algFromName(stringMember(object, u"alg"));
    const std::optional<JweEnc> enc = JweAlgorithms::encFromName(stringMember(object, u"enc"));
    if (!alg || !enc) {
        out.error = !alg
                ? QCoreApplication::translate(
                        "Jwe", "header: \"alg\" is not a JWE key management algorithm")
                : QCoreApplication::translate(
                        "Jwe", "header: \"enc\" is not a JWE content encryption algorithm");
        return out;
    }
    if (!JweAlgorithms::canEncrypt(*alg)) {
        out.error = QCoreApplication::translate(
                "Jwe",
                "RSA1_5 is decrypted but never made: it invites padding-oracle attacks "
                "(RFC 8725 §3.2); use RSA-OAEP-256");
        return out;
    }
    bool compressed = false;
    if (const Json::Member *zip = object.find(u"zip")) {
        if (zip->string() != QLatin1String("DEF")) {
            out.error = QCoreApplication::translate("Jwe", "header: \"zip\" can only be \"DEF\"");
            return out;
        }
        compressed = true;
    }
    if (object.find(u"crit")) {
        out.error = QCoreApplication::translate("Jwe",
                                                "header: \"crit\" is not supported for encryption");
        return out;
    }
    const KeyFit fit = checkFit(key, *alg, *enc, JweDirection::Encrypt);
    if (fit.verdict == KeyFit::Verdict::Mismatch) {
        out.error = QCoreApplication::translate("Jwe", "key: %1").arg(fit.reason);
        return out;
    }
    Params params;
    params.alg = *alg;
    params.enc = *enc;
    for (const char16_t *name : {u"apu", u"apv"}) {
        const Json::Member *m = object.find(name);
        if (!m)
            continue;
        const Base64Url::Decoded d = Base64Url::decode(m->raw.mid(1, m->raw.size() - 2));
        if (m->kind != Json::ValueKind::String || !d.ok()) {
            out.error = QCoreApplication::translate("Jwe",
                                                    "header: \"%1\" must be a base64url string")
                                .arg(QString::fromUtf16(name));
            return out;
        }
        (name[2] == u'u' ? params.apu : params.apv) = d.bytes;
    }
    JweKeyManagement::Wrapped wrapped;
    JweKeyManagement::wrap(params, key, options, &wrapped);
    if (!wrapped.error.isEmpty()) {
        out.error = QCoreApplication::translate("Jwe", "key: %1").arg(wrapped.error);
        return out;
    }
    for (const auto &member : std::as_const(wrapped.members))
        header = setMember(header, member.first, member.second);

    const QByteArray protectedEncoded = Base64Url::encode(header);
    const QByteArray iv = options.iv.isEmpty() ? JweContent::randomBytes(JweContent::ivBytes(*enc))
                                               : options.iv;
    SecretBytes content(compressed ? JweContent::deflate(plaintext) : plaintext.toByteArray());
    if (compressed && content.bytes().isEmpty() && !plaintext.isEmpty()) {
        out.error = QCoreApplication::translate("Jwe", "DEFLATE compression failed");
        return out;
    }
    QByteArray ciphertext, tag;
    if (!JweContent::encrypt(*enc, wrapped.cek, iv, protectedEncoded, content.bytes(), &ciphertext,
                             &tag)) {
        out.error = QCoreApplication::translate("Jwe", "%1 needs a %2-byte IV")
                            .arg(JweAlgorithms::name(*enc))
                            .arg(JweContent::ivBytes(*enc));
        return out;
    }
    out.protectedHeader = header;
    out.compact = protectedEncoded + '.' + Base64Url::encode(wrapped.encryptedKey) + '.'
            + Base64Url::encode(iv) + '.' + Base64Url::encode(ciphertext) + '.'
            + Base64Url::encode(tag);
    out.steps.cek = wrapped.cek;
    out.steps.derivedKey = wrapped.derivedKey;
    out.steps.encryptedKey = wrapped.encryptedKey;
    out.steps.iv = iv;
    out.steps.aad = protectedEncoded;
    out.steps.ciphertext = ciphertext;
    out.steps.tag = tag;
    if (compressed)
        out.steps.compressed = content.bytes();
    return out;
}
