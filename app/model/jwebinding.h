// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict and keys): not for ui/.

#include "badge.h"
#include "json.h"
#include "keymaterial.h"
#include "keyring.h"
#include "token.h"
#include "tokenmodel.h"
#include "verifier.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The encrypted side of TokenModel (a JWE, RFC 7516): the plaintext the payload pane shows,
/// the token as pasted (an edit that comes back to it gets its bytes back, as with a JWS),
/// and encrypting again — a new CEK and IV — on request or on edit, like re-signing. The
/// plaintext, and the pasted plaintext kept to compare with, are wiped when replaced.
///
/// The plaintext shown is, in this order: the one the user typed or that was encrypted here
/// while the token was not encrypted again (stale); the decrypted one; the one encrypted here
/// (a token made for a public key that the ring cannot decrypt); none.
class JweBinding
{
public:
    JweBinding() = default;
    ~JweBinding();
    JweBinding(const JweBinding &) = delete;
    JweBinding &operator=(const JweBinding &) = delete;

    /// The user's new token: a JWE is remembered (its bytes and protected header), and what
    /// was known of the last one is forgotten.
    void remember(const Token &token);

    /// The verdict on @p token, a JWE, with the keys of @p key, made again only when the
    /// token or the key changed since the last one (decrypting is an RSA operation, or a
    /// PBES2 derivation of up to a million iterations); then the plaintext shown follows it:
    /// the decrypted one, unless the user's stands. Returns whether plaintext() changed.
    bool verify(const Token &token, const KeyMaterial &key, TokenVerdict &verdict);

    bool hasPlaintext() const { return m_hasPlaintext; }
    /// The plaintext's bytes (empty without one).
    const QByteArray &plaintext() const { return m_plaintext; }
    /// The plaintext, std::nullopt when none is known.
    std::optional<QByteArray> known() const
    {
        return m_hasPlaintext ? std::optional<QByteArray>(m_plaintext) : std::nullopt;
    }
    /// The plaintext's members, when it is a JSON object (the claims view reads them).
    const Json::Object &claims() const { return m_claims; }
    /// What the payload pane shows: the plaintext pretty-printed when it is JSON (@p isJson
    /// set), else as text.
    QString paneText(bool *isJson) const;
    /// Whether @p plaintext is the plaintext shown, but for the whitespace of its JSON.
    bool shows(const QByteArray &plaintext) const;

    /// The token was made here with the user's key.
    bool encryptedHere() const { return m_encryptedHere; }
    /// The header or the plaintext was edited and the token not encrypted again.
    bool isStale() const { return m_stale; }

    enum class Mode {
        OnEdit, ///< an edit of a pane: encrypted again when @p encryptOnEdit
        OnRequest, ///< the Sign (Re-encrypt) action: encrypted again, or the reason why not
    };
    struct Edit
    {
        /// The new token body; std::nullopt when the token stays as it is.
        std::optional<QByteArray> body;
        /// The protected header as encrypted (epk, p2s, p2c, iv, tag set), when encrypted.
        QByteArray encryptedHeader;
        QString error; ///< Mode::OnRequest: why it could not be encrypted
    };
    /// The protected header became @p header (compact JSON) and the plaintext @p plaintext
    /// (std::nullopt: none is known). Gives back the pasted token when both come back to it;
    /// else encrypts again (on request, or on edit when that is on) with the key of @p ring
    /// that decrypted it (@p decryptedWith), or else the first that fits; else, stale, puts
    /// the edited header in place of the old one (the tag no longer matches it).
    Edit edit(const Token &token, const QByteArray &header,
              const std::optional<QByteArray> &plaintext, Mode mode, bool encryptOnEdit,
              const KeyRing &ring, qsizetype decryptedWith);

    /// The badge of a JWE: the verdict, under what the binding knows (stale, made here).
    Badge badge(const Token &token, const KeyRing &ring, const TokenVerdict &verdict) const;

    /// What the model reports of the token (TokenModel::encryption()).
    /// @p badge is what the window shows for the outer layer.
    TokenModel::Encryption describe(const Token &token, const TokenVerdict &verdict,
                                    const Badge &badge) const;

    /// @p header (compact JSON) without the members the encryption sets each time (epk, p2s,
    /// p2c, iv, tag): two headers that differ only there say the same.
    static QByteArray withoutGenerated(const QByteArray &header);
    /// The header pane's @p text following @p header, the token's protected header (compact):
    /// the members the encryption set (epk, p2s, …) set in place; when the two still differ,
    /// @p header pretty-printed. @p text as it is when it says @p header already.
    static QString followHeader(const QString &text, const QByteArray &header);

private:
    void setPlaintext(const std::optional<QByteArray> &plaintext);
    QByteArray comparable(const QByteArray &plaintext) const;
    bool sync(const Token &token, const TokenVerdict &verdict);

    bool m_hasPlaintext = false;
    QByteArray m_plaintext;
    Json::Object m_claims;
    bool m_plaintextIsToken = false; ///< a well-formed compact JWS or JWE
    bool m_stale = false;
    bool m_encryptedHere = false;
    qsizetype m_encryptedWith = -1;
    QString m_note; ///< why the last edit was not encrypted again
    QByteArray m_verifiedBody; ///< the token the last verdict was made for
    quint64 m_verifiedKeys = 0; ///< and the key material (KeyMaterial::generation())

    bool m_pasted = false;
    QByteArray m_pastedBody;
    QByteArray m_pastedHeader; ///< withoutGenerated(compact protected header)
    bool m_pastedPlaintextKnown = false;
    QByteArray m_pastedPlaintext;
};
