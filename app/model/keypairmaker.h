// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"

#include <QObject>
#include <QString>

#include <memory>

/// Makes a new key pair for an asymmetric algorithm and gives its halves as text (PEM and
/// JWK), for the "Generate Key Pair" dialog. RSA 4096 takes a while: start() makes it on a
/// worker thread. The private key lives in memory only; nothing here writes or logs it.
class KeyPairMaker : public QObject
{
    Q_OBJECT
public:
    /// A new key pair, as text.
    struct Pair
    {
        Algorithm algorithm = Algorithm::RS256;
        QString privatePem; ///< PKCS#8
        QString publicPem; ///< SPKI
        QString privateJwk; ///< compact JWK with the private members
        QString publicJwk; ///< compact JWK without them
        QString description; ///< one translated line, e.g. "RSA 2048-bit private key"
        QString error; ///< why no pair was made (translated)
        bool isNull() const { return description.isEmpty(); }
        bool ok() const { return error.isEmpty() && !isNull(); }
    };

    /// Makes a pair for @p alg on the calling thread: RSA of @p rsaBits (0: 2048, at least
    /// 2048) for RS*/PS*, the algorithm's curve for ES*, Ed25519 for EdDSA. (An HMAC
    /// algorithm gets a secret, which has JWK texts only; "none" an error.)
    static Pair make(Algorithm alg, int rsaBits = 0);

    explicit KeyPairMaker(QObject *parent = nullptr);
    /// Waits for a running start().
    ~KeyPairMaker() override;

    /// Starts make() on a worker thread; false (and nothing starts) while one runs.
    bool start(Algorithm alg, int rsaBits = 0);
    bool isRunning() const;
    /// The pair the last start() made; null before one has finished.
    Pair pair() const;

signals:
    /// A start() has ended: pair() holds what it made (or why it could not).
    void finished();

private:
    void onFinished();

    struct Private;
    const std::unique_ptr<Private> d;
};
