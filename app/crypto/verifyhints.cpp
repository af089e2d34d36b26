// SPDX-License-Identifier: MIT
#include "verifyhints.h"

#include "base64url.h"
#include "ecdsa.h"
#include "json.h"
#include "jws.h"
#include "keyfit.h"

#include <QCoreApplication>

#include <initializer_list>

namespace {

// The verdict's words: the same translation context as verifier.cpp.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
};

using Kind = SignatureHint::Kind;

bool verifies(Algorithm alg, const Key &key, QByteArrayView input, QByteArrayView signature)
{
    return !key.isNull() && checkFit(key, alg).verdict != KeyFit::Verdict::Mismatch
            && verify(alg, key, input, signature).status == SignatureStatus::Valid;
}

/// How a hint names entry @p index of the ring: by kid, else by its place and type; and where
/// it came from when that is known.
QString keyName(const KeyRing &ring, qsizetype index)
{
    const Key &key = ring.at(index);
    QString name = key.kid().isEmpty()
            ? Text::tr("key %1 of the ring (%2)").arg(index + 1).arg(key.description())
            : Text::tr("kid \"%1\"").arg(key.kid());
    const QString origin = ring.origin(index).text();
    if (!origin.isEmpty())
        name = Text::tr("%1, %2").arg(name, origin);
    if (!ring.isTrusted(index))
        name = Text::tr("%1 (not trusted)").arg(name);
    return name;
}

/// The algorithms a signer may have meant instead of @p alg with the same key.
QList<Algorithm> siblings(Algorithm alg)
{
    QList<Algorithm> list;
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::Hmac:
        list = {Algorithm::HS256, Algorithm::HS384, Algorithm::HS512};
        break;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        list = {Algorithm::RS256, Algorithm::PS256, Algorithm::RS384,
                Algorithm::PS384, Algorithm::RS512, Algorithm::PS512};
        break;
    case AlgorithmFamily::Ecdsa:
    case AlgorithmFamily::EdDsa: // one curve, one signature: nothing to mix up
    case AlgorithmFamily::None:
        break;
    }
    list.removeAll(alg);
    return list;
}

/// The ring's entries to try a variant with: the tried one, else every one.
QList<qsizetype> candidates(const KeyRing &ring, qsizetype tried)
{
    QList<qsizetype> list;
    if (tried >= 0) {
        list.append(tried);
    } else {
        for (qsizetype i = 0; i < ring.size(); ++i)
            list.append(i);
    }
    return list;
}

SignatureHint otherKey(const Token &token, const KeyRing &ring, Algorithm alg, qsizetype tried,
                       QByteArrayView input)
{
    const QByteArray &signature = token.signature().decoded;
    // ECDSA: the keys the signature can be of are recovered from it (a handful of points), and
    // an EC JWK whose point is not one of them is passed over without being made — a JWKS of
    // 100,000 keys costs a few verifications, not 100,000. The same key is found as by trying
    // each in turn; a signature whose points cannot be recovered tries each in turn.
    const QList<QByteArray> points = Ecdsa::recoverPublicPoints(alg, input, signature);
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (i == tried)
            continue;
        if (!points.isEmpty()) {
            const QByteArray point = ring.ecPointAt(i);
            if (!point.isEmpty() && !points.contains(point))
                continue;
        }
        if (!verifies(alg, ring.at(i), input, signature))
            continue;
        SignatureHint hint {Kind::OtherKey, {}, i, alg};
        hint.text = token.kid().isEmpty()
                ? Text::tr("the signature matches another key of the ring: %1 (the token names "
                           "no kid, and the first key that fits %2 was tried)")
                          .arg(keyName(ring, i), Algorithms::name(alg))
                : Text::tr("the signature matches another key of the ring: %1, not the kid "
                           "\"%2\" the token names")
                          .arg(keyName(ring, i), token.kid());
        return hint;
    }
    return {};
}

SignatureHint otherAlgorithm(const Token &token, const KeyRing &ring, Algorithm alg,
                             qsizetype tried, QByteArrayView input)
{
    const QByteArray &signature = token.signature().decoded;
    for (qsizetype i : candidates(ring, tried)) {
        for (Algorithm other : siblings(alg)) {
            if (!verifies(other, ring.at(i), input, signature))
                continue;
            SignatureHint hint {Kind::OtherAlgorithm, {}, i, other};
            hint.text = Text::tr("the signature verifies as %1, not as the %2 the header names: "
                                 "the token was signed with another algorithm (with %3)")
                                .arg(Algorithms::name(other), Algorithms::name(alg),
                                     keyName(ring, i));
            return hint;
        }
    }
    return {};
}

