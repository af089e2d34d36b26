// SPDX-License-Identifier: MIT
#include "verifier.h"

#include "critical.h"
#include "jws.h"

#include <QCoreApplication>

namespace {

// The translation context of this file; lupdate reads Text::tr() calls as "Verifier".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
};

using State = TokenVerdict::State;

/// Tokens nested in tokens (cty JWT) are verified at most this deep.
constexpr int MaxNesting = 8;

/// The first error problem of a token that is not well formed, as "<part>: <problem>".
QString problemText(const Token &token)
{
    for (const Problem &p : token.problems()) {
        if (p.severity == Problem::Severity::Error)
            return QStringLiteral("%1: %2").arg(partName(p.part, PartNaming::ErrorLine), p.message);
    }
    return token.form() == Token::Form::Empty ? Text::tr("token: no token given")
                                              : Text::tr("token: malformed token");
}

/// The signing input (RFC 7515 §5.2) as a view into @p source, the text the token was parsed
/// from, when it stands there as written (as in ASCII text, where positions are byte
/// offsets), else a copy from the token.
QByteArray signingInput(const Token &token, QByteArrayView source)
{
    const Segment &header = token.header();
    const Segment &payload = token.payload();
    const qsizetype end = payload.start + payload.length;
    const qsizetype size = header.encoded.size() + 1 + payload.encoded.size();
    if (!source.isNull() && header.start >= 0 && end <= source.size()
        && end - header.start == size) {
        const QByteArrayView there = source.sliced(header.start, size);
        // No copy: the segments are where the token says they are.
        if (there.startsWith(header.encoded) && there.at(header.encoded.size()) == '.'
            && there.endsWith(payload.encoded))
            return QByteArray::fromRawData(there.data(), there.size());
    }
    return token.signingInput();
}

/// Picks the key for @p alg: the only one as it is, else by kid and fit. Returns why none
/// fits, when none does.
QString chooseKey(TokenVerdict &v, const KeyRing &ring, Algorithm alg, const Token &token,
                  bool describe)
{
    QString error;
    if (ring.size() == 1) {
        // One key: verification says why it does not fit, if it does not.
        v.keyIndex = 0;
    } else {
        KeyRing::Choice choice = ring.choose(alg, token.kid());
        v.keyIndex = choice.index;
        error = std::move(choice.error);
    }
    if (describe && v.keyIndex >= 0) {
        const Key &key = ring.at(v.keyIndex);
        v.fit = key.isNull() ? KeyFit {KeyFit::Verdict::Mismatch, ring.errorAt(v.keyIndex)}
                             : checkVerifyFit(key, alg);
    } else if (describe)
        v.fit = {KeyFit::Verdict::Mismatch, error};
    return error;
}

/// The signature, once the token and its algorithm have passed.
void verifySignature(TokenVerdict &v, const Token &token, const KeyRing &ring, Algorithm alg,
                     const QString &chooseError, bool describe, QByteArrayView source)
{
    v.reachedKey = true;
    v.algorithm = alg;
    if (ring.isEmpty()) {
        if (token.signature().encoded.isEmpty()) {
            v.state = State::Invalid;
            v.reason = Text::tr("The token has no signature");
        } else if (!ring.loadError().isEmpty()) {
            v.state = State::Invalid;
            v.reason = Text::tr("The key does not load: %1").arg(ring.loadError());
        } else {
            v.state = State::NoKey;
            v.reason = Text::tr("Enter a secret or a key to verify the signature");
        }
        return;
    }
    if (v.keyIndex < 0) {
        v.state = State::Invalid;
        v.reason
                = chooseError.isEmpty() ? Text::tr("no key fits %1").arg(token.alg()) : chooseError;
        return;
    }
    // The key is used where it is, not copied: a copy would count a reference that every
    // thread of a batch shares, and the count would bounce between their cores.
    const Key &key = ring.at(v.keyIndex);
    if (key.isNull()) {
        // A key of a JWKS that could not be made when it was chosen.
        v.state = State::Invalid;
        v.reason = ring.errorAt(v.keyIndex);
        return;
    }
    Verification result = verify(alg, key, signingInput(token, source), token.signature().decoded);
    switch (result.status) {
    case SignatureStatus::Valid:
        v.state = State::Valid;
        if (describe) {
            v.reason = v.fit.verdict == KeyFit::Verdict::Weak
                    ? Text::tr("Signature verified, but the key is weak: %1").arg(v.fit.reason)
                    : Text::tr("Signature verified with the %1").arg(key.description());
        }
        return;
    case SignatureStatus::Invalid:
        v.state = State::Invalid;
        break;
    case SignatureStatus::Unsupported:
        v.state = State::Unsupported;
        break;
    }
    v.reason = result.reason.isEmpty() ? Text::tr("the signature does not match")
                                       : std::move(result.reason);
}

