// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "certchain.h"
#include "claims.h"
#include "findings.h"
#include "jwe.h"
#include "jwsjson.h"
#include "key.h"
#include "keyfit.h"
#include "keyring.h"
#include "token.h"
#include "verifyhints.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

/// What verifyToken() is asked to check besides the signature.
struct VerifyOptions
{
    /// The algorithms accepted (the command line's --alg); empty: any the key fits.
    QList<Algorithm> allowed;
    /// The claims checked with the signature; std::nullopt: not checked (time Skipped).
    std::optional<ClaimsPolicy> claims;
    /// The header's typ the token must have (RFC 8725 §3.11, explicit typing), compared as
    /// RFC 7515 §4.1.9 says: case-insensitively, "application/" implied when there is no
    /// "/" ("at+jwt" is "application/at+jwt"). std::nullopt: not checked.
    std::optional<QString> type;
    /// false: leave out what only a reader of the reason needs — the reason of a valid
    /// signature, the key's fit, and the key of a malformed token — so that a batch that
    /// prints the contract's words builds no text it does not print.
    bool describe = true;
    /// The CA certificates a token's x5c chain may verify to (`verify --x5c-ca`): then the
    /// x5c certificate's key is trusted like a key of the ring. Empty: a key the token carries
    /// is never trusted.
    TrustAnchors x5cAnchors;
    /// After a signature fails, look for the usual mistake that explains it (verifyhints.h).
    /// Never asked for a signature that verifies.
    bool hints = true;
    /// The limits of decrypting a JWE (PBES2 iterations, inflated size).
    JweOptions jwe;
};

/// One check that failed, named as PyJWT names it, in the order PyJWT checks: the token's
/// form and algorithm, the signature, then the required claims, iat, nbf, exp, iss, aud.
struct CheckFailure
{
    QString check; ///< "token", "alg", "signature", or the claim ("exp", "iss", "sub", …)
    /// The PyJWT 2.6 exception: "DecodeError", "InvalidAlgorithmError",
    /// "InvalidSignatureError", "MissingRequiredClaimError", "InvalidIssuedAtError",
    /// "ImmatureSignatureError", "ExpiredSignatureError", "InvalidIssuerError",
    /// "InvalidAudienceError".
    QString pyjwt;
};

struct JweDecryption;

/// The one decision on a token (design.md, "One verdict"): the window's badge, `jwtlens
/// verify` (single and batch) and the Explain view all show this, in these words.
struct TokenVerdict
{
    enum class State {
        Valid, ///< the signature checks out with a key of the ring
        Invalid, ///< it does not, no key fits, the token is malformed, the algorithm is not
                 ///< allowed, or the user's key material did not load
        NoKey, ///< nothing to check it with
        Unsupported, ///< an algorithm this tool does not know (a JWE's alg, enc or zip too)
        Unsecured, ///< alg "none": never valid
        /// The signature matches only a key the token supplied itself — its jwk or x5c header,
        /// or a key of the ring fetched from its jku or x5u — and is not trusted: never valid.
        Untrusted,
        /// A JWE a key of the ring decrypts: `decryption` says with which key, and what is
        /// inside; a nested token inside decides whether the whole is valid.
        Decrypted,
    };
    State state = State::NoKey;
    /// Why, in one translated line: the command line's "error" for the signature; for a
    /// valid one, with which key (only when describing).
    QString reason;
    /// The token is not well formed (the command line exits 2 for a single token); the
    /// reason is "<part>: <problem>".
    bool malformed = false;
    /// The token's form and algorithm let the verdict come to the key and the signature
    /// (false: its form, its encryption, its algorithm or --alg decided it).
    bool reachedKey = false;
    /// The key that verified, or was tried, as an index into the ring; -1 when none was (or
    /// when the key was the token's own, see tokenKey).
    qsizetype keyIndex = -1;
    /// The signature was checked with a key the token carries (its x5c certificate or its jwk
    /// header): Untrusted, or Valid for an x5c chain that verifies to VerifyOptions::x5cAnchors.
    enum class TokenKey {
        None,
        Jwk,
        X5c
    };
    TokenKey tokenKey = TokenKey::None;
    /// For a signature that did not verify: the usual mistake that would make it verify
    /// (verifyhints.h). Its text ends the reason too ("…; hint: …"), but not the error.
    SignatureHint hint;
    /// How that key fits the token's algorithm (only when describing): Weak is still valid,
    /// and reported; Mismatch is why the signature is Invalid. Mismatch with keyIndex -1 when
    /// none of several keys fits (the reason says why).
    KeyFit fit;

