// SPDX-License-Identifier: MIT
// The Explain steps of an encrypted token (JWE, RFC 7516 §5.1): how its five parts are made,
// with the bytes of the open token and, once the key decrypts it, its CEK and plaintext.
#include "explainparts.h"

#include "jwealgorithm.h"

#include <QCoreApplication>

#include <climits>

namespace {

// The same translation context as the JWS steps.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Explain)
};

using namespace ExplainParts;
using Kind = ExplainStep::Kind;

/// The part of the token at @p index (0 protected header … 4 tag).
const Segment &segmentAt(const Token &token, qsizetype index)
{
    static const Segment none;
    return index < token.segments().size() ? token.segments().at(index) : none;
}

/// How the CEK reaches the recipient, in one formula.
QString keyFormula(JweAlg alg)
{
    switch (JweAlgorithms::family(alg)) {
    case JweAlgFamily::Rsa:
        return alg == JweAlg::Rsa1_5 ? Text::tr("RSAES-PKCS1-v1_5(recipient's public key, CEK)")
                : alg == JweAlg::RsaOaep
                ? Text::tr("RSAES-OAEP-SHA-1(recipient's public key, CEK)")
                : Text::tr("RSAES-OAEP-SHA-256(recipient's public key, CEK)");
    case JweAlgFamily::AesKw:
        return Text::tr("AES-%1-KW(shared key, CEK)").arg(JweAlgorithms::wrapKeyBytes(alg) * 8);
    case JweAlgFamily::Direct:
        return Text::tr("CEK = shared key; encrypted key = (empty)");
    case JweAlgFamily::EcdhEs:
        return Text::tr("CEK = ConcatKDF(ECDH(epk, recipient's key), enc, apu, apv); "
                        "encrypted key = (empty)");
    case JweAlgFamily::EcdhEsKw:
        return Text::tr("AES-%1-KW(ConcatKDF(ECDH(epk, recipient's key), alg, apu, apv), CEK)")
                .arg(JweAlgorithms::wrapKeyBytes(alg) * 8);
    case JweAlgFamily::AesGcmKw:
        return Text::tr("AES-%1-GCM(shared key, header iv, CEK) → encrypted key, header tag")
                .arg(JweAlgorithms::wrapKeyBytes(alg) * 8);
    case JweAlgFamily::Pbes2:
        return Text::tr("AES-%1-KW(PBKDF2(password, alg || 0x00 || p2s, p2c), CEK)")
                .arg(JweAlgorithms::wrapKeyBytes(alg) * 8);
    }
    return QString();
}

/// How the content is encrypted and the tag made, in one formula.
QString contentFormula(JweEnc enc)
{
    const int bits = JweAlgorithms::cekBytes(enc) * 8;
    switch (enc) {
    case JweEnc::A128Gcm:
    case JweEnc::A192Gcm:
    case JweEnc::A256Gcm:
        return Text::tr("AES-%1-GCM(CEK, IV, AAD, plaintext) → ciphertext, 16-byte tag").arg(bits);
    case JweEnc::A128CbcHs256:
    case JweEnc::A192CbcHs384:
    case JweEnc::A256CbcHs512:
        break;
    }
    return Text::tr("AES-%1-CBC(ENC_KEY, IV, plaintext) → ciphertext;\n"
                    "HMAC-SHA-%2(MAC_KEY, AAD || IV || ciphertext || AL), first %3 bytes "
                    "→ tag")
            .arg(bits / 2)
            .arg(bits)
            .arg(bits / 16);
}

/// A step about one of the binary parts: its bytes in hex, then base64url.
ExplainStep partStep(Kind kind, const Segment &segment)
{
    ExplainStep step;
    step.kind = kind;
    step.part = segment.part;
    step.bytes = segment.decoded;
    return step;
}

void addPartBytes(ExplainStep &step, const QString &label, const Segment &segment)
{
    step.lines.append({label,
                       segment.decoded.isEmpty() ? Text::tr("(empty)") : hexShown(segment.decoded),
                       false});
    addEncodingLines(step, segment);
}

} // namespace