void appendError(QString &error, const QString &text)
{
    if (!error.isEmpty())
        error += QLatin1String("; ");
    error += text;
}

TokenVerdict verifyAt(const Token &token, const KeyRing &ring, const VerifyOptions &options,
                      QByteArrayView source, int depth);

/// The claims of @p payload, when the options ask for them, and `valid` and `error`:
/// @p signatureOk says whether the signature (or what stands for it) holds, and
/// @p signatureError why not.
void finish(TokenVerdict &v, const Json::Object &payload, bool signatureOk, QString error,
            const VerifyOptions &options)
{
    bool claimsOk = true;
    if (options.claims) {
        v.claimsChecked = true;
        if (payload.isObject) {
            v.claims = checkClaims(payload, *options.claims);
            v.time = v.claims.time;
            claimsOk = v.claims.isValid();
            if (!claimsOk) {
                for (const QString &e : std::as_const(v.claims.errors))
                    appendError(error, e);
                if (v.claims.errors.isEmpty())
                    appendError(error, Text::tr("time: %1").arg(timeStatusName(v.time)));
            }
        } else if (options.claims->issuer || options.claims->audience) {
            claimsOk = false;
            appendError(error,
                        Text::tr("the payload is not a JSON claims set, so iss/aud cannot match"));
        }
    }
    v.valid = signatureOk && claimsOk;
    if (!v.valid)
        v.error = error.isEmpty() ? Text::tr("not valid") : std::move(error);
}

/// A JWE key management family whose key is shared by the sender and the recipient.
bool sharedKey(JweAlgFamily family)
{
    switch (family) {
    case JweAlgFamily::AesKw:
    case JweAlgFamily::Direct:
    case JweAlgFamily::AesGcmKw:
    case JweAlgFamily::Pbes2:
        return true;
    case JweAlgFamily::Rsa:
    case JweAlgFamily::EcdhEs:
    case JweAlgFamily::EcdhEsKw:
        break;
    }
    return false;
}

/// How a decryption result names the key that opened the token.
QString jweKeyText(const Key &key, JweAlgFamily family)
{
    QString text = key.description();
    if (key.kind() == KeyKind::Secret) {
        text = family == JweAlgFamily::Pbes2
                ? Text::tr("password")
                : Text::tr("shared key (%n byte(s))", nullptr, int(key.bits() / 8));
    }
    if (!key.kid().isEmpty())
        text = Text::tr("%1 \"%2\"").arg(text, key.kid());
    return text;
}

