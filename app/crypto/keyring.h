// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

/// The keys a verdict may use (verifyToken()): what the user gave, in order, or why what the
/// user gave did not load. A value type, cheap to copy (the keys are shared, immutable).
///
/// Entries are addressed by index (a verdict names the key that verified by its index, so
/// that a batch never copies a Key, whose shared count would bounce between threads). What
/// later comes with an entry (where it came from — a file, a URL, pasted, generated — and
/// whether it is trusted) sits beside it, under the same index.
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
    static KeyRing fromSecret(QByteArrayView bytes);
    /// Every key in @p text: PEM (public, private, certificate; every block of a bundle), a
    /// JWK or a JWKS (as loadKeys() reads them; a JWKS's keys made when chosen). When none
    /// loads, the ring is empty and loadError() says why (empty when the text simply holds no
    /// key).
    static KeyRing fromText(QByteArrayView text);

    void add(const Key &key);

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
    /// Every key that can be made, in order (this makes them all).
    QList<Key> keys() const;
    /// Makes every key; the first error, or empty. For commands that use the whole set.
    QString makeAll() const;

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
