// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's KeyRing): not for ui/.

#include "keyring.h"
#include "tokenmodel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// The key material the user typed or loaded, as the model holds it: the text, how to read
/// it (TokenModel::KeyInput), and what it gives — a ring of keys, or why none loaded. The
/// text and a secret are cleansed from memory when replaced and when the material goes.
class KeyMaterial
{
public:
    KeyMaterial() = default;
    ~KeyMaterial();
    KeyMaterial(const KeyMaterial &) = delete;
    KeyMaterial &operator=(const KeyMaterial &) = delete;

    /// Takes @p text (a copy of its own) and reads it as @p input.
    void set(TokenModel::KeyInput input, const QString &text);
    /// Reads the text again: the error messages in the language of the moment.
    void reload();
    /// The session's keys (SessionKeys), verified with after the text's own; @p signer is the
    /// index into @p session of the key signing uses first (-1: the usual choice).
    void setSession(const KeyRing &session, qsizetype signer);

    TokenModel::KeyInput input() const { return m_input; }
    const QString &text() const { return m_text; }
    /// The keys: the text's, then the session's; empty with ring().loadError() when the text
    /// did not load and the session has none.
    const KeyRing &ring() const { return m_ring; }
    /// The text's own keys (or why they did not load).
    const KeyRing &ownRing() const { return m_own; }
    /// The HMAC secret a SecretText or SecretBase64 input gave (for the list of well-known
    /// secrets); empty otherwise.
    const QByteArray &secret() const { return m_secret; }
    /// Counts the loads: a ring made again (another text, or reloaded) has another number.
    quint64 generation() const { return m_generation; }
    /// Why the text gave no key (no place in the text: offset -1).
    TokenModel::PartError error() const { return {-1, m_own.loadError()}; }

    /// The one key choice of signing (the Sign action and re-signing on edit): the key of the
    /// ring for @p alg and @p kid signs @p signingInput; the signature in base64url, or
    /// std::nullopt with @p why (no key, none fits, a public key, signing failed).
    std::optional<QByteArray> sign(Algorithm alg, QStringView kid, QByteArrayView signingInput,
                                   QString *why) const;
    /// sign() for the algorithm and kid @p encodedHeader (base64url) names. std::nullopt with
    /// @p why as sign() says, or for alg "none" (nothing to sign, whatever the key) with @p why
    /// left empty.
    std::optional<QByteArray> signHeader(const QByteArray &encodedHeader,
                                         QByteArrayView signingInput, QString *why) const;

private:
    TokenModel::KeyInput m_input = TokenModel::KeyInput::SecretText;
    QString m_text;
    void combine();

    KeyRing m_own; ///< from the text
    KeyRing m_session;
    qsizetype m_sessionSigner = -1; ///< into m_session
    qsizetype m_signer = -1; ///< into m_ring
    KeyRing m_ring; ///< m_own, then m_session (less the keys m_own has)
    /// Thumbprint and privateness of each key, to offer a key once: the window's ring lists
    /// the key field's own keys too (SessionKeys::setFieldKey()).
    QList<QByteArray> m_ownPrints;
    QList<QByteArray> m_sessionPrints; ///< by index into m_session
    QByteArray m_secret;
    quint64 m_generation = 0;
};

/// Overwrites the characters of @p s in place before it is dropped (a secret, a private key).
void cleanse(QString &s);
void cleanse(QByteArray &b);
