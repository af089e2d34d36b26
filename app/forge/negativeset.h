// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The negative test set (issue 16): from a token and the keys of the server under test,
/// the tokens a correct verifier must refuse — and the few it must accept —, each with what a
/// vulnerable verifier does with it, what a correct one answers, the reference, the
/// verifier settings the expectation assumes, and what JWT Lens itself answers. Nothing here
/// opens a socket: exportFiles() says what to write, writeExport() writes it where the user
/// asked (the CLI's --out, the window's Export…), requestsScript() is a script the tester
/// runs — never JWT Lens.
namespace Forge {

/// A claim to change: name and its new value as JSON text (`"admin"`, `true`, `4102444800`).
struct ClaimEdit
{
    QString name;
    QByteArray value;
};

/// What the tester gives. Key texts are what a key file holds (PEM, certificate, JWK, JWKS).
struct NegativeSetInput
{
    /// The token the set starts from (compact JWS): its header and claims. Its time claims
    /// are made fresh at @c now when they are missing or not valid then (iat = now,
    /// exp = now + 15 minutes, nbf = now when present), so that each case tests one thing.
    QByteArray token;
    QByteArray secret; ///< the server's HMAC secret (for an HS* token)
    QByteArray keyText; ///< the signing key (private PEM or JWK) for an asymmetric token
    /// The server's public key, in any form; by default the public part of @c keyText.
    QByteArray publicKeyText;
    /// Where the tester hosts the files of hostedFiles(): the URL of the JWKS (`jku`); the
    /// certificate chain (`x5u`) is "x5u.pem" beside it. A URL ending in "/" gets
    /// "jwks.json" appended. Default: https://attacker.example/jwks.json (RFC 2606).
    QString jkuUrl;
    /// Claims the forged tokens carry (an escalation, e.g. role=admin), and for each one a
    /// token with that claim changed under the old signature. Default: sub, role (both
    /// "admin") and exp (ten years ahead).
    QList<ClaimEdit> claims;
    qint64 now = 0; ///< seconds since the epoch
};

/// The verifier configuration an expectation assumes.
struct VerifierSettings
{
    /// "secret" (the HMAC secret of the input) or "public-key" (the server's public key).
    QString key;
    QStringList algorithms; ///< the allowed algorithms (an allow-list, RFC 8725 §3.1)
    QString issuer; ///< expected iss; empty: not checked
    QString audience; ///< expected aud; empty: not checked
    QStringList requiredClaims; ///< claims that must be present
    QString type; ///< expected typ (RFC 8725 §3.11); empty: not checked
    qint64 now = 0;
    qint64 leeway = 0;
};

enum class Expectation {
    Reject,
    Accept,
};

/// One token of the set.
struct NegativeCase
{
    QString name; ///< stable id, e.g. "alg-none-NONE-unsigned"
    QString kind; ///< the group: "baseline", "alg-none", "signature", "tampered-payload", …
    QByteArray token;
    Expectation expect = Expectation::Reject;
    /// Why a correct verifier refuses: "unsupported_algorithm", "algorithm_not_allowed",
    /// "invalid_signature", "key_mismatch", "malformed", "encrypted_token", "unknown_critical",
    /// "unsupported_b64", "expired", "not_yet_valid", "issued_in_future", "malformed_claim",
    /// "wrong_audience", "wrong_issuer", "missing_claim", "wrong_type"; empty for Accept.
    QString errorClass;
    QString why; ///< what a vulnerable verifier does with it and why (translated)
    QString reference; ///< e.g. "RFC 8725 §3.1; CVE-2015-9235"
    VerifierSettings settings;
    /// What JWT Lens itself answers: the one verdict (verifyToken(), what `jwtlens verify`
    /// says) on the token with @c settings and the server's key. It must equal @c expect.
    Expectation lens = Expectation::Reject;
    /// Why, in the verdict's words: its error when it rejects, its reason when it accepts.
    QString lensWhy;
};

/// A file the tester hosts at their URL (the JWKS of `jku`, the chain of `x5u`).
struct HostedFile
{
    QString name; ///< "jwks.json", "x5u.pem"
    QString url; ///< where the token says it is
    QByteArray content;
};

struct NegativeSet
{
    QList<NegativeCase> cases;
    QList<HostedFile> hosted;
    QStringList skipped; ///< kinds not made, each with why (e.g. no public key given)
    QString error; ///< why nothing was made
    bool ok() const { return error.isEmpty(); }
};

/// Makes the set, and asks the one verdict what JWT Lens answers to each case (lens).
/// The attack tokens are made on purpose the way a verifier must refuse:
/// the HMAC-with-the-public-key tokens are an HMAC over the key's bytes, the `none` tokens
/// have no signature, the psychic ones r = s = 0. The key of `jwk`, `jku`, `x5u` and `x5c`
/// is made fresh for each call (the attacker's). Errors: a token that is not a JWS, no key,
/// a key that does not fit the token's algorithm or cannot sign.
NegativeSet makeNegativeSet(const NegativeSetInput &input);

/// "reject" or "accept".
QString expectationName(Expectation expect);
/// What JWT Lens does: "rejects" or "accepts".
QString lensAnswerName(Expectation answer);
/// The names of the cases JWT Lens answers otherwise than a correct verifier (lens differs
/// from expect), in the set's order.
QStringList lensMisses(const NegativeSet &set);

/// A claim edit as the tester writes it, NAME=VALUE: VALUE is JSON when it parses, else a
/// string (`role=admin` is "admin", `admin=true` is true). std::nullopt without a name.
std::optional<ClaimEdit> claimEdit(const QString &text);

/// One compact JSON object: {"name", "kind", "token", "expect", "error_class", "jwtlens",
/// "jwtlens_why", "why", "reference", "settings": {…}} (what `jwtlens attack` prints per
/// line).
QByteArray caseJson(const NegativeCase &c);

/// A file of an export: a path relative to the export folder, and its bytes.
struct ExportFile
{
    QString path;
    QByteArray content;
    bool executable = false;
};

/// The export folder: tokens/NN-name.jwt (one token per file, no newline), hosted/… (the
/// files to host), manifest.json (every case with its token, expectation, why, reference and
/// settings; the hosted files with their URLs) and requests.sh (sends each token with curl to
/// the URL given as its argument or in $URL and prints the HTTP status beside the expected
/// answer; written, never run here).
QList<ExportFile> exportFiles(const NegativeSet &set);

QByteArray manifestJson(const NegativeSet &set);
QByteArray requestsScript(const NegativeSet &set);

/// Why @p dir cannot take an export (it is not empty: nothing is overwritten), or an empty
/// string.
QString exportFolderError(const QString &dir);
/// Writes @p files into the folder @p dir, which must not exist or be empty (nothing is
/// overwritten); requests.sh gets the execute bits. Returns why it could not (translated,
/// naming the path), or an empty string.
QString writeExport(const QString &dir, const QList<ExportFile> &files);

/// The set with only the cases named in @p names (in the set's order), and the hosted files
/// those cases name in their jku or x5u; the skipped kinds stay.
NegativeSet selectCases(const NegativeSet &set, const QStringList &names);

} // namespace Forge
