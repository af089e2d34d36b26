// SPDX-License-Identifier: MIT
#include "explain.h"

#include "base64url.h"
#include "digest.h"
#include "ecdsa.h"
#include "jws.h"
#include "keyfit.h"
#include "tokenmodel.h"
#include "explaininput.h"
#include "explainparts.h"
#include "badge.h"
#include "modelaccess.h"
#include "verifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace {

// The translation context of this file; lupdate reads Text::tr() calls as "Explain".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Explain)
};

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

using ExplainParts::MaxShownBytes;

} // namespace

namespace ExplainParts {

QString moreBytes(qsizetype total, qsizetype shown)
{
    if (total <= shown)
        return QString();
    const int rest = int(std::min<qsizetype>(total - shown, INT_MAX));
    return QLatin1Char('\n') + Text::tr("… and %n more byte(s)", nullptr, rest);
}

/// How many leading bytes of @p bytes to show, not cutting a UTF-8 sequence.
qsizetype shownLength(QByteArrayView bytes)
{
    qsizetype n = std::min(bytes.size(), MaxShownBytes);
    while (n < bytes.size() && n > 0 && (quint8(bytes.at(n)) & 0xc0) == 0x80)
        --n;
    return n;
}

QString hexShown(QByteArrayView bytes)
{
    const qsizetype n = shownLength(bytes);
    return Explain::hex(bytes.first(n)) + moreBytes(bytes.size(), n);
}

QString textShown(QByteArrayView bytes)
{
    const qsizetype n = shownLength(bytes);
    return Explain::visibleText(bytes.first(n)) + moreBytes(bytes.size(), n);
}

QString asciiShown(QByteArrayView bytes)
{
    const qsizetype n = std::min(bytes.size(), MaxShownBytes);
    return QString::fromLatin1(bytes.first(n)) + moreBytes(bytes.size(), n);
}

QString typedShown(const QString &typed)
{
    if (typed.size() <= MaxShownBytes)
        return typed;
    const int rest = int(std::min<qsizetype>(typed.size() - MaxShownBytes, INT_MAX));
    return typed.left(MaxShownBytes) + QLatin1Char('\n')
            + Text::tr("… and %n more character(s)", nullptr, rest);
}

} // namespace ExplainParts

namespace {

using namespace ExplainParts;

/// Whether the token's segment is the base64url of its bytes, given @p prefix, the encoding
/// of their first whole 3-byte groups: only the last character can be spelled another way
/// (unused bits set), so the prefix and the last group decide.
bool spelledAsEncoded(const Segment &segment, const QByteArray &prefix)
{
    const qsizetype size = segment.decoded.size();
    if (segment.encoded.size() != (size * 4 + 2) / 3 || !segment.encoded.startsWith(prefix))
        return false;
    if (size == 0)
        return true;
    const qsizetype lastGroup = (size - 1) / 3 * 3;
    const QByteArray tail = Base64Url::encode(QByteArrayView(segment.decoded).sliced(lastGroup));
    return segment.encoded.endsWith(tail);
}

QString hashName(int bits)
{
    return QStringLiteral("SHA-%1").arg(bits);
}

} // namespace

