// SPDX-License-Identifier: MIT
#include "verifier.h"

#include "base64url.h"
#include "critical.h"
#include "jws.h"
#include "pyjwtnames.h"
#include "tokenkeys.h"

#include <QCoreApplication>
#include <QDateTime>

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

QString untrustedReason(const QString &detail)
{
    return Text::tr("the signature matches a key the token supplied itself — not trusted (%1)")
            .arg(detail);
}

/// The key of ring entry @p index as a valid reason names it: "RSA 2048-bit public key, kid
/// "k1", from https://issuer.example/jwks.json".
QString keyLabel(const KeyRing &ring, qsizetype index)
{
    const Key &key = ring.at(index);
    QString label = key.description();
    if (!key.kid().isEmpty())
        label = Text::tr("%1, kid \"%2\"").arg(label, key.kid());
    const QString origin = ring.origin(index).text();
    if (!origin.isEmpty())
        label = Text::tr("%1, %2").arg(label, origin);
    return label;
}

/// No key of the ring verified the signature: the token's own keys (x5c, jwk) may say that it
/// matches one of them (Untrusted), or an x5c chain that verifies to the user's CA makes it
/// Valid. Only for a token that carries a key.
void checkOwnKeys(TokenVerdict &v, const Token &token, Algorithm alg, const VerifyOptions &options,
                  QByteArrayView source)
{
    const bool carries = carriesKey(token);
    const TokenKeyCheck check = carries
            ? checkTokenKeys(token, alg, signingInput(token, source), options.x5cAnchors,
                             options.claims ? qint64(options.claims->now)
                                            : QDateTime::currentSecsSinceEpoch())
            : TokenKeyCheck();
    if (check.result == TokenKeyCheck::Result::None) {
        // Only a CA was given (verify --x5c-ca): the key was to come from the token.
        if (v.state == State::NoKey && !options.x5cAnchors.isEmpty()) {
            v.state = State::Invalid;
            v.reason = token.headerObject().find(u"x5c")
                    ? Text::tr("the signature does not match the token's x5c certificate")
                    : Text::tr("the token has no x5c certificate to check against %1, and no "
                               "other key was given")
                              .arg(options.x5cAnchors.name());
        }
        return;
    }
    v.tokenKey = check.source == TokenKeyCheck::Source::X5c ? TokenVerdict::TokenKey::X5c
                                                            : TokenVerdict::TokenKey::Jwk;
    v.keyIndex = -1;
    v.fit = {};
    if (check.result == TokenKeyCheck::Result::Trusted) {
        v.state = State::Valid;
        v.reason = options.describe ? Text::tr("Signature verified with %1").arg(check.detail)
                                    : QString();
        return;
    }
    v.state = State::Untrusted;
    v.reason = untrustedReason(check.detail);
}