SignatureHint derSignature(const Token &token, const KeyRing &ring, Algorithm alg, qsizetype tried,
                           QByteArrayView input)
{
    const QByteArray &signature = token.signature().decoded;
    if (Algorithms::family(alg) != AlgorithmFamily::Ecdsa || signature.isEmpty()
        || signature.at(0) != 0x30)
        return {};
    const int half = alg == Algorithm::ES512 ? 66 : alg == Algorithm::ES384 ? 48 : 32;
    const QByteArray raw = Ecdsa::derToRaw(signature, half);
    if (raw.isEmpty())
        return {};
    for (qsizetype i : candidates(ring, tried)) {
        if (!verifies(alg, ring.at(i), input, raw))
            continue;
        SignatureHint hint {Kind::DerSignature, {}, i, alg};
        hint.text = Text::tr("the ECDSA signature is DER-encoded; in the R‖S form JWS uses (RFC "
                             "7518 §3.4) it verifies: the signer must write R‖S, not DER");
        return hint;
    }
    return {};
}

/// Base64 or base64url text (padding allowed) that decodes to at least one byte; else empty.
QByteArray decodeLoose(QByteArrayView text)
{
    QByteArray clean;
    clean.reserve(text.size());
    for (char c : text) {
        if (c == '=')
            continue;
        clean.append(c == '+' ? '-' : c == '/' ? '_' : c);
    }
    Base64Url::Decoded decoded = Base64Url::decode(clean);
    clean.fill('\0');
    if (!decoded.ok()) {
        decoded.bytes.fill('\0');
        return {};
    }
    return std::move(decoded.bytes);
}

/// Whether @p variant of @p secret (when it differs) verifies; its bytes are wiped after.
bool trySecret(QByteArray variant, const QByteArray &secret, Algorithm alg, QByteArrayView input,
               const QByteArray &signature)
{
    bool matches = false;
    if (!variant.isEmpty() && variant != secret)
        matches = verifies(alg, Key::fromSecret(variant), input, signature);
    variant.fill('\0'); // the key made from it cleanses its own copy
    return matches;
}