namespace ExplainParts {

void addEncodingLines(ExplainStep &step, const Segment &segment)
{
    const Base64Group group = Explain::firstGroup(segment.decoded);
    if (!group.bytes.isEmpty()) {
        step.lines.append(
                {Text::tr("First group: 3 bytes"),
                 // The text only for JSON: signature bytes are not text.
                 segment.part == TokenPart::Signature
                         ? Explain::hex(group.bytes)
                         : QStringLiteral("%1   %2").arg(Explain::hex(group.bytes),
                                                         Explain::visibleText(group.bytes)),
                 false});
        step.lines.append({Text::tr("8-bit groups"), group.octets.join(QLatin1Char(' ')), false});
        step.lines.append({Text::tr("6-bit groups"), group.sextets.join(QLatin1Char(' ')), false});
        QStringList indices;
        for (int i : group.indices)
            indices.append(QString::number(i).rightJustified(6));
        step.lines.append({Text::tr("Alphabet index"), indices.join(QLatin1Char(' ')), false});
        QStringList characters;
        for (QChar c : group.characters)
            characters.append(QString(c).rightJustified(6));
        step.lines.append({Text::tr("Characters"), characters.join(QLatin1Char(' ')), false});
    }
    // base64url of a prefix of whole 3-byte groups is a prefix of the whole: only what is
    // shown is encoded.
    const qsizetype length = (segment.decoded.size() * 4 + 2) / 3;
    const qsizetype prefix = std::min(segment.decoded.size(), MaxShownBytes / 4 * 3);
    const QByteArray encoded = Base64Url::encode(QByteArrayView(segment.decoded).first(prefix));
    step.lines.append({Text::tr("base64url (%n character(s))", nullptr,
                                int(std::min<qsizetype>(length, INT_MAX))),
                       QString::fromLatin1(encoded) + moreBytes(length, encoded.size()), false});
    if (!segment.decodes) {
        step.lines.append({Text::tr("Note"),
                           Text::tr("The token's segment is not valid base64url; only the bytes "
                                    "before the error are shown."),
                           true});
    } else if (!spelledAsEncoded(segment, encoded)) {
        step.lines.append({Text::tr("Note"),
                           Text::tr("The token spells this segment differently (%1): it does not "
                                    "come from encoding these bytes.")
                                   .arg(asciiShown(segment.encoded)),
                           true});
    }
}

void addJsonLines(ExplainStep &step, const Segment &segment, const QString &typed)
{
    const QString encodedText = QString::fromUtf8(segment.decoded);
    if (!typed.isEmpty() && typed != encodedText) {
        step.lines.append({Text::tr("As the pane shows it"), typedShown(typed), false});
    }
    step.lines.append(
            {Text::tr("Bytes encoded as text (%n byte(s))", nullptr, int(segment.decoded.size())),
             textShown(segment.decoded), false});
    step.lines.append({Text::tr("The same bytes in hex"), hexShown(segment.decoded), false});
    if (!typed.isEmpty() && typed != encodedText) {
        step.lines.append(
                {Text::tr("Note"),
                 Text::tr("The pane re-indents the JSON for reading; the token keeps the "
                          "exact bytes it was made from, spaces and line breaks included. "
                          "Changing any byte changes the signature."),
                 true});
    }
    if (segment.decoded.contains("\r\n")) {
        step.lines.append(
                {Text::tr("Note"),
                 Text::tr("\\r\\n marks a CR LF line break inside the JSON: it is part of the "
                          "signed bytes."),
                 true});
    }
    addEncodingLines(step, segment);
}

} // namespace ExplainParts

namespace {

ExplainStep jsonStep(ExplainStep::Kind kind, const Segment &segment, const QString &typed)
{
    ExplainStep step;
    step.kind = kind;
    step.part = segment.part;
    step.bytes = segment.decoded;
    if (kind == ExplainStep::Kind::Header) {
        step.title = Text::tr("1. Header: JSON → UTF-8 bytes → base64url");
        step.rfc = QStringLiteral("RFC 7515 §5.1 (3–4), §4");
    } else {
        step.title = Text::tr("2. Payload: JSON → UTF-8 bytes → base64url");
        step.rfc = QStringLiteral("RFC 7515 §5.1 (1–2), RFC 7519 §7.1");
    }
    addJsonLines(step, segment, typed);
    if (kind == ExplainStep::Kind::Payload) {
        step.lines.append({Text::tr("Anyone can read this"),
                           Text::tr("base64url is an encoding, not encryption: whoever holds the "
                                    "token can decode the payload without any key. Never put "
                                    "secrets or personal data in it."),
                           true});
    }
    return step;
}

QString familyName(Algorithm alg)
{
    const int bits = Algorithms::hashBits(alg);
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::Hmac:
        return Text::tr("HMAC with %1").arg(hashName(bits));
    case AlgorithmFamily::RsaPkcs1:
        return Text::tr("RSASSA-PKCS1-v1_5 with %1").arg(hashName(bits));
    case AlgorithmFamily::RsaPss:
        return Text::tr("RSASSA-PSS with %1 and MGF1").arg(hashName(bits));
    case AlgorithmFamily::Ecdsa:
        return Text::tr("ECDSA on %1 with %2").arg(Algorithms::curve(alg), hashName(bits));
    case AlgorithmFamily::EdDsa:
        return Algorithms::curve(alg).isEmpty()
                ? Text::tr("EdDSA (Ed25519 or Ed448)")
                : Text::tr("EdDSA on %1").arg(Algorithms::curve(alg));
    case AlgorithmFamily::None:
        break;
    }
    return Text::tr("no signature");
}

