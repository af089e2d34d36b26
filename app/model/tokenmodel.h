// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "claims.h"
#include "findings.h"
#include "token.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class SessionKeys;

/// The one source of truth the panes bind to (design.md, "TokenModel").
///
/// Binding rule: the side the user last edited is the source. setToken() decodes into the
/// header and payload texts (pretty-printed) and the signature; setHeaderText() and
/// setPayloadText() compact and encode into the token, re-signing when a signing key is
/// present and resignOnEdit() is on, else leaving the old signature (state Stale). A segment
/// the user did not touch keeps its original bytes. Changing the key never rewrites the
/// token; sign() does, on request. Each setter emits only the signals of what changed, and
/// a setter given the value the model already holds emits nothing.
///
/// Details the panes can rely on: an edit that only changes whitespace leaves the token as
/// it is; an edit back to the texts last pasted restores the pasted bytes and signature (undo
/// gives the identical token, verified as itself); an edit that is not JSON keeps the text,
/// sets the part's error and leaves the token; a payload that was not JSON when pasted is
/// edited as plain text (until it starts with '{' or '['); a blank payload pane is an empty
/// payload.
///
/// An encrypted token (JWE, RFC 7516) binds the same way: the header pane shows its protected
/// header and, once the key decrypts it, the payload pane its plaintext (verifyState()
/// Decrypted, encryption() says more). Editing either encrypts again (a new CEK and IV) when
/// a key that encrypts is present and resignOnEdit() is on — the state is then Reencrypted,
/// never the original — else the token stays (an edited header goes in place, its tag no
/// longer matching) and the state is Stale; sign() encrypts on request. An edit back to what
/// was pasted gives the pasted bytes again. The plaintext is wiped from the model's memory
/// when replaced.
///
/// Qt Core only: tested without widgets.
class TokenModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY tokenChanged)
    Q_PROPERTY(QString headerText READ headerText WRITE setHeaderText NOTIFY headerTextChanged)
    Q_PROPERTY(QString payloadText READ payloadText WRITE setPayloadText NOTIFY payloadTextChanged)
    Q_PROPERTY(bool resignOnEdit READ resignOnEdit WRITE setResignOnEdit NOTIFY resignOnEditChanged)