/// Tries the base64 and base64url texts of @p secret, with and without padding.
bool tryBase64Texts(const QByteArray &secret, Algorithm alg, QByteArrayView input,
                    const QByteArray &signature)
{
    using Options = QByteArray::Base64Options;
    for (Options options :
         {Options(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
          Options(QByteArray::Base64UrlEncoding), Options(QByteArray::Base64Encoding),
          Options(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals)}) {
        if (trySecret(secret.toBase64(options), secret, alg, input, signature))
            return true;
    }
    return false;
}

SignatureHint secretVariants(const Token &token, const KeyRing &ring, Algorithm alg,
                             qsizetype tried, QByteArrayView input)
{
    if (Algorithms::family(alg) != AlgorithmFamily::Hmac)
        return {};
    qsizetype index = tried;
    for (qsizetype i = 0; index < 0 && i < ring.size(); ++i) {
        if (ring.at(i).kind() == KeyKind::Secret)
            index = i;
    }
    if (index < 0 || ring.at(index).kind() != KeyKind::Secret)
        return {};
    const QByteArray &signature = token.signature().decoded;
    QByteArray secret = ring.at(index).secretBytes();
    SignatureHint hint {Kind::None, {}, index, alg};
    const auto found = [&hint](Kind kind, const QString &text) {
        hint.kind = kind;
        hint.text = text;
    };

    if (trySecret(decodeLoose(secret), secret, alg, input, signature)) {
        found(Kind::SecretAsBase64,
              Text::tr("the signature matches this secret read as base64 (its decoded bytes): the "
                       "signer decoded the text, and this key uses the text itself"));
    } else if (tryBase64Texts(secret, alg, input, signature)) {
        found(Kind::SecretAsText,
              Text::tr("the signature matches the base64 text of this secret used as it is: the "
                       "signer took the text as the key, where this key holds its decoded "
                       "bytes"));
    } else if (trySecret(secret + '\n', secret, alg, input, signature)) {
        found(Kind::SecretNewlineAdded,
              Text::tr("the signature matches this secret with a trailing newline (\\n): the "
                       "signer's secret ends with one (a file read whole, echo without -n)"));
    } else if (trySecret(secret + "\r\n", secret, alg, input, signature)) {
        found(Kind::SecretNewlineAdded,
              Text::tr("the signature matches this secret with a trailing CR LF (\\r\\n): the "
                       "signer's secret ends with one (a file saved on Windows)"));
    } else if ((secret.endsWith('\n')
                && trySecret(secret.chopped(secret.endsWith("\r\n") ? 2 : 1), secret, alg, input,
                             signature))) {
        found(Kind::SecretNewlineRemoved,
              Text::tr("the signature matches this secret without its trailing newline: the "
                       "newline is not part of the signer's secret"));
    } else if (trySecret(secret.trimmed(), secret, alg, input, signature)) {
        found(Kind::SecretTrimmed,
              Text::tr("the signature matches this secret without the blanks around it: they are "
                       "not part of the signer's secret"));
    }
    secret.fill('\0');
    return hint;
}

/// A segment as base64url: blanks removed, '+' '/' mapped, '=' dropped.
QByteArray normalized(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (char c : encoded) {
        if (c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        out.append(c == '+' ? '-' : c == '/' ? '_' : c);
    }
    return out;
}

QByteArray withoutBlanks(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (char c : encoded) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

} // namespace

SignatureHint signatureHint(const Token &token, const KeyRing &ring, Algorithm alg,
                            qsizetype triedIndex, QByteArrayView signingInput)
{
    if (ring.isEmpty() || alg == Algorithm::None)
        return {};
    for (auto step : {otherKey, otherAlgorithm, derSignature, secretVariants}) {
        SignatureHint hint = step(token, ring, alg, triedIndex, signingInput);
        if (!hint.isEmpty())
            return hint;
    }
    return {};
}

SignatureHint reencodingHint(const Token &token, const KeyRing &ring)
{
    if (ring.isEmpty() || token.form() != Token::Form::Jws)
        return {};
    QByteArray canonical[3];
    QByteArray decoded[3];
    bool changed = false;
    for (int i = 0; i < 3; ++i) {
        const QByteArray &encoded = token.segments().at(i).encoded;
        canonical[i] = normalized(encoded);
        const Base64Url::Decoded d = Base64Url::decode(canonical[i]);
        if (!d.ok())
            return {}; // not a matter of the alphabet or the padding
        decoded[i] = d.bytes;
        changed = changed || canonical[i] != encoded;
    }
    if (!changed)
        return {};
    const Json::Object header = Json::readObject(decoded[0]);
    const Json::Member *algMember = header.isObject ? header.find(u"alg") : nullptr;
    const std::optional<Algorithm> alg
            = algMember ? Algorithms::fromName(algMember->string()) : std::nullopt;
    if (!alg || *alg == Algorithm::None)
        return {};
    const Json::Member *kid = header.find(u"kid");
    const KeyRing::Choice choice = ring.size() == 1
            ? KeyRing::Choice {0, {}}
            : ring.choose(*alg, kid ? kid->string() : QString());
    if (choice.index < 0)
        return {};
    const Key &key = ring.at(choice.index);
    // Written back as base64url: re-encoded after it was signed.
    const QByteArray input = Base64Url::encode(decoded[0]) + '.' + Base64Url::encode(decoded[1]);
    if (verifies(*alg, key, input, decoded[2])) {
        return {Kind::Reencoded,
                Text::tr("written back as base64url without padding, the token verifies: it was "
                         "re-encoded (padding, + /, line breaks) after it was signed"),
                choice.index, *alg};
    }
    // As written: signed over non-canonical base64.
    const QByteArray written = withoutBlanks(token.segments().at(0).encoded) + '.'
            + withoutBlanks(token.segments().at(1).encoded);
    if (written != input && verifies(*alg, key, written, decoded[2])) {
        return {Kind::SignedAsWritten,
                Text::tr("the signature matches the segments as written, padding and all: the "
                         "signer signed base64 that JWS does not allow (RFC 7515 §2)"),
                choice.index, *alg};
    }
    return {};
}