/// Whether signing twice with the same key gives the same bytes.
bool isDeterministic(Algorithm alg)
{
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::Hmac:
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::EdDsa:
        return true;
    case AlgorithmFamily::RsaPss:
    case AlgorithmFamily::Ecdsa:
    case AlgorithmFamily::None:
        break;
    }
    return false;
}

void addEcdsaLines(ExplainStep &step, Algorithm alg, const QByteArray &signature)
{
    const QString curve = Algorithms::curve(alg);
    const int width = curve == QLatin1String("P-521") ? 66
            : curve == QLatin1String("P-384")         ? 48
                                                      : 32;
    if (signature.size() != 2 * width) {
        step.lines.append({Text::tr("R and S"),
                           Text::tr("An %1 signature is R and S of %2 bytes each (%3 bytes); this "
                                    "one has %4 bytes.")
                                   .arg(Algorithms::name(alg))
                                   .arg(width)
                                   .arg(2 * width)
                                   .arg(signature.size()),
                           true});
        return;
    }
    step.lines.append({Text::tr("R: first half (%n byte(s))", nullptr, int(width)),
                       Explain::hex(signature.first(width)), false});
    step.lines.append({Text::tr("S: second half (%n byte(s))", nullptr, int(width)),
                       Explain::hex(signature.last(width)), false});
    const QByteArray der = Ecdsa::rawToDer(signature);
    step.lines.append({Text::tr("Why not DER"),
                       Text::tr("JWS writes R and S as two fixed-width big-endian numbers side by "
                                "side (RFC 7518 §3.4). OpenSSL and X.509 use an ASN.1 DER SEQUENCE "
                                "of two INTEGERs instead; a DER signature in a JWS is invalid and "
                                "must be converted."),
                       true});
    if (!der.isEmpty()) {
        step.lines.append(
                {Text::tr("The same signature as DER (%n byte(s))", nullptr, int(der.size())),
                 Explain::hex(der), false});
    }
}

QString keyLine(const Key &key)
{
    return key.description();
}

/// The byte comparison of a recomputed signature with the token's (teaching detail; the
/// verdict is the Result line). Sets result.firstDifference.
QString comparison(Explanation &result, const Token &token)
{
    const QByteArray &own = token.signature().decoded;
    result.firstDifference = Explain::firstDifference(result.recomputed, own);
    const bool sameText = Base64Url::encode(result.recomputed) == token.signature().encoded;
    if (result.firstDifference < 0 && sameText)
        return Text::tr("Equal, byte for byte: the token was signed with this key and not "
                        "changed since.");
    QString where;
    if (result.firstDifference < 0) {
        where = Text::tr("The bytes are equal but the token spells them differently in "
                         "base64url.");
    } else if (result.firstDifference >= own.size()) {
        where = Text::tr("The token's signature stops after %n byte(s).", nullptr, int(own.size()));
    } else if (result.firstDifference >= result.recomputed.size()) {
        where = Text::tr("The token's signature is longer: %n byte(s).", nullptr, int(own.size()));
    } else {
        const qsizetype i = result.firstDifference;
        where = Text::tr("First difference at byte %1: the key gives 0x%2, the token has 0x%3.")
                        .arg(i)
                        .arg(quint8(result.recomputed.at(i)), 2, 16, QLatin1Char('0'))
                        .arg(quint8(own.at(i)), 2, 16, QLatin1Char('0'));
    }
    return Text::tr("Different: the token was changed after signing, or signed with another "
                    "key. %1")
            .arg(where);
}

} // namespace

QString ExplainStep::text() const
{
    QString out = title;
    if (!rfc.isEmpty())
        out += QStringLiteral(" (%1)").arg(rfc);
    out += QLatin1Char('\n');
    for (const ExplainLine &line : lines) {
        out += line.label + QLatin1Char('\n');
        const QStringList values = line.value.split(QLatin1Char('\n'));
        for (const QString &value : values)
            out += QLatin1String("    ") + value + QLatin1Char('\n');
    }
    return out;
}