/// Whether a decrypted plaintext is a token of its own: "cty" says JWT (and the plaintext
/// is not a JSON object), or it is a well-formed compact JWS or JWE.
bool isNestedToken(const JweResult &result, const Token &inner)
{
    if ((inner.form() == Token::Form::Jws || inner.form() == Token::Form::Jwe)
        && inner.isWellFormed())
        return true;
    if (result.cty.compare(QLatin1String("JWT"), Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray trimmed = result.plaintext.trimmed();
    return !trimmed.isEmpty() && !trimmed.startsWith('{');
}

/// Decides on what decrypting a JWE (compact or JSON) gave.
void decideDecryption(TokenVerdict &v, JweResult result, const KeyRing &ring,
                      const VerifyOptions &options, int depth)
{
    v.reachedKey = true;
    auto decryption = std::make_shared<JweDecryption>();
    decryption->result = std::move(result);
    v.decryption = decryption;
    const JweResult &r = decryption->result;
    switch (r.status) {
    case JweStatus::Decrypted:
        break;
    case JweStatus::Unsupported:
        v.state = State::Unsupported;
        v.reason = r.error;
        break;
    case JweStatus::Malformed:
        v.state = State::Invalid;
        v.reason = r.error;
        // The header's own problems (before any key) make the token malformed; a plaintext
        // that does not inflate is known only with the key.
        if (r.keyIndex < 0) {
            v.malformed = true;
            if (!v.reason.startsWith(QLatin1String("token: "))
                && !v.reason.startsWith(QLatin1String("header: ")))
                v.reason = QStringLiteral("header: %1").arg(r.error);
        }
        break;
    case JweStatus::KeyMismatch:
        if (ring.isEmpty()) {
            v.state = ring.loadError().isEmpty() ? State::NoKey : State::Invalid;
            v.reason = ring.loadError().isEmpty()
                    ? Text::tr("Enter a key to decrypt the token")
                    : Text::tr("The key does not load: %1").arg(ring.loadError());
        } else {
            v.state = State::Invalid;
            v.reason = r.error;
            if (options.describe)
                v.fit = {KeyFit::Verdict::Mismatch, r.error};
        }
        break;
    case JweStatus::CannotDecrypt:
    case JweStatus::Refused:
        v.state = State::Invalid;
        v.reason = r.error;
        break;
    }
    if (!r.ok()) {
        finish(v, Json::Object(), false, v.reason, options);
        return;
    }

    v.state = State::Decrypted;
    v.keyIndex = r.keyIndex;
    const JweAlg alg = *JweAlgorithms::algFromName(r.alg);
    const JweEnc enc = *JweAlgorithms::encFromName(r.enc);
    const JweAlgFamily family = JweAlgorithms::family(alg);
    if (options.describe) {
        const Key &key = ring.at(r.keyIndex);
        v.fit = Jwe::checkFit(key, alg, enc, JweDirection::Decrypt);
        v.reason = v.fit.verdict == KeyFit::Verdict::Weak
                ? Text::tr("Decrypted (%1, %2), but the key is weak: %3")
                          .arg(r.alg, r.enc, v.fit.reason)
                : Text::tr("Decrypted (%1, %2) with the %3")
                          .arg(r.alg, r.enc, jweKeyText(key, family));
    }

    Token inner = Token::parse(QByteArrayView(r.plaintext));
    if (isNestedToken(r, inner)) {
        decryption->nested = true;
        if (depth + 1 >= MaxNesting) {
            decryption->tooDeep = true;
            finish(v, Json::Object(), false,
                   Text::tr("nested more than %n level(s) deep: the innermost token is not "
                            "verified",
                            nullptr, MaxNesting),
                   options);
            return;
        }
        decryption->innerVerdict = verifyAt(inner, ring, options, {}, depth + 1);
        decryption->inner = std::move(inner);
        const TokenVerdict &in = decryption->innerVerdict;
        v.nested = in.nested ? in.nested : std::make_shared<const Token>(decryption->inner);
        v.claimsChecked = in.claimsChecked;
        v.claims = in.claims;
        v.time = in.time;
        v.valid = in.valid;
        if (!v.valid)
            v.error = Text::tr("nested token: %1").arg(in.error);
        return;
    }
    decryption->authenticated = sharedKey(family);
    finish(v, Json::readObject(r.plaintext), decryption->authenticated,
           decryption->authenticated
                   ? QString()
                   : Text::tr("decrypted, but nothing inside is signed: whoever has the "
                              "recipient's public key can make such a token"),
           options);
}

/// A nested token (cty JWT): the inner token is verified with the same keys and options, and
/// decides with the outer signature; its claims are the claims.
void verifyNested(TokenVerdict &v, const Token &token, const KeyRing &ring,
                  const VerifyOptions &options, int depth, QString &error, bool &claimsOk)
{
    const bool outerValid = v.state == State::Valid;
    if (depth + 1 >= MaxNesting) {
        if (outerValid) {
            v.state = State::Invalid;
            v.reason = Text::tr("tokens nested more than %1 deep are not verified").arg(MaxNesting);
            error = v.reason;
        }
        claimsOk = false;
        return;
    }
    auto inner
            = std::make_shared<const Token>(Token::parse(QByteArrayView(token.payload().decoded)));
    TokenVerdict in = verifyAt(*inner, ring, options, {}, depth + 1);
    v.nested = in.nested ? std::move(in.nested) : std::move(inner);
    v.claimsChecked = in.claimsChecked;
    v.claims = std::move(in.claims);
    v.time = in.time;
    // The reason speaks of signatures only: whether the claims were asked for changes nothing
    // in it (the window asks for none, the command line does).
    if (outerValid && in.state == State::Valid && options.describe)
        v.reason = Text::tr("%1; nested token: %2").arg(v.reason, in.reason);
    if (in.valid)
        return;
    claimsOk = false;
    if (outerValid && in.state != State::Valid) {
        v.state = in.state;
        v.reason = Text::tr("nested token: %1").arg(in.reason);
    }
    appendError(error, Text::tr("nested token: %1").arg(in.error));
}

TokenVerdict verifyAt(const Token &token, const KeyRing &ring, const VerifyOptions &options,
                      QByteArrayView source, int depth)
{
    TokenVerdict v;
    const bool wellFormed = token.isWellFormed();
    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    const bool signs = alg && *alg != Algorithm::None && !token.isJwe();
    // The key is chosen for a malformed token too when describing: what is known about it
    // (the findings of the window) does not depend on the token's form.
    QString chooseError;
    if (signs && !ring.isEmpty() && (wellFormed || options.describe))
        chooseError = chooseKey(v, ring, *alg, token, options.describe);

    if (!wellFormed) {
        v.state = State::Invalid;
        v.malformed = true;
        v.reason = problemText(token);
        v.error = v.reason;
        return v;
    }
    if (token.isJwe()) {
        // Without a key too: an alg or enc this tool does not know, or a header that lacks
        // one, is said before asking for a key.
        decideDecryption(v, Jwe::decrypt(token, ring.keys(), options.jwe), ring, options, depth);
        return v;
    }
    if (!alg) {
        v.state = State::Unsupported;
        v.reason = Text::tr("unsupported algorithm \"%1\"").arg(token.alg());
    } else if (*alg == Algorithm::None) {
        v.state = State::Unsecured;
        v.reason = Text::tr("alg \"none\": the token is not signed and is never valid");
    } else if (!options.allowed.isEmpty() && !options.allowed.contains(*alg)) {
        v.state = State::Invalid;
        v.reason = Text::tr("algorithm %1 is not allowed (--alg)").arg(token.alg());
    } else if (QString refusal = Critical::refusal(token.headerObject()); !refusal.isEmpty()) {
        // RFC 7515 §4.1.11: an extension the verifier does not understand makes it invalid,
        // whatever the signature.
        v.state = State::Invalid;
        v.reason = std::move(refusal);
    } else {
        verifySignature(v, token, ring, *alg, chooseError, options.describe, source);
    }

    const bool signatureValid = v.state == State::Valid;
    QString error = signatureValid ? QString() : v.reason;
    bool claimsOk = true;
    const Token::PayloadRole role = token.payloadRole();
    if (role == Token::PayloadRole::NestedToken) {
        verifyNested(v, token, ring, options, depth, error, claimsOk);
    } else if (const std::optional<Problem> problem = token.claimsSetProblem()) {
        // Meant as a claims set and not one: not valid, whatever the signature (RFC 7519 §7.2
        // step 10); the times cannot be read.
        v.claimsChecked = options.claims.has_value();
        v.time = TimeStatus::Malformed;
        claimsOk = false;
        appendError(error,
                    QStringLiteral("%1: %2").arg(partName(problem->part, PartNaming::ErrorLine),
                                                 problem->message));
    } else if (options.claims) {
        v.claimsChecked = true;
        const Json::Object &payload = token.payloadObject();
        if (payload.isObject) {
            v.claims = checkClaims(payload, *options.claims);
            v.time = v.claims.time;
            claimsOk = v.claims.isValid();
            if (!claimsOk) {
                for (const QString &e : std::as_const(v.claims.errors))
                    appendError(error, e);
                if (v.claims.errors.isEmpty())
                    appendError(error, Text::tr("time: %1").arg(timeStatusName(v.time)));
            }
        } else if (options.claims->issuer || options.claims->audience) {
            claimsOk = false;
            appendError(error,
                        Text::tr("the payload is not a JSON claims set, so iss/aud cannot match"));
        }
    }
    v.valid = v.state == State::Valid && claimsOk;
    if (!v.valid)
        v.error = error.isEmpty() ? Text::tr("not valid") : std::move(error);
    return v;
}

} // namespace

const char *signatureWord(TokenVerdict::State state)
{
    switch (state) {
    case State::Valid:
        return "valid";
    case State::Invalid:
    case State::NoKey:
        return "invalid";
    case State::Unsupported:
    case State::Unsecured:
    case State::Decrypted:
        break;
    }
    return "unsupported";
}

const char *signatureWord(const TokenVerdict &verdict)
{
    if (verdict.state == State::Decrypted && verdict.decryption) {
        const JweDecryption &d = *verdict.decryption;
        if (d.nested)
            return d.tooDeep ? "invalid" : signatureWord(d.innerVerdict);
        return d.authenticated ? "valid" : "unsupported";
    }
    return signatureWord(verdict.state);
}

const TokenVerdict &TokenVerdict::decisive() const
{
    if (state == State::Decrypted && decryption && decryption->nested && !decryption->tooDeep)
        return decryption->innerVerdict.decisive();
    return *this;
}

TokenVerdict verifyToken(const Token &token, const KeyRing &ring, const VerifyOptions &options,
                         QByteArrayView source)
{
    return verifyAt(token, ring, options, source, 0);
}

std::optional<KeyCheck> keyCheck(const Token &token, const TokenVerdict &verdict,
                                 const KeyRing &ring)
{
    const KeyFit &fit = verdict.fit;
    if (verdict.keyIndex < 0 && fit.verdict != KeyFit::Verdict::Mismatch)
        return std::nullopt; // no key, or a token no key applies to
    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    KeyCheck check;
    check.reason = fit.reason;
    check.hmac = alg && Algorithms::family(*alg) == AlgorithmFamily::Hmac;
    const Key *key = verdict.keyIndex >= 0 ? &ring.at(verdict.keyIndex) : nullptr;
    switch (fit.verdict) {
    case KeyFit::Verdict::Mismatch:
        check.fit = KeyCheck::Fit::NoneFits;
        if (key && check.hmac && key->secretForm() != SecretForm::Secret) {
            check.fit = KeyCheck::Fit::KeyAsSecret;
            check.reason = secretFormName(key->secretForm());
        }
        break;
    case KeyFit::Verdict::Weak:
        check.fit = KeyCheck::Fit::Weak;
        [[fallthrough]];
    case KeyFit::Verdict::Fits:
        if (key && key->kind() == KeyKind::Secret)
            check.secret = key->secretBytes();
        break;
    }
    return check;
}