namespace ExplainParts {

void addJweSteps(Explanation &result, const Explain::Input &input, const TokenVerdict &verdict)
{
    const Token &token = input.token;
    const JweDecryption *decryption = verdict.decryption.get();
    const bool decrypted = verdict.state == TokenVerdict::State::Decrypted && decryption;
    const JweSteps *steps = decrypted ? &decryption->result.steps : nullptr;
    const Json::Object &header = token.headerObject();
    const auto member = [&header](QStringView name) {
        const Json::Member *m = header.find(name);
        return m && m->kind == Json::ValueKind::String ? m->string() : QString();
    };
    const std::optional<JweAlg> alg = JweAlgorithms::algFromName(member(u"alg"));
    const std::optional<JweEnc> enc = JweAlgorithms::encFromName(member(u"enc"));
    const ExplainLine resultLine {Text::tr("Result"), verdict.reason, true};
    const QString noKey = Text::tr("Enter the key in the Encryption pane: the steps then show "
                                   "the CEK and the plaintext too.");

    {
        ExplainStep step = partStep(Kind::Header, token.header());
        step.title = Text::tr("1. Protected header: JSON → UTF-8 bytes → base64url");
        step.rfc = QStringLiteral("RFC 7516 §5.1 (13), §4");
        step.lines.append({Text::tr("Encrypted, not signed"),
                           Text::tr("Five parts: the content is encrypted for a recipient. The "
                                    "header itself is readable by anyone; the tag protects it."),
                           true});
        addJsonLines(step, token.header(), input.headerText);
        result.steps.append(step);
    }
    if (!alg || !enc) {
        ExplainStep step;
        step.kind = Kind::Verification;
        step.part = TokenPart::AuthenticationTag;
        step.title = Text::tr("2. Decryption");
        step.rfc = QStringLiteral("RFC 7516 §5.2");
        step.lines.append(resultLine);
        result.steps.append(step);
        return;
    }
    const JweAlgFamily family = JweAlgorithms::family(*alg);
    const bool cbc = *enc == JweEnc::A128CbcHs256 || *enc == JweEnc::A192CbcHs384
            || *enc == JweEnc::A256CbcHs512;
    const int cekBytes = JweAlgorithms::cekBytes(*enc);

    {
        ExplainStep step;
        step.kind = Kind::Cek;
        step.part = TokenPart::EncryptedKey;
        step.title
                = Text::tr("2. Content encryption key (CEK): %n byte(s) for %1", nullptr, cekBytes)
                          .arg(JweAlgorithms::name(*enc));
        step.rfc = QStringLiteral("RFC 7516 §5.1 (2), RFC 7518 §4.1");
        QString how;
        switch (family) {
        case JweAlgFamily::Direct:
            how = Text::tr("With dir the key the sender and the recipient share is the CEK "
                           "itself: it must be exactly %n byte(s).",
                           nullptr, cekBytes);
            break;
        case JweAlgFamily::EcdhEs:
            how = Text::tr("With ECDH-ES the CEK is agreed, not sent: the sender makes a new key "
                           "pair (its public half is \"epk\" in the header), ECDH with the "
                           "recipient's key gives a shared secret, and the Concat KDF turns it "
                           "into the CEK (RFC 7518 §4.6).");
            break;
        default:
            how = Text::tr("The sender makes a new random CEK for every token. It encrypts the "
                           "content; the next step sends it to the recipient.");
            break;
        }
        step.lines.append({Text::tr("How it is made"), how, true});
        if (steps && !steps->derivedKey.isEmpty() && family != JweAlgFamily::EcdhEs) {
            step.lines.append({family == JweAlgFamily::Pbes2
                                       ? Text::tr("Key from the password, PBKDF2 (%n byte(s))",
                                                  nullptr, int(steps->derivedKey.size()))
                                       : Text::tr("Key agreed by ECDH-ES (%n byte(s))", nullptr,
                                                  int(steps->derivedKey.size())),
                               hexShown(steps->derivedKey), false});
        }
        if (steps) {
            step.bytes = steps->cek;
            step.lines.append({Text::tr("CEK (%n byte(s), hex)", nullptr, int(steps->cek.size())),
                               hexShown(steps->cek), false});
            if (cbc) {
                step.lines.append(
                        {Text::tr("Two keys in one"),
                         Text::tr("For %1 the first %n byte(s) are the MAC key and the rest the "
                                  "AES key (RFC 7518 §5.2.2.1).",
                                  nullptr, cekBytes / 2)
                                 .arg(JweAlgorithms::name(*enc)),
                         true});
            }
            step.lines.append({Text::tr("Secret"),
                               Text::tr("Shown because your key recovered it. Anyone who has the "
                                        "CEK can read this token's content."),
                               true});
        } else {
            step.lines.append({Text::tr("Not shown"), noKey, true});
        }
        result.steps.append(step);
    }

    {
        const Segment &encryptedKey = segmentAt(token, 1);
        ExplainStep step = partStep(Kind::EncryptedKey, encryptedKey);
        step.title = Text::tr("3. Encrypted key: the CEK for the recipient (%1) → the second part")
                             .arg(JweAlgorithms::name(*alg));
        step.rfc = JweAlgorithms::reference(*alg);
        step.lines.append({Text::tr("Formula"), keyFormula(*alg), false});
        if (family == JweAlgFamily::Rsa) {
            step.lines.append({Text::tr("Only the private key opens it"),
                               Text::tr("Anyone with the recipient's public key can encrypt a "
                                        "CEK; only the holder of the private key can decrypt it. "
                                        "Encryption alone says nothing about who made the token."),
                               true});
        }
        if (*alg == JweAlg::Rsa1_5) {
            step.lines.append({Text::tr("Deprecated"),
                               Text::tr("RSA1_5 is open to padding-oracle attacks (RFC 8725 "
                                        "§3.2): prefer RSA-OAEP-256."),
                               true});
        }
        QString inHeader;
        if (family == JweAlgFamily::AesGcmKw) {
            inHeader = Text::tr("\"iv\" and \"tag\" of the key wrap");
        } else if (family == JweAlgFamily::Pbes2) {
            const Json::Member *p2c = header.find(u"p2c");
            inHeader = Text::tr("\"p2s\" (the salt) and \"p2c\" (%1 iterations)")
                               .arg(p2c ? QString::fromUtf8(p2c->raw) : QStringLiteral("?"));
        } else if (family == JweAlgFamily::EcdhEs || family == JweAlgFamily::EcdhEsKw) {
            inHeader = Text::tr("\"epk\": the sender's one-time public key");
        }
        if (!inHeader.isEmpty())
            step.lines.append({Text::tr("In the header"), inHeader, true});
        addPartBytes(step,
                     Text::tr("Encrypted key (%n byte(s), hex)", nullptr,
                              int(encryptedKey.decoded.size())),
                     encryptedKey);
        result.steps.append(step);
    }

    {
        const Segment &iv = segmentAt(token, 2);
        ExplainStep step = partStep(Kind::Iv, iv);
        step.title = Text::tr("4. Initialization vector: %n random byte(s) → the third part",
                              nullptr, int(iv.decoded.size()));
        step.rfc = QStringLiteral("RFC 7516 §5.1 (9), RFC 7518 §5");
        step.lines.append({Text::tr("Why"),
                           Text::tr("A new IV for every encryption, so that the same plaintext "
                                    "never gives the same ciphertext. It is not secret. %1 needs "
                                    "%n byte(s).",
                                    nullptr, cbc ? 16 : 12)
                                   .arg(JweAlgorithms::name(*enc)),
                           true});
        addPartBytes(step, Text::tr("IV (hex)"), iv);
        result.steps.append(step);
    }

    const QByteArray aad = steps ? steps->aad : token.header().encoded;
    {
        ExplainStep step;
        step.kind = Kind::Aad;
        step.part = TokenPart::Header;
        step.bytes = aad;
        step.title
                = Text::tr("5. Additional authenticated data: ASCII(base64url(protected header))");
        step.rfc = QStringLiteral("RFC 7516 §5.1 (14)");
        step.lines.append(
                {Text::tr("ASCII (%n byte(s))", nullptr, int(aad.size())), asciiShown(aad), false});
        step.lines.append({Text::tr("Authenticated, not encrypted"),
                           Text::tr("The tag covers these characters: change one character of "
                                    "the header and the token no longer decrypts."),
                           true});
        result.steps.append(step);
    }

    {
        const Segment &ciphertext = segmentAt(token, 3);
        const Segment &tag = segmentAt(token, 4);
        ExplainStep step = partStep(Kind::Ciphertext, ciphertext);
        step.title = Text::tr("6. Ciphertext and tag (%1) → the fourth and fifth parts")
                             .arg(JweAlgorithms::name(*enc));
        step.rfc = JweAlgorithms::reference(*enc);
        step.lines.append({Text::tr("Formula"), contentFormula(*enc), false});
        if (decrypted) {
            const QByteArray &plaintext = decryption->result.plaintext;
            step.lines.append({Text::tr("Plaintext (%n byte(s))", nullptr, int(plaintext.size())),
                               textShown(plaintext), false});
            if (decryption->result.compressed) {
                step.lines.append({Text::tr("Compressed first"),
                                   Text::tr("\"zip\": \"DEF\": the plaintext was deflated "
                                            "(%n byte(s)) before it was encrypted.",
                                            nullptr, int(steps->compressed.size())),
                                   true});
            }
        } else {
            step.lines.append({Text::tr("Plaintext"), noKey, true});
        }
        addPartBytes(
                step,
                Text::tr("Ciphertext (%n byte(s), hex)", nullptr, int(ciphertext.decoded.size())),
                ciphertext);
        step.lines.append({Text::tr("Tag (%n byte(s), hex)", nullptr, int(tag.decoded.size())),
                           hexShown(tag.decoded), false});
        step.lines.append({Text::tr("Tag, base64url: the fifth part"),
                           QString::fromLatin1(tag.encoded), false});
        result.steps.append(step);
    }

    ExplainStep step;
    step.kind = Kind::Verification;
    step.part = TokenPart::AuthenticationTag;
    step.title = Text::tr("7. Decryption: the tag is checked first");
    step.rfc = QStringLiteral("RFC 7516 §5.2");
    step.lines.append({Text::tr("How"),
                       Text::tr("The recipient recovers the CEK from the encrypted key, computes "
                                "the tag over the AAD, the IV and the ciphertext, and compares it "
                                "in constant time with the fifth part. Only when they match is "
                                "the ciphertext decrypted. A wrong key, a changed header or any "
                                "changed byte give the one answer \"cannot decrypt\", with no "
                                "partial text."),
                       true});
    if (decrypted && decryption->nested) {
        const TokenVerdict &inner = decryption->innerVerdict;
        step.lines.append(
                {Text::tr("The token inside"),
                 decryption->tooDeep
                         ? verdict.error
                         : Text::tr("The plaintext is itself a token (%1): it is verified on its "
                                    "own, with the same keys: %2")
                                   .arg(decryption->inner.isJwe() ? Text::tr("an encrypted JWE")
                                                                  : Text::tr("a signed JWS"),
                                        inner.reason),
                 true});
    } else if (decrypted && !decryption->authenticated) {
        step.lines.append({Text::tr("Who made it?"),
                           Text::tr("Nothing inside is signed, and whoever has the recipient's "
                                    "public key can make such a token: sign first, then encrypt "
                                    "(a nested JWT) to prove the sender."),
                           true});
    }
    step.lines.append(resultLine);
    result.steps.append(step);
}

} // namespace ExplainParts