    /// The algorithm the key was tried with (when reachedKey): what a weak key is weak for.
    Algorithm algorithm = Algorithm::None;

    /// The claims, when the options asked for them (else Skipped and empty). Of a nested
    /// token, those of the innermost one.
    bool claimsChecked = false;
    ClaimsReport claims;
    /// Skipped too when the payload is not a claims set (opaque content); Malformed when it is
    /// meant as one and is not a JSON object (RFC 7519 §7.2 step 10), whether or not the
    /// claims were asked for.
    TimeStatus time = TimeStatus::Skipped;
    /// A nested token (cty JWT, RFC 7519 §5.2): the innermost token, whose signature is
    /// verified with the same ring and options and decides too, and whose claims are the
    /// token's claims. Null for any other token.
    std::shared_ptr<const Token> nested;
    /// The header's typ is the one options.type asks for (true when not asked).
    bool typeOk = true;
    /// The state is Valid, the claims, when checked, pass, and so does the typ.
    bool valid = false;
    /// The command line's "error": the signature's reason and the failed claims, joined by
    /// "; " ("not valid" when nothing says more); empty when valid. Without the hint.
    QString error;
    /// Each failed check with its PyJWT name, in PyJWT's order; empty when valid.
    QList<CheckFailure> failures;
    /// The exception PyJWT would raise for the token: the first failure's name; empty when
    /// valid.
    QString pyjwtError() const { return failures.isEmpty() ? QString() : failures.first().pyjwt; }

    /// For a JWE: what decrypting it with the ring gave (alg, enc and why not, also when it
    /// failed); null for a JWS, and for a JWE that was not tried (malformed, or no key).
    /// Shared by the copies of the verdict: the plaintext, the CEK and the derived keys are
    /// wiped when the last copy goes.
    std::shared_ptr<const JweDecryption> decryption;

    /// The verdict that decides on the content: for a JWE that decrypts to a nested token,
    /// that token's verdict (and so on down); else this one.
    const TokenVerdict &decisive() const;
};

/// A JWE decrypted by verifyToken() (TokenVerdict::decryption).
struct JweDecryption
{
    /// Status, alg, enc, cty, the key that decrypted (an index into the ring), the plaintext
    /// and the steps (CEK, IV, AAD, …) for the Explain view.
    JweResult result;
    /// The plaintext is itself a compact token: "cty" is "JWT" (RFC 7519 §5.2), or it parses
    /// as a well-formed JWS or JWE.
    bool nested = false;
    Token inner; ///< the plaintext, parsed, when nested
    /// The nested token verified with the same ring.
    TokenVerdict innerVerdict;
    /// Nothing signed inside, and the key management is symmetric (A*KW, dir, A*GCMKW,
    /// PBES2): the tag, checked with the shared key, proves that a holder of that key made
    /// the token, as an HMAC does. With RSA or ECDH-ES anyone who has the recipient's public
    /// key can make a token that decrypts: it proves nothing about who made it.
    bool authenticated = false;
    /// The nesting went too deep: the innermost token was not looked at.
    bool tooDeep = false;
};

