// SPDX-License-Identifier: MIT
#include "keyfit.h"

#include "keydata.h"

#include <QCoreApplication>

namespace {

QString familyNoun(const Key &key)
{
    switch (key.kind()) {
    case KeyKind::Secret:
        return QCoreApplication::translate("Key", "an HMAC secret");
    case KeyKind::Rsa:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an RSA private key")
                               : QCoreApplication::translate("Key", "an RSA public key");
    case KeyKind::Ec:
        return key.isPrivate()
                ? QCoreApplication::translate("Key", "an EC %1 private key").arg(key.curve())
                : QCoreApplication::translate("Key", "an EC %1 public key").arg(key.curve());
    case KeyKind::Ed25519:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an Ed25519 private key")
                               : QCoreApplication::translate("Key", "an Ed25519 public key");
    case KeyKind::Ed448:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an Ed448 private key")
                               : QCoreApplication::translate("Key", "an Ed448 public key");
    case KeyKind::X25519:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an X25519 private key")
                               : QCoreApplication::translate("Key", "an X25519 public key");
    case KeyKind::X448:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an X448 private key")
                               : QCoreApplication::translate("Key", "an X448 public key");
    }
    return {};
}

} // namespace

KeyFit checkFit(const Key &key, Algorithm alg)
{
    KeyFit fit;
    const auto mismatch = [&fit](const QString &reason) {
        fit.verdict = KeyFit::Verdict::Mismatch;
        fit.reason = reason;
        return fit;
    };
    const QString name = Algorithms::name(alg);
    if (alg == Algorithm::None)
        return mismatch(QCoreApplication::translate(
                "Key", "\"none\" means no signature: no key can verify it"));
    if (key.isNull())
        return mismatch(QCoreApplication::translate("Key", "no key"));
    if (!key.data()->signs) {
        // RFC 7517 §4.2, §4.3: a key meant for encryption is not used for signatures.
        const KeyData &d = *key.data();
        return mismatch(d.use == QLatin1String("enc")
                                ? QCoreApplication::translate(
                                          "Key",
                                          "the key is for encryption (\"use\": \"enc\"), not "
                                          "for signatures (RFC 7517 §4.2)")
                                : QCoreApplication::translate(
                                          "Key",
                                          "the key's \"key_ops\" (%1) allow neither \"sign\" "
                                          "nor \"verify\" (RFC 7517 §4.3)")
                                          .arg(d.keyOps.join(QLatin1String(", "))));
    }
    if (!key.jwkAlg().isEmpty() && key.jwkAlg() != name)
        return mismatch(
                QCoreApplication::translate("Key", "the key is for %1 (its \"alg\" member), not %2")
                        .arg(key.jwkAlg(), name));
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return mismatch(QCoreApplication::translate(
                "Key", "\"none\" means no signature: no key can verify it"));
    case AlgorithmFamily::Hmac: {
        if (key.kind() != KeyKind::Secret)
            return mismatch(QCoreApplication::translate("Key", "%1 cannot be an HMAC secret")
                                    .arg(familyNoun(key)));
        const int need = Algorithms::hashBits(alg) / 8;
        const int have = key.bits() / 8;
        if (have < need) {
            fit.verdict = KeyFit::Verdict::Weak;
            fit.reason = QCoreApplication::translate(
                                 "Key",
                                 "the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)",
                                 nullptr, have)
                                 .arg(name)
                                 .arg(need);
        }
        return fit;
    }
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        if (key.kind() != KeyKind::Rsa)
            return mismatch(QCoreApplication::translate("Key", "%1 needs an RSA key, not %2")
                                    .arg(name, familyNoun(key)));
        if (key.bits() < 2048) {
            fit.verdict = KeyFit::Verdict::Weak;
            fit.reason = QCoreApplication::translate(
                                 "Key",
                                 "the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §3.3)")
                                 .arg(key.bits())
                                 .arg(name);
        }
        return fit;
    case AlgorithmFamily::Ecdsa:
        if (key.kind() != KeyKind::Ec || key.curve() != Algorithms::curve(alg))
            return mismatch(QCoreApplication::translate("Key", "%1 needs an EC %2 key, not %3")
                                    .arg(name, Algorithms::curve(alg), familyNoun(key)));
        return fit;
    case AlgorithmFamily::EdDsa:
        if (key.kind() != KeyKind::Ed25519 && key.kind() != KeyKind::Ed448)
            return mismatch(QCoreApplication::translate(
                                    "Key", "EdDSA needs an Ed25519 or Ed448 key, not %1")
                                    .arg(familyNoun(key)));
        return fit;
    }
    return fit;
}

QString keyMaterialAsSecret(const Key &key)
{
    const SecretForm form = key.secretForm();
    if (form == SecretForm::Secret)
        return {};
    return QCoreApplication::translate("Key",
                                       "the HMAC secret is %1, not a secret: key material is "
                                       "never an HMAC secret for verification (algorithm "
                                       "confusion, RFC 8725 §2.1); give it as a key")
            .arg(secretFormName(form));
}

KeyFit checkVerifyFit(const Key &key, Algorithm alg)
{
    KeyFit fit = checkFit(key, alg);
    if (fit.verdict != KeyFit::Verdict::Mismatch
        && Algorithms::family(alg) == AlgorithmFamily::Hmac
        && key.secretForm() != SecretForm::Secret) {
        fit.verdict = KeyFit::Verdict::Mismatch;
        fit.reason = keyMaterialAsSecret(key);
    }
    return fit;
}

KeyChoice chooseKey(const QList<Key> &keys, Algorithm alg, QStringView kid)
{
    KeyChoice choice;
    if (keys.isEmpty()) {
        choice.error = QCoreApplication::translate("Key", "no keys");
        return choice;
    }
    if (!kid.isEmpty()) {
        QString firstReason;
        bool found = false;
        for (const Key &key : keys) {
            if (key.kid() != kid)
                continue;
            found = true;
            const KeyFit fit = checkFit(key, alg);
            if (fit.verdict != KeyFit::Verdict::Mismatch) {
                choice.key = key;
                return choice;
            }
            if (firstReason.isEmpty())
                firstReason = fit.reason;
        }
        if (found) {
            choice.error
                    = QCoreApplication::translate("Key", "the key with kid \"%1\" does not fit: %2")
                              .arg(kid.toString(), firstReason);
            return choice;
        }
    }
    QString firstReason;
    for (const Key &key : keys) {
        const KeyFit fit = checkFit(key, alg);
        if (fit.verdict != KeyFit::Verdict::Mismatch) {
            choice.key = key;
            return choice;
        }
        if (firstReason.isEmpty())
            firstReason = fit.reason;
    }
    choice.error = keys.size() == 1
            ? firstReason
            : QCoreApplication::translate("Key", "none of the %n key(s) fits %1", nullptr,
                                          int(keys.size()))
                      .arg(Algorithms::name(alg));
    return choice;
}

bool fitsQuickly(const KeyData &key, Algorithm alg)
{
    if ((key.hasJwkAlg && key.jwkAlgorithm != alg) || !key.signs)
        return false;
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return false;
    case AlgorithmFamily::Hmac:
        return key.kind == KeyKind::Secret;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        return key.kind == KeyKind::Rsa;
    case AlgorithmFamily::Ecdsa:
        return key.kind == KeyKind::Ec && key.ecdsaAlg == alg;
    case AlgorithmFamily::EdDsa:
        return key.kind == KeyKind::Ed25519 || key.kind == KeyKind::Ed448;
    }
    return false;
}
