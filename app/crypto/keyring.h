// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

/// Where a key of a KeyRing came from, and whether a verdict may rely on it.
struct KeyOrigin
{
    enum class Kind {
        Given, ///< typed or given without saying where (a secret, a key option)
        File, ///< read from a file: location is its name
        Url, ///< fetched on the user's request (a JWKS URL, an issuer's jwks_uri): location is
             ///< the URL
        Pasted, ///< pasted into the window
        Generated, ///< made in this session
        TokenJku, ///< fetched from the token's own "jku" (untrusted): location is the URL
        TokenX5u, ///< fetched from the token's own "x5u" (untrusted): location is the URL
    };
    Kind kind = Kind::Given;
    QString location; ///< the file name or URL, when the kind has one
    /// false for what the token named itself (jku, x5u): such a key never makes a verdict
    /// valid, however well the signature matches it.
    bool trusted = true;
    QDateTime fetched; ///< when it was fetched (Url, TokenJku, TokenX5u); else invalid

    static KeyOrigin file(const QString &name);
    static KeyOrigin url(const QString &url, const QDateTime &fetched);
    static KeyOrigin pasted();
    static KeyOrigin generated();
    /// Fetched from the token's own jku (or x5u when @p x5u): untrusted.
    static KeyOrigin tokenUrl(const QString &url, const QDateTime &fetched, bool x5u = false);

    /// One translated line for the key ring panel and the verdict's reason, e.g. "from
    /// https://issuer.example/jwks.json", "from key.pem", "generated", "pasted", "from the
    /// token's jku https://…"; empty for Given.
    QString text() const;
};

/// The keys a verdict may use (verifyToken()): what the user gave, in order, or why what the
/// user gave did not load. A value type, cheap to copy (the keys are shared, immutable).
///
/// Entries are addressed by index (a verdict names the key that verified by its index, so
/// that a batch never copies a Key, whose shared count would bounce between threads). Where an
/// entry came from and whether it is trusted (KeyOrigin) sit beside it, under the same index.
class KeyRing
{
public:
    KeyRing() = default;

    /// One HMAC secret (its bytes are copied into the key, which cleanses them when it goes).
    static KeyRing fromSecret(QByteArrayView bytes, const KeyOrigin &origin = {});
    /// Every key in @p text: PEM (public, private, certificate; every block of a bundle), a
    /// JWK or a JWKS (loadKeys()). When none loads, the ring is empty and loadError() says
    /// why (empty when the text simply holds no key).
    static KeyRing fromText(QByteArrayView text, const KeyOrigin &origin = {});

    void add(const Key &key, const KeyOrigin &origin = {});
    /// Adds each of @p keys with @p origin.
    void add(const QList<Key> &keys, const KeyOrigin &origin);
    /// Adds the entries of @p other (keys and origins); its load error when this has none.
    void append(const KeyRing &other);
    /// Takes entry @p index out (a secret's bytes are cleansed when its last copy goes).
    void remove(qsizetype index);

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    const Key &at(qsizetype index) const { return m_keys.at(index); }
    const QList<Key> &keys() const { return m_keys; }
    const KeyOrigin &origin(qsizetype index) const { return m_origins.at(index); }
    /// Whether entry @p index may make a verdict valid (KeyOrigin::trusted).
    bool isTrusted(qsizetype index) const { return m_origins.at(index).trusted; }

    /// Why the user's key material gave no key (translated, naming the place); empty when it
    /// loaded or when there was none.
    QString loadError() const { return m_loadError; }
    void setLoadError(const QString &error) { m_loadError = error; }

    struct Choice
    {
        qsizetype index = -1; ///< into the ring; -1 when no key fits
        QString error; ///< why none fits
    };
    /// The key for a token (chooseKey()): by @p kid when a key has it, else the first that
    /// fits @p alg.
    Choice choose(Algorithm alg, QStringView kid) const;

private:
    QList<Key> m_keys;
    QList<KeyOrigin> m_origins; ///< one per key, same index
    QString m_loadError;
};
