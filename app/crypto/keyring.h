// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

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
///
/// The keys of a JWKS are read and checked when the ring is made, but made (by OpenSSL) only
/// when one is chosen or asked for: a set of 100,000 keys costs what reading its JSON costs.
/// A key that then cannot be made is a null Key at its index, and errorAt() says why.
class KeyRing
{
public:
    KeyRing();
    ~KeyRing();
    KeyRing(const KeyRing &other);
    KeyRing &operator=(const KeyRing &other);
    KeyRing(KeyRing &&other) noexcept;
    KeyRing &operator=(KeyRing &&other) noexcept;

    /// One HMAC secret (its bytes are copied into the key, which cleanses them when it goes).
    static KeyRing fromSecret(QByteArrayView bytes, const KeyOrigin &origin = {});
    /// Every key in @p text: PEM (public, private, certificate; every block of a bundle), a
    /// JWK or a JWKS (as loadKeys() reads them; a JWKS's keys made when chosen). When none
    /// loads, the ring is empty and loadError() says why (empty when the text simply holds no
    /// key).
    static KeyRing fromText(QByteArrayView text, const KeyOrigin &origin = {});

    void add(const Key &key, const KeyOrigin &origin = {});
    /// Adds each of @p keys with @p origin.
    void add(const QList<Key> &keys, const KeyOrigin &origin);

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const;
    /// The key at @p index, made now if it was not yet (thread-safe); a null Key when it
    /// cannot be made (errorAt()).
    const Key &at(qsizetype index) const;
    /// Why the key at @p index cannot be made, naming it ("JWKS: key 3: …"); empty when it
    /// can (this makes it).
    QString errorAt(qsizetype index) const;
    /// The "kid" of the entry at @p index, without making its key.
    QString kidAt(qsizetype index) const;
    /// The public point (0x04 ‖ x ‖ y) of an EC JWK at @p index, read from its members
    /// without making its key; empty for any other entry (a PEM key, an RSA or OKP JWK).
    QByteArray ecPointAt(qsizetype index) const;
    /// Every key that can be made, in order (this makes them all).
    QList<Key> keys() const;
    /// Makes every key; the first error, or empty. For commands that use the whole set.
    QString makeAll() const;
    /// Where the entry at @p index came from.
    const KeyOrigin &origin(qsizetype index) const;
    /// Whether the entry at @p index may make a verdict valid (KeyOrigin::trusted).
    bool isTrusted(qsizetype index) const { return origin(index).trusted; }

    /// Why the user's key material gave no key (translated, naming the place); empty when it
    /// loaded or when there was none.
    QString loadError() const { return m_loadError; }
    void setLoadError(const QString &error) { m_loadError = error; }

    struct Choice
    {
        qsizetype index = -1; ///< into the ring; -1 when no key fits
        QString error; ///< why none fits
    };
    /// The key for a token (as chooseKey() picks it): by @p kid when a key has it, else the
    /// first that fits @p alg. Keys of a JWKS whose members show they cannot fit are not made.
    Choice choose(Algorithm alg, QStringView kid) const;

private:
    struct Entries;
    /// Shared between copies; an add() to a shared ring copies it first.
    std::shared_ptr<Entries> m_entries;
    QString m_loadError;
};