public:
    /// How keyText() is to be read.
    enum class KeyInput {
        SecretText, ///< HMAC secret, the UTF-8 bytes of the text
        SecretBase64, ///< HMAC secret, base64 or base64url (padding allowed here)
        KeyText, ///< PEM (public, private, certificate), JWK or JWKS
    };
    Q_ENUM(KeyInput)

    /// Where the key material came from. The sample token's secret ships with the program
    /// and is public: it is kept only with the sample and what is made from it here. A token
    /// taken from the token side (setToken()) whose header and payload are neither the
    /// sample's nor signed here with that secret clears it (keyChanged(); verifyReason()
    /// then says why there is no key), so it never verifies, nor re-signs, a user's token.
    enum class KeyOrigin {
        User, ///< typed, loaded, generated or chosen by the user
        Sample, ///< the sample token's public secret
    };
    Q_ENUM(KeyOrigin)

    enum class VerifyState {
        Verified, ///< the token's own signature checks out with the user's key
        Invalid, ///< it does not, or the key does not fit the algorithm
        NoKey, ///< nothing to verify with
        Unsupported, ///< an algorithm the engine cannot check (a JWE, an unknown alg)
        Unsecured, ///< alg "none": shown, never trusted
        Stale, ///< header or payload edited and not re-signed: the signature is old
        Resigned, ///< rewritten and signed with the user's key (this is not "verified")
        Decrypted, ///< a JWE the user's key decrypts: the payload pane shows its plaintext
        Reencrypted, ///< a JWE encrypted here with the user's key (new CEK and IV): not the
                     ///< original
    };
    Q_ENUM(VerifyState)

    /// What the window shows of an encrypted token (JWE); isJwe false for any other.
    struct Encryption
    {
        bool isJwe = false;
        QString alg; ///< as the protected header names it, e.g. "RSA-OAEP-256"
        QString enc; ///< e.g. "A256GCM"
        /// The key is one the sender and recipient share (A*KW, dir, A*GCMKW) or a password
        /// (PBES2): the secret field, not the key editor.
        bool sharedKey = false;
        bool password = false; ///< PBES2: the secret field holds a password
        bool decrypted = false; ///< the payload pane shows the decrypted plaintext
        /// The plaintext the payload pane shows is itself a token ("cty": "JWT", or it parses
        /// as a compact JWS or JWE): the window opens it as the next layer.
        bool nested = false;
        bool encryptedHere = false; ///< made here with the user's key (Reencrypted)
        /// alg and enc are known, and alg is not RSA1_5 (decrypted, never made): sign()
        /// re-encrypts.
        bool canEncrypt = false;
        /// One layer of a nested token, for the window's breadcrumb (JWE → JWS).
        struct Layer
        {
            QString title; ///< e.g. "JWE (RSA-OAEP-256, A256GCM)", "JWS (RS256)"
            VerifyState state = VerifyState::NoKey; ///< its own verdict
            QString reason; ///< in the verdict's words
            bool isJwe = false; ///< an encrypted layer (else a signed one)
            bool operator==(const Layer &o) const
            {
                return title == o.title && state == o.state && reason == o.reason
                        && isJwe == o.isJwe;
            }
            bool operator!=(const Layer &o) const { return !(*this == o); }
        };
        /// The layers, outermost (this token) first; the inner ones when the decrypted
        /// plaintext is a token, each verified with the same keys.
        QList<Layer> layers;
        bool operator==(const Encryption &o) const
        {
            return isJwe == o.isJwe && alg == o.alg && enc == o.enc && sharedKey == o.sharedKey
                    && password == o.password && decrypted == o.decrypted && nested == o.nested
                    && encryptedHere == o.encryptedHere && canEncrypt == o.canEncrypt
                    && layers == o.layers;
        }
        bool operator!=(const Encryption &o) const { return !(*this == o); }
    };

    /// Where a part of the token sits in token(), in UTF-16 code units.
    struct SegmentRange
    {
        TokenPart part = TokenPart::Token;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    /// An error located in a part. For Header and Payload, @c offset counts UTF-16 code
    /// units in headerText() / payloadText() (ready for a QTextCursor); for Token and
    /// Signature it counts in token(); for the key, in keyText(). -1 when it has no place.
    struct PartError
    {
        qsizetype offset = -1;
        QString message; ///< translated, without the part name
        bool isError() const { return !message.isEmpty(); }
        bool operator==(const PartError &o) const
        {
            return offset == o.offset && message == o.message;
        }
        bool operator!=(const PartError &o) const { return !(*this == o); }
    };

    /// The key a verdict chose, as the window describes it (no key material).
    struct KeyInfo
    {
        QString description; ///< e.g. "RSA 2048-bit public key"; empty for no key
        QString kid; ///< "kid" of a JWK, else empty
        bool isPrivate = false; ///< can sign (a secret, or a private key)
        bool isNull() const { return description.isEmpty(); }
    };

    /// A claim of the payload, as the claims view shows it.
    struct Claim
    {
        QString name; ///< "exp", "iss", …
        QByteArray raw; ///< the value as written in the payload JSON
        QString meaning; ///< one translated line, e.g. "Expiration time"
        bool isTime = false; ///< exp, nbf, iat (and other NumericDate claims such as auth_time)
        /// Time claims only:
        TimeStatus status = TimeStatus::Valid;
        QDateTime utc; ///< invalid when not a number
        QString relative; ///< translated, e.g. "expires in 12 minutes", "3 hours ago"
        bool looksLikeMilliseconds = false;
    };

    explicit TokenModel(QObject *parent = nullptr);
    ~TokenModel() override;

    // ---- inputs ---------------------------------------------------------------------------

    QString token() const;
    /// The user edited the encoded token: decode it (whitespace and "Bearer " tolerated).
    void setToken(const QString &token);

    /// The expensive half of setToken(): parsing and pretty-printing. It touches no model,
    /// so a window can run it on a worker thread for a huge token and hand the result to
    /// setDecodedToken(), which then costs what the verification and claims cost.
    struct Decoded
    {
        QString token;
        Token parsed;
        QString headerText;
        QString payloadText;
        bool headerIsJson = false;
        bool payloadIsJson = false;
        /// Findings::reviewContents(parsed): the costly scan of a big payload, done here too.
        QList<Finding> contentFindings;
        /// The claims without their times (those depend on the clock), and where the time
        /// claims are among them.
        QList<Claim> claims;
        QList<qsizetype> timeClaims;
    };
    static Decoded decode(const QString &token);
    /// The same as setToken(decoded.token), with the decoding already done.
    void setDecodedToken(Decoded decoded);

    QString headerText() const;
    /// The user edited the header JSON: encode it (and re-sign when that is on).
    void setHeaderText(const QString &text);

    QString payloadText() const;
    void setPayloadText(const QString &text);

    /// The algorithm the signature pane shows: the header's `alg` when it names one we know.
    std::optional<Algorithm> algorithm() const;
    /// Rewrites the value of `alg` in headerText() in place (or adds it), then behaves as a
    /// header edit.
    void setAlgorithm(Algorithm alg);

    KeyInput keyInput() const;
    QString keyText() const;
    /// Sets the key material. Re-verifies; never rewrites the token. The previous secret is
    /// cleansed from memory.
    void setKey(KeyInput input, const QString &text, KeyOrigin origin = KeyOrigin::User);
    KeyOrigin keyOrigin() const;

    bool resignOnEdit() const;
    void setResignOnEdit(bool on);

    /// The window's key ring (shared by its tabs: give each tab's model the same one). The
    /// token verifies against the key field plus these keys (one verdict), and re-signing
    /// uses the key picked there (SessionKeys::setSigningKey()) first. Not owned; null: none.
    void setSessionKeys(SessionKeys *keys);
    SessionKeys *sessionKeys() const;

    /// What the user's server checks besides the signature (the Validation panel): fed into
    /// the verdict; each failure is named as PyJWT names it (validationFailures()).
    struct Validation
    {
        QString issuer; ///< expected iss; empty: not checked
        QString audience; ///< expected aud; empty: not checked
        QStringList algorithms; ///< allowed algorithms; empty: any the key fits
        QStringList required; ///< claims that must be present
        bool isEmpty() const
        {
            return issuer.isEmpty() && audience.isEmpty() && algorithms.isEmpty()
                    && required.isEmpty();
        }
        bool operator==(const Validation &o) const
        {
            return issuer == o.issuer && audience == o.audience && algorithms == o.algorithms
                    && required == o.required;
        }
        bool operator!=(const Validation &o) const { return !(*this == o); }
    };
    Validation validation() const;
    void setValidation(const Validation &validation);
    /// One check of the validation that failed, in PyJWT's order.
    struct ValidationFailure
    {
        QString check; ///< "signature", "alg", "exp", "iss", "aud", a required claim…
        QString text; ///< in plain words (translated)
        QString pyjwt; ///< "ExpiredSignatureError", "InvalidAudienceError", …
    };
    /// Empty when nothing is validated, or when it all passes.
    QList<ValidationFailure> validationFailures() const;

    /// Signs the current header and payload with the key (the "Sign" action); for a JWE,
    /// encrypts the header and plaintext again with a new CEK and IV (the "Re-encrypt"
    /// action). Returns false, with signatureError() set, when the key cannot sign (encrypt)
    /// for this algorithm.
    bool sign();

    /// The clock: std::nullopt for the system clock, or a fixed instant to test expiry.
    std::optional<QDateTime> fixedClock() const;
    void setFixedClock(const std::optional<QDateTime> &instant);
    qint64 leeway() const;
    /// Seconds of clock skew allowed for exp, nbf and iat (negative counts as 0); emits
    /// clockChanged().
    void setLeeway(qint64 seconds);
    /// The instant the claims are checked at (the fixed clock, or now).
    QDateTime now() const;
    /// Recomputes the claims against now() (call on a timer to refresh relative times);
    /// emits claimsChanged() only when something shown changed.
    void refreshClock();
    /// Recomputes every translated output (part errors, the verification reason, claim
    /// meanings and relative times, findings) after the application's language changed;
    /// the texts and the token stay as they are. Emits only what changed.
    void retranslate();

    // ---- outputs --------------------------------------------------------------------------

    /// The parsed token, as the engine sees it (read-only).
    const Token &parsed() const;
    /// The encoded segments present, in token order, with their place in token().
    QList<SegmentRange> segments() const;
    /// The signature segment as written (base64url), empty when absent.
    QString signatureText() const;

    PartError tokenError() const; ///< part count, NUL bytes, a bad base64url character …
    PartError headerError() const; ///< invalid JSON, no alg, duplicate member …
    PartError payloadError() const; ///< invalid JSON (a non-JSON payload is no error)
    PartError
    signatureError() const; ///< a signature that cannot be base64url-decoded, sign() failing
    PartError keyError() const; ///< key text that does not load

    /// The verdict on the token (verifyToken(), the same as `jwtlens verify` and the Explain
    /// view say), or what the model knows of its history: Stale (edited, not signed again),
    /// Resigned (signed here), or NoKey for no token at all.
    VerifyState verifyState() const;
    /// One translated line that says why, in the verdict's words, e.g. "the signature does
    /// not match", "an ES256 signature must be 64 bytes (R||S), got 70".
    QString verifyReason() const;
    /// A short description of the loaded key ("RSA 2048-bit public key"), empty without one.
    QString keyDescription() const;
    /// The key chosen for this token (by kid, then by alg, from a JWKS or PEM bundle);
    /// null when there is none or none fits.
    KeyInfo chosenKey() const;
    /// True when the signature segment was made here (sign() or re-sign on edit) rather
    /// than pasted with the token.
    bool isSignedHere() const;
    /// The token as an encrypted one (alg, enc, decrypted, nested …); isJwe false for a JWS.
    Encryption encryption() const;

    ClaimsReport claimsReport() const;
    QList<Claim> claims() const;
    /// Token findings (Findings::review) plus those of the key (Findings::keyFindings):
    /// weak secret, key/alg mismatch, small RSA key. Sorted worst first.
    QList<Finding> findings() const;

signals:
    void tokenChanged(const QString &token);
    void headerTextChanged(const QString &text);
    void payloadTextChanged(const QString &text);
    void algorithmChanged();
    void keyChanged();
    void resignOnEditChanged(bool on);
    void sessionKeysChanged();
    void validationChanged();
    void clockChanged();
    /// segments(), signatureText() or any PartError changed.
    void structureChanged();
    void verificationChanged();
    void claimsChanged();
    void findingsChanged();

private:
    struct Private;
    friend struct ModelAccess; // app/model's own units: the session's key ring
    const std::unique_ptr<Private> d;
};