namespace Explain {

Input fromModel(const TokenModel &model)
{
    Input input;
    input.token = model.parsed();
    input.headerText = model.headerText();
    input.payloadText = model.payloadText();
    input.ring = ModelAccess::keyRing(model);
    input.verdict = ModelAccess::verdict(model);
    return input;
}

Explanation build(const TokenModel &model)
{
    return build(fromModel(model));
}

std::optional<ExplainStep::Kind> kindFromName(QStringView name)
{
    using Kind = ExplainStep::Kind;
    const std::pair<const char *, Kind> names[] = {
            {"header", Kind::Header},
            {"payload", Kind::Payload},
            {"signing-input", Kind::SigningInput},
            {"signature", Kind::Signature},
            {"encoded", Kind::Encoded},
            {"verification", Kind::Verification},
            {"cek", Kind::Cek},
            {"encrypted-key", Kind::EncryptedKey},
            {"iv", Kind::Iv},
            {"aad", Kind::Aad},
            {"ciphertext", Kind::Ciphertext},
            {"decryption", Kind::Verification},
    };
    for (const auto &[text, kind] : names) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

Base64Group firstGroup(QByteArrayView bytes)
{
    Base64Group group;
    group.bytes = bytes.first(std::min<qsizetype>(3, bytes.size())).toByteArray();
    quint32 bits = 0;
    for (int i = 0; i < 3; ++i) {
        const quint32 byte = i < group.bytes.size() ? quint8(group.bytes.at(i)) : 0u;
        bits = (bits << 8) | byte;
        if (i < group.bytes.size())
            group.octets.append(QString::number(byte, 2).rightJustified(8, QLatin1Char('0')));
    }
    // n bytes give n + 1 characters (no '=' in base64url): 8, 16 or 24 bits in 6-bit groups.
    const int count = group.bytes.isEmpty() ? 0 : int(group.bytes.size()) + 1;
    for (int i = 0; i < count; ++i) {
        const int index = int((bits >> (18 - 6 * i)) & 0x3f);
        group.sextets.append(QString::number(index, 2).rightJustified(6, QLatin1Char('0')));
        group.indices.append(index);
        group.characters.append(QLatin1Char(alphabet[index]));
    }
    return group;
}

QString hex(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += i % 16 == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
        out += QString::number(quint8(bytes.at(i)), 16).rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString visibleText(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

qsizetype firstDifference(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return i;
    }
    return a.size() == b.size() ? -1 : common;
}

Explanation build(const Input &input)
{
    Explanation result;
    const Token &token = input.token;
    if (token.form() == Token::Form::Empty) {
        ExplainStep step;
        step.title = Text::tr("Nothing to explain yet");
        step.lines.append({Text::tr("Start"),
                           Text::tr("Paste a token on the left, or type a header and a payload."),
                           true});
        result.steps.append(step);
        return result;
    }
    // The one verdict: what the last step's "Result" says (the badge and `jwtlens verify`
    // say it too); the steps around it teach how it comes about.
    const TokenVerdict verdict = input.verdict ? *input.verdict : verifyToken(token, input.ring);
    result.state = Badge::stateOf(verdict.state);
    result.reason = verdict.reason;
    const ExplainLine resultLine {Text::tr("Result"), verdict.reason, true};

    if (token.isJwe()) {
        ExplainParts::addJweSteps(result, input, verdict);
        return result;
    }

    result.steps.append(jsonStep(ExplainStep::Kind::Header, token.header(), input.headerText));
    result.steps.append(jsonStep(ExplainStep::Kind::Payload, token.payload(), input.payloadText));

    const QByteArray signingInput = token.signingInput();
    {
        ExplainStep step;
        step.kind = ExplainStep::Kind::SigningInput;
        step.part = TokenPart::Token;
        step.title = Text::tr("3. Signing input: base64url(header) + \".\" + base64url(payload)");
        step.rfc = QStringLiteral("RFC 7515 §5.1 (5)");
        step.bytes = signingInput;
        step.lines.append({Text::tr("ASCII (%n byte(s))", nullptr, int(signingInput.size())),
                           asciiShown(signingInput), false});
        step.lines.append({Text::tr("Note"),
                           Text::tr("The signature is computed over these characters, not over the "
                                    "JSON: the two base64url texts joined by a dot."),
                           true});
        result.steps.append(step);
    }

    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    const QByteArray ownSignature = token.signature().decoded;

    ExplainStep sigStep;
    sigStep.kind = ExplainStep::Kind::Signature;
    sigStep.part = TokenPart::Signature;
    ExplainStep verifyStep;
    verifyStep.kind = ExplainStep::Kind::Verification;
    verifyStep.part = TokenPart::Signature;
    verifyStep.title = Text::tr("6. Verification: compare with the token's third part");
    verifyStep.rfc = QStringLiteral("RFC 7515 §5.2");

    if (!alg) {
        sigStep.title = Text::tr("4. Signature");
        sigStep.rfc = QStringLiteral("RFC 7518 §3.1");
        sigStep.lines.append(
                {Text::tr("Algorithm"),
                 token.hasAlg()
                         ? Text::tr("\"%1\" is not an algorithm this tool knows.").arg(token.alg())
                         : Text::tr("The header has no \"alg\"."),
                 true});
        sigStep.lines.append(
                {Text::tr("The token's signature (%n byte(s))", nullptr, int(ownSignature.size())),
                 hex(ownSignature), false});
        verifyStep.lines.append(resultLine);
        result.steps.append(sigStep);
        result.steps.append(verifyStep);
        return result;
    }

    const AlgorithmFamily family = Algorithms::family(*alg);
    sigStep.title = Text::tr("4. Signature: %1 (%2)").arg(familyName(*alg), Algorithms::name(*alg));
    sigStep.rfc = Algorithms::reference(*alg);

    if (family == AlgorithmFamily::None) {
        sigStep.lines.append(
                {Text::tr("Unsecured"),
                 Text::tr("alg \"none\" means there is no signature: the third part must "
                          "be empty, and anyone can change the token. Never accept it."),
                 true});
        verifyStep.lines.append(
                {Text::tr("Note"),
                 ownSignature.isEmpty()
                         ? Text::tr("The third part is empty: nothing protects this "
                                    "token.")
                         : Text::tr("An unsecured token must have an empty third part; "
                                    "this one has %n byte(s).",
                                    nullptr, int(ownSignature.size())),
                 true});
        verifyStep.lines.append(resultLine);
        result.steps.append(sigStep);
        result.steps.append(verifyStep);
        return result;
    }

    // The key the verdict chose, and how it fits.
    const Key *key = verdict.keyIndex >= 0 ? &input.ring.at(verdict.keyIndex) : nullptr;
    const bool haveKey = key != nullptr;
    const KeyFit &fit = verdict.fit;
    const bool keyFits = haveKey && fit.verdict != KeyFit::Verdict::Mismatch;

    if (family == AlgorithmFamily::Hmac) {
        const int bits = Algorithms::hashBits(*alg);
        sigStep.lines.append({Text::tr("Formula"),
                              QStringLiteral("HMAC-%1(secret, signing input)").arg(hashName(bits)),
                              false});
        if (keyFits) {
            const QByteArray secret = key->secretBytes();
            sigStep.lines.append({Text::tr("Secret (%n byte(s), hex)", nullptr, int(secret.size())),
                                  hex(secret), false});
            if (secret.size() * 8 < bits) {
                sigStep.lines.append(
                        {Text::tr("Weak secret"),
                         Text::tr(
                                 "RFC 7518 §3.2 asks for a secret of at least %n byte(s) for this "
                                 "algorithm: a short secret can be guessed offline from any token.",
                                 nullptr, bits / 8),
                         true});
            }
            result.recomputed = Digest::hmac(bits, secret, signingInput);
        }
    } else {
        if (haveKey)
            sigStep.lines.append({Text::tr("Key"), keyLine(*key), false});
        if (haveKey && !keyFits)
            sigStep.lines.append({Text::tr("Key does not fit"), fit.reason, true});
        if (isDeterministic(*alg)) {
            sigStep.lines.append(
                    {Text::tr("Deterministic"),
                     Text::tr("The same private key and signing input always give the same "
                              "signature. Only the private key can make it; the public key checks "
                              "it."),
                     true});
            if (keyFits && key->isPrivate()) {
                const Signature made = sign(*alg, *key, signingInput);
                if (made.ok())
                    result.recomputed = made.bytes;
                else
                    sigStep.lines.append({Text::tr("Signing failed"), made.error, true});
            }
        } else {
            sigStep.lines.append(
                    {Text::tr("Randomized"),
                     family == AlgorithmFamily::Ecdsa
                             ? Text::tr(
                                     "ECDSA uses a fresh random number for every signature: "
                                     "signing "
                                     "the same input again gives different bytes. A signature is "
                                     "checked by verification, not by recomputing it.")
                             : Text::tr(
                                     "RSA-PSS mixes a random salt into every signature: signing "
                                     "the same input again gives different bytes. A signature is "
                                     "checked by verification, not by recomputing it."),
                     true});
        }
    }
    if (!haveKey) {
        QString why = !input.ring.isEmpty() ? fit.reason : input.ring.loadError();
        if (why.isEmpty())
            why = family == AlgorithmFamily::Hmac
                    ? Text::tr("Enter the secret in the Signature pane to recompute the HMAC.")
                    : Text::tr("Enter the public key (PEM, JWK or JWKS) in the Signature pane to "
                               "verify the signature.");
        sigStep.lines.append({Text::tr("No key"), why, true});
    } else if (family == AlgorithmFamily::Hmac && !keyFits) {
        sigStep.lines.append({Text::tr("Key does not fit"), fit.reason, true});
    }

    const QByteArray shown = result.recomputed.isEmpty() ? ownSignature : result.recomputed;
    sigStep.bytes = shown;
    sigStep.lines.append(
            {result.recomputed.isEmpty()
                     ? Text::tr("The token's signature (%n byte(s), hex)", nullptr,
                                int(shown.size()))
                     : Text::tr("Result (%n byte(s), hex)", nullptr, int(shown.size())),
             hex(shown), false});
    if (family == AlgorithmFamily::Ecdsa)
        addEcdsaLines(sigStep, *alg, shown);
    result.steps.append(sigStep);

    {
        ExplainStep step;
        step.kind = ExplainStep::Kind::Encoded;
        step.part = TokenPart::Signature;
        step.title = Text::tr("5. base64url(signature) → the third part");
        step.rfc = QStringLiteral("RFC 7515 §5.1 (6–7), §7.1");
        Segment segment;
        segment.part = TokenPart::Signature;
        segment.decoded = shown;
        segment.encoded = Base64Url::encode(shown);
        segment.decodes = true;
        addEncodingLines(step, segment);
        step.bytes = segment.encoded;
        step.lines.append(
                {Text::tr("Token"), asciiShown(signingInput + '.' + segment.encoded), false});
        result.steps.append(step);
    }

    const QByteArray ownEncoded = token.signature().encoded;
    verifyStep.lines.append(
            {Text::tr("The token's third part"), QString::fromLatin1(ownEncoded), false});
    if (!result.recomputed.isEmpty()) {
        const QByteArray recomputedEncoded = Base64Url::encode(result.recomputed);
        verifyStep.lines.append(
                {Text::tr("Recomputed"), QString::fromLatin1(recomputedEncoded), false});
        verifyStep.lines.append({Text::tr("Comparison"), comparison(result, token), true});
    } else if (keyFits) {
        verifyStep.title = Text::tr("6. Verification with the public key");
        verifyStep.lines.append(
                {Text::tr("How"),
                 family == AlgorithmFamily::Ecdsa
                         ? Text::tr("The verifier splits the signature into R and S and checks, "
                                    "with "
                                    "the public key, that they fit the SHA-%1 hash of the signing "
                                    "input. No byte comparison is possible.")
                                   .arg(Algorithms::hashBits(*alg))
                         : Text::tr(
                                 "The verifier checks with the public key that the signature fits "
                                 "the hash of the signing input. Without the private key it cannot "
                                 "recompute the signature."),
                 true});
    }
    verifyStep.lines.append(resultLine);
    result.steps.append(verifyStep);
    return result;
}

} // namespace Explain