/// The contract's word for the signature: "valid", "invalid" (also NoKey and Untrusted) or
/// "unsupported" (also Unsecured: alg "none" is never verified; and Decrypted, which says
/// nothing of a signature: use the verdict's overload).
const char *signatureWord(TokenVerdict::State state);
/// The contract's word for a verdict: signatureWord(state), but for a JWE that decrypts the
/// word of what is inside — the nested token's, "valid" when nothing signed is inside and the
/// key is a shared one (the tag authenticates it), "unsupported" when nothing signed is
/// inside and the key is a public one (nothing proves who made it).
const char *signatureWord(const TokenVerdict &verdict);

/// Decides on @p token with the keys of @p ring, once. In this order: a token that is not
/// well formed is Invalid (its first error problem as the reason); an unknown algorithm is
/// Unsupported, alg "none" Unsecured, an algorithm outside options.allowed
/// Invalid, and so is a header whose crit is malformed or names an extension this verifier
/// does not understand, or whose b64 is not true (RFC 7515 §4.1.11, RFC 7797); then the key:
/// chosen by kid and algorithm when the ring holds several (a single key is tried as it is,
/// and verification says why it does not fit — checkVerifyFit(): a secret that is key
/// material never verifies), and the signature verified with it. A ring key that is not
/// trusted (KeyOrigin) gives Untrusted. When no key of the ring verified it, the token's own
/// x5c and jwk keys are tried: a match is Untrusted, unless the x5c chain verifies to
/// options.x5cAnchors (then Valid). Still not verified: the hint (options.hints). Then the
/// payload: meant as a claims set and not a JSON object, the token is not valid (time
/// Malformed, the payload's problem in the error); a nested token (cty JWT) is verified
/// through, with the same keys (its signature and its claims decide too). Then the claims
/// and the typ, when asked, and the PyJWT names of what failed.
///
/// A JWE is decrypted with the ring (Jwe::decrypt: every key that fits is tried): Decrypted,
/// with the key's index and the reason naming it, alg and enc; else NoKey, Unsupported (an
/// alg, enc or zip this tool does not know) or Invalid (cannot decrypt, no key fits, a limit
/// refused), the engine's one line as the reason. A nested token inside is verified with the
/// same ring and decides `valid`, the time and the claims (`nested` is the innermost token);
/// else the plaintext's claims are checked, and the token is valid only when the key
/// management is symmetric (JweDecryption::authenticated). options.allowed names JWS
/// algorithms: it applies to the nested token.
///
/// @p source is the text @p token was parsed from, when the caller has it (a line of a
/// batch): the signing input is then read where it stands there, without a copy. Keys are
/// used where they are in the ring, never copied, so that threads sharing a ring share no
/// count that changes. Thread-safe.
TokenVerdict verifyToken(const Token &token, const KeyRing &ring, const VerifyOptions &options = {},
                         QByteArrayView source = {});

/// What the verdict found out about the user's key for @p token, for Findings::keyFindings():
/// std::nullopt when no key was tried.
std::optional<KeyCheck> keyCheck(const Token &token, const TokenVerdict &verdict,
                                 const KeyRing &ring);

/// The verdict on a JWS in the JSON serialization (RFC 7515 §7.2).
struct JwsJsonVerdict
{
    /// Each signature checked with the keys of the ring (verifyJwsJson(message, keys)); one
    /// whose algorithm options.allowed leaves out is Invalid. `matched`: the first valid one.
    JwsJsonVerification signatures;
    /// The signature that stands for the message: the matched one, else the first.
    qsizetype standsFor = 0;
    /// The one verdict on that signature: its joint header (protected, then unprotected
    /// members) and the payload judged as verifyToken() judges a compact token's — alg,
    /// --alg, crit and b64, a claims set that is not one, a nested token, the claims, typ.
    TokenVerdict verdict;
};

/// Decides on @p message as verifyToken() decides on a compact token: the ring's keys are
/// tried on each signature (those with its kid first), the first signature that verifies
/// stands for the message, and the rest of the decision is verifyToken()'s.
JwsJsonVerdict decideJwsJson(const JwsMessage &message, const KeyRing &ring,
                             const VerifyOptions &options = {});
