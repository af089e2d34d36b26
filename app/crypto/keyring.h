// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

/// The keys a verdict may use (verifyToken()): what the user gave, in order, or why what the
/// user gave did not load. A value type, cheap to copy (the keys are shared, immutable).
///
/// Entries are addressed by index (a verdict names the key that verified by its index, so
/// that a batch never copies a Key, whose shared count would bounce between threads). What
/// later comes with an entry (where it came from — a file, a URL, pasted, generated — and
/// whether it is trusted) sits beside it, under the same index.
class KeyRing
{
public:
    KeyRing() = default;

    /// One HMAC secret (its bytes are copied into the key, which cleanses them when it goes).
    static KeyRing fromSecret(QByteArrayView bytes);
    /// Every key in @p text: PEM (public, private, certificate; every block of a bundle), a
    /// JWK or a JWKS (loadKeys()). When none loads, the ring is empty and loadError() says
    /// why (empty when the text simply holds no key).
    static KeyRing fromText(QByteArrayView text);

    void add(const Key &key);

    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }
    const Key &at(qsizetype index) const { return m_keys.at(index); }
    const QList<Key> &keys() const { return m_keys; }

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
    QString m_loadError;
};
