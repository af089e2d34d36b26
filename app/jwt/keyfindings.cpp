// SPDX-License-Identifier: MIT
// The findings about the user's key (Findings::keyFindings, declared in findings.h).
#include "findings.h"

#include <QCoreApplication>

namespace {

bool has(const QList<Finding> &list, QStringView id)
{
    for (const Finding &f : list) {
        if (f.id == id)
            return true;
    }
    return false;
}

} // namespace

namespace Findings {

QList<Finding> keyFindings(const KeyCheck &key, const QList<Finding> &found)
{
    QList<Finding> findings;
    if (key.fit == KeyCheck::Fit::KeyAsSecret) {
        findings.append({Finding::Severity::Error, QStringLiteral("secret-is-key"),
                         TokenPart::Signature,
                         QCoreApplication::translate("Findings",
                                                     "The HMAC secret is key material (%1): a "
                                                     "verifier that takes it is open to "
                                                     "algorithm confusion")
                                 .arg(key.reason),
                         QStringLiteral("RFC 8725 §2.1, §3.1")});
        return findings;
    }
    if (key.fit == KeyCheck::Fit::NoneFits) {
        if (!has(found, u"key-alg-mismatch"))
            findings.append({Finding::Severity::Error, QStringLiteral("key-alg-mismatch"),
                             TokenPart::Signature, key.reason, QStringLiteral("RFC 8725 §3.1")});
        return findings;
    }
    // A well-known secret is weakSecret()'s error; a merely short one is the same id as a
    // warning, so that one secret never gives two findings.
    const bool common
            = !key.secret.isEmpty() && commonSecrets().contains(QString::fromUtf8(key.secret));
    if (common && !has(found, u"weak-secret"))
        findings.append(weakSecret(key.secret));
    if (key.fit == KeyCheck::Fit::Weak && (!key.hmac || !common)) {
        findings.append(
                {Finding::Severity::Warning,
                 key.hmac ? QStringLiteral("weak-secret") : QStringLiteral("small-rsa-key"),
                 TokenPart::Signature,
                 QCoreApplication::translate("Findings", "Weak key: %1").arg(key.reason),
                 key.hmac ? QStringLiteral("RFC 7518 §3.2") : QStringLiteral("RFC 7518 §3.3")});
    }
    return findings;
}

} // namespace Findings
