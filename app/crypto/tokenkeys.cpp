// SPDX-License-Identifier: MIT
#include "tokenkeys.h"

#include "jwk.h"
#include "jws.h"
#include "keyfit.h"

#include <QCoreApplication>

namespace {

bool verifies(Algorithm alg, const Key &key, QByteArrayView input, QByteArrayView signature)
{
    return !key.isNull() && checkFit(key, alg).verdict != KeyFit::Verdict::Mismatch
            && verify(alg, key, input, signature).status == SignatureStatus::Valid;
}

} // namespace

bool carriesKey(const Token &token)
{
    const Json::Object &header = token.headerObject();
    return header.find(u"jwk") || header.find(u"x5c");
}

TokenKeyCheck checkTokenKeys(const Token &token, Algorithm alg, QByteArrayView signingInput,
                             const TrustAnchors &anchors, qint64 when)
{
    TokenKeyCheck check;
    const QByteArray &signature = token.signature().decoded;
    const Json::Object &header = token.headerObject();
    if (const Json::Member *x5c = header.find(u"x5c")) {
        const CertificateChain chain = readX5c(x5c->raw);
        QString error;
        const Key key = chain.ok() ? certificateKey(chain.der.first(), &error) : Key();
        if (verifies(alg, key, signingInput, signature)) {
            check.source = TokenKeyCheck::Source::X5c;
            check.subject = certificateSubject(chain.der.first());
            const QString trust = anchors.isEmpty() ? QString() : verifyChain(chain, anchors, when);
            if (!anchors.isEmpty() && trust.isEmpty()) {
                check.result = TokenKeyCheck::Result::Trusted;
                check.detail = QCoreApplication::translate(
                                       "Verifier",
                                       "the x5c certificate \"%1\", whose chain verifies to %2")
                                       .arg(check.subject, anchors.name());
                return check;
            }
            check.result = TokenKeyCheck::Result::Untrusted;
            check.detail = trust.isEmpty()
                    ? QCoreApplication::translate("Verifier", "its x5c certificate \"%1\"")
                              .arg(check.subject)
                    : QCoreApplication::translate("Verifier", "its x5c certificate \"%1\": %2")
                              .arg(check.subject, trust);
            return check;
        }
    }
    if (const Json::Member *jwk = header.find(u"jwk")) {
        const KeySet set = jwk->kind == Json::ValueKind::Object ? loadJwkKeys(jwk->raw) : KeySet();
        if (set.format == KeyFormat::Jwk && set.ok()
            && verifies(alg, set.keys.first(), signingInput, signature)) {
            check.source = TokenKeyCheck::Source::Jwk;
            check.result = TokenKeyCheck::Result::Untrusted;
            check.detail = QCoreApplication::translate("Verifier", "its jwk header");
        }
    }
    return check;
}
