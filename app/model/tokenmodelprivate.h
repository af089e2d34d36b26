// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict and keys): not for ui/.

#include "badge.h"
#include "claimslist.h"
#include "editedhint.h"
#include "jwebinding.h"
#include "keymaterial.h"
#include "modelfindings.h"
#include "parterrors.h"
#include "pastedtoken.h"
#include "sessionkeys.h"
#include "tokenmodel.h"
#include "verifier.h"

#include <QPointer>

/// TokenModel's state and the binding rules that act on it (design.md, "TokenModel"): the
/// inputs, what the token holds and where it came from, and what is derived from them. The
/// public setters in tokenmodel.cpp change the inputs and call these; each of them leaves the
/// derived state consistent (updateAll()).
struct TokenModel::Private
{
    using PartError = TokenModel::PartError;

    // ---- inputs
    QString token;
    QString headerText;
    QString payloadText;
    KeyMaterial key; ///< the session's key ring, from what the user typed
    KeyOrigin keyOrigin = KeyOrigin::User;
    /// With a sample key: the signing inputs it belongs to (the sample's, the last one signed
    /// here with it). Another token taken from the token side clears the key.
    QByteArray sampleInput;
    QByteArray sampleSigned;
    bool sampleKeyCleared = false;
    bool resignOnEdit = true;
    std::optional<QDateTime> fixedClock;
    qint64 leeway = 0;
    QPointer<SessionKeys> session; ///< the window's key ring, shared by its tabs
    Validation validation;

    // ---- what the token holds, and where it came from
    Token parsed;
    bool headerIsJson = true; ///< the header pane was decoded as JSON (or edited as JSON)
    bool payloadIsJson = true; ///< false: the payload is plain text and edits are taken verbatim
    PartError headerEditError;
    PartError payloadEditError;
    PartError signError; ///< sign() failing
    QString resignNote; ///< why the last edit was not re-signed
    bool signedHere = false;
    QByteArray signedInput; ///< the signing input the signature segment was made for
    PastedToken pasted; ///< an edit that comes back to it gets its bytes back
    EditedHint editedHint; ///< a token edited on the token side, its signature kept
    CompactSegments compact; ///< of the current header and payload segments
    JweBinding jwe; ///< a JWE's plaintext, pasted bytes and re-encryption

    // ---- derived
    QList<SegmentRange> segments;
    PartErrors::Errors errors;
    TokenVerdict verdict;
    Badge badge;
    QList<ValidationFailure> failures; ///< of the validation
    ClaimsList claims;
    ModelFindings findingsCache;
    QList<Finding> findings;

    std::optional<Algorithm> algorithm() const;

    QDateTime now() const;

    double nowSeconds() const { return double(now().toMSecsSinceEpoch()) / 1000.0; }

    // ---- the token ------------------------------------------------------------------------

    void parse() { adopt(Token::parse(token)); }

    void adopt(Token token, std::optional<QList<Finding>> contents = std::nullopt);

    /// The part errors: the parser's problems, and what the last edit or sign() said.
    void updateErrors();

    // ---- verification ---------------------------------------------------------------------

    /// The verdict, under what the model knows of the token's history (the badge).
    void verify();

    /// The claims: the payload's (the innermost token's of a nested one), or the plaintext's
    /// of a JWE.
    const Json::Object &claimsPayload() const;
    /// The claims set's problem (Token::claimsSetProblem()), none for a JWE's own plaintext.
    std::optional<Problem> claimsProblem() const;

    /// A JWE's protected header or plaintext edited (JweBinding::edit()): the token it gives,
    /// and the header pane following what the encryption set in it. False with @p error when
    /// it could not be encrypted on request.
    bool editJwe(const QByteArray &header, const std::optional<QByteArray> &plaintext,
                 JweBinding::Mode mode, QString *error = nullptr);

    // ---- claims and findings --------------------------------------------------------------

    /// The token whose claims are the claims: the innermost one of a nested token (cty JWT),
    /// as the verdict read it.
    const Token &claimsToken() const { return verdict.nested ? *verdict.nested : parsed; }

    /// The clock or the leeway moved: the time claims and the review change.
    void refreshTimes();

    void updateFindings();

    /// Everything derived from the token and the key; the claims too when the token
    /// changed.
    void updateAll(bool claimsToo);

    // ---- signing --------------------------------------------------------------------------

    /// Re-signs on edit when that is on and a signing key fits; else leaves @p signature.
    void resign(QByteArray &signature, const QByteArray &signingInput,
                const QByteArray &encodedHeader);

    /// A token came in from the token side: a sample key that does not belong to it goes
    /// (design: the sample's public secret never verifies or re-signs a user's token).
    /// Returns whether the key changed.
    bool dropForeignSampleKey();

    // ---- encoding an edit -----------------------------------------------------------------

    /// Puts @p encoded in place of the header or payload segment (the other one keeps its
    /// bytes), re-signs when it should, and re-parses.
    void replaceSegment(TokenPart part, const QByteArray &encoded);

    /// Puts @p body in place of the token (the text around it stays), and re-parses.
    void replaceBody(const QByteArray &body);

    /// A header or payload edit that is JSON: the compact text, or the pasted bytes when the
    /// edit comes back to them; nothing when the segment holds that JSON already.
    void encodeJson(TokenPart part, const QByteArray &json);

    /// Takes a decoded token as the user's new token (setToken()). Returns whether the key
    /// changed (a sample key that does not belong to it is dropped).
    bool take(Decoded decoded);
};
