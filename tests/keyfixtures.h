// SPDX-License-Identifier: MIT
#pragma once
// Fixture helpers of the key suites (tst_key, tst_pem, tst_jwk, tst_keyfit, tst_keyset).

#include "algorithm.h"
#include "keyset.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

/// A file of tests/data, e.g. "keys/rsa2048.pub.pem"; empty when it cannot be read.
/// The algorithm a test signs with for a key of this kind.
inline Algorithm algorithmFor(const Key &key)
{
    switch (key.kind()) {
    case KeyKind::Secret:
        return Algorithm::HS256;
    case KeyKind::Rsa:
        return Algorithm::RS256;
    case KeyKind::Ec:
        return key.curve() == QLatin1String("P-256")    ? Algorithm::ES256
                : key.curve() == QLatin1String("P-384") ? Algorithm::ES384
                : key.curve() == QLatin1String("P-521") ? Algorithm::ES512
                                                        : Algorithm::ES256K;
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
        return Algorithm::EdDSA;
    case KeyKind::X25519:
    case KeyKind::X448:
        break; // key agreement only: no JWS algorithm
    }
    return Algorithm::None;
}

inline QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// The first key of a file of tests/data, or a null key.
inline Key loadOne(const QString &relative)
{
    const KeySet set = loadKeys(readData(relative));
    return set.ok() ? set.keys.first() : Key();
}

/// A "file" column with a key of each kind and form, for the PEM and JWK round trips.
inline void addRoundTripRows()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("RSA-2048 PKCS#1") << QStringLiteral("keys/rsa2048.pkcs1.pem");
    QTest::newRow("RSA-2048 public") << QStringLiteral("keys/rsa2048.pub.pem");
    QTest::newRow("P-384 SEC1") << QStringLiteral("keys/p384.sec1.pem");
    QTest::newRow("P-521 PKCS#8") << QStringLiteral("keys/p521.pkcs8.pem");
    QTest::newRow("secp256k1") << QStringLiteral("keys/secp256k1.pkcs8.pem");
    QTest::newRow("Ed448") << QStringLiteral("keys/ed448.pem");
    QTest::newRow("Ed25519") << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem");
    QTest::newRow("RFC 7515 A.1 oct") << QStringLiteral("vectors/keys/rfc7515_a1_hs256.jwk.json");
    QTest::newRow("RFC 7515 A.2 RSA private")
            << QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.jwk.json");
}