/// Appends the hint to the reason (the badge shows it), not to the command line's error.
void addHint(TokenVerdict &v, SignatureHint hint)
{
    if (hint.isEmpty())
        return;
    v.hint = std::move(hint);
    v.reason = Text::tr("%1; hint: %2").arg(v.reason, v.hint.text);
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
        if (!ring.isTrusted(v.keyIndex)) {
            // A key the token named itself (its jku, x5u): anyone can sign with their own.
            v.state = State::Untrusted;
            v.reason = untrustedReason(ring.origin(v.keyIndex).text());
            return;
        }
        v.state = State::Valid;
        if (describe) {
            v.reason = v.fit.verdict == KeyFit::Verdict::Weak
                    ? Text::tr("Signature verified, but the key is weak: %1").arg(v.fit.reason)
                    : Text::tr("Signature verified with the %1").arg(keyLabel(ring, v.keyIndex));
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

/// A media type as RFC 7515 §4.1.9 compares it: "application/" implied without a "/",
/// case-insensitive.
QString mediaType(const QString &type)
{
    const QString lower = type.toLower();
    return lower.contains(u'/') ? lower : QStringLiteral("application/") + lower;
}

/// Why the header's typ is not @p expected; empty when it is.
QString typeError(const Token &token, const QString &expected)
{
    const Json::Member *typ = token.headerObject().find(u"typ");
    if (!typ)
        return Text::tr("typ is missing, expected \"%1\"").arg(expected);
    if (typ->kind != Json::ValueKind::String)
        return Text::tr("typ is not a string, expected \"%1\"").arg(expected);
    if (mediaType(typ->string()) != mediaType(expected))
        return Text::tr("typ is \"%1\", expected \"%2\"").arg(typ->string(), expected);
    return {};
}

void appendError(QString &error, const QString &text)
{
    if (!error.isEmpty())
        error += QLatin1String("; ");
    error += text;
}

TokenVerdict verifyAt(const Token &token, const KeyRing &ring, const VerifyOptions &options,
                      QByteArrayView source, int depth,
                      const JwsJsonSignatureCheck *decided = nullptr);

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

/// @p decided: the token stands in for a signature of a JWS in the JSON serialization (its
/// joint header, the payload and the signature), whose signature verifyJwsJson() checked over
/// its own signing input; everything else is decided here as for a compact token.
TokenVerdict verifyAt(const Token &token, const KeyRing &ring, const VerifyOptions &options,
                      QByteArrayView source, int depth, const JwsJsonSignatureCheck *decided)
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
        if (options.hints)
            addHint(v, reencodingHint(token, ring));
        v.failures = pyjwtFailures(v);
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
    } else if (decided) {
        v.reachedKey = true;
        v.algorithm = *alg;
        v.keyIndex = decided->keyIndex;
        if (decided->keyIndex >= 0 && options.describe)
            v.fit = checkFit(ring.at(decided->keyIndex), *alg);
        if (decided->status == SignatureStatus::Valid) {
            v.state = State::Valid;
            if (options.describe && decided->keyIndex >= 0)
                v.reason = Text::tr("Signature verified with the %1")
                                   .arg(keyLabel(ring, decided->keyIndex));
        } else {
            v.state = decided->status == SignatureStatus::Unsupported ? State::Unsupported
                                                                      : State::Invalid;
            v.reason = decided->reason;
        }
    } else {
        verifySignature(v, token, ring, *alg, chooseError, options.describe, source);
        if (v.state != State::Valid && v.state != State::Unsupported)
            checkOwnKeys(v, token, *alg, options, source);
    }

    const bool signatureValid = v.state == State::Valid;
    QString error = signatureValid ? QString() : v.reason;
    if (options.hints && !decided && v.state == State::Invalid && v.reachedKey && !ring.isEmpty())
        addHint(v, signatureHint(token, ring, *alg, v.keyIndex, signingInput(token, source)));
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
        } else if (options.claims->issuer || options.claims->audience
                   || !options.claims->required.isEmpty()) {
            claimsOk = false;
            v.claims = checkClaims(payload, *options.claims); // which checks failed
            appendError(error,
                        options.claims->issuer || options.claims->audience
                                ? Text::tr("the payload is not a JSON claims set, so iss/aud "
                                           "cannot match")
                                : Text::tr("the payload is not a JSON claims set, so it has no "
                                           "required claim"));
        }
    }
    if (options.type) {
        const QString typeProblem = typeError(token, *options.type);
        v.typeOk = typeProblem.isEmpty();
        if (!v.typeOk)
            appendError(error, typeProblem);
    }
    v.valid = v.state == State::Valid && claimsOk && v.typeOk;
    if (!v.valid) {
        v.error = error.isEmpty() ? Text::tr("not valid") : std::move(error);
        v.failures = pyjwtFailures(v);
    }
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
    case State::Untrusted:
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

namespace {

/// The JOSE header of a signature as one JSON object: the protected members, then the
/// unprotected ones (RFC 7515 §7.2.1; the parser checked that their names are disjoint).
QByteArray jointHeaderJson(const JwsSignatureEntry &entry)
{
    QByteArrayList members;
    for (const JoseHeader *header : {&entry.protectedHeader, &entry.header}) {
        if (!header->present)
            continue;
        QByteArray text = header->json.trimmed();
        if (text.startsWith('{') && text.endsWith('}'))
            text = text.mid(1, text.size() - 2).trimmed();
        if (!text.isEmpty())
            members << text;
    }
    return '{' + members.join(',') + '}';
}

} // namespace

JwsJsonVerdict decideJwsJson(const JwsMessage &message, const KeyRing &ring,
                             const VerifyOptions &options)
{
    JwsJsonVerdict result;
    result.signatures = verifyJwsJson(message, ring.keys());
    if (!options.allowed.isEmpty()) {
        result.signatures.matched = -1;
        for (qsizetype i = 0; i < result.signatures.signatures.size(); ++i) {
            JwsJsonSignatureCheck &check = result.signatures.signatures[i];
            const std::optional<Algorithm> alg = Algorithms::fromName(check.alg);
            if (check.status == SignatureStatus::Valid
                && (!alg || !options.allowed.contains(*alg))) {
                check.status = SignatureStatus::Invalid;
                check.keyIndex = -1;
                check.reason = Text::tr("algorithm %1 is not allowed (--alg)").arg(check.alg);
            }
            if (result.signatures.matched < 0 && check.status == SignatureStatus::Valid)
                result.signatures.matched = i;
        }
    }
    if (message.signatures.isEmpty())
        return result;
    result.standsFor = std::max<qsizetype>(result.signatures.matched, 0);
    const JwsSignatureEntry &entry = message.signatures.at(result.standsFor);
    const QByteArray standIn = Base64Url::encode(jointHeaderJson(entry)) + '.'
            + message.payloadEncoded + '.' + entry.signatureEncoded;
    const Token token = Token::parse(QByteArrayView(standIn));
    result.verdict = verifyAt(token, ring, options, standIn, 0,
                              &result.signatures.signatures.at(result.standsFor));
    return result;
}
