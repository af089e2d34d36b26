// SPDX-License-Identifier: MIT
#include "jwsjson.h"

#include "algorithm.h"
#include "keyfit.h"

#include <QCoreApplication>

namespace {

JwsJsonSignatureCheck check(const JwsMessage &message, qsizetype index, const QList<Key> &keys,
                            QByteArrayView detachedPayloadEncoded)
{
    const JwsSignatureEntry &entry = message.signatures.at(index);
    JwsJsonSignatureCheck result;
    result.alg = entry.alg();
    result.kid = entry.kid();
    const Json::Member *algMember = entry.joint.find(u"alg");
    if (!algMember || algMember->kind != Json::ValueKind::String) {
        result.reason = QCoreApplication::translate("JwsJson",
                                                    "the signature's header has no string \"alg\"");
        return result;
    }
    const std::optional<Algorithm> alg = Algorithms::fromName(result.alg);
    if (!alg || *alg == Algorithm::None) {
        result.status = SignatureStatus::Unsupported;
        result.reason = !alg
                ? QCoreApplication::translate("JwsJson", "unsupported algorithm \"%1\"")
                          .arg(result.alg)
                : QCoreApplication::translate("JwsJson", "\"none\" is never valid");
        return result;
    }
    if (entry.joint.find(u"crit")) {
        result.status = SignatureStatus::Unsupported;
        result.reason = QCoreApplication::translate(
                "JwsJson", "\"crit\" names extensions JWT Lens does not understand");
        return result;
    }
    // RFC 7797: an unencoded payload changes the signing input; not verified here, never
    // taken as the encoded one (a "b64": true is the default and changes nothing).
    if (const Json::Member *b64 = entry.joint.find(u"b64");
        b64 && !(b64->kind == Json::ValueKind::True)) {
        result.reason = QCoreApplication::translate(
                "JwsJson", "\"b64\" is not true (RFC 7797): not verified here");
        return result;
    }
    if (!message.payloadPresent && detachedPayloadEncoded.isNull()) {
        result.reason = QCoreApplication::translate("JwsJson",
                                                    "the payload is detached and was not given");
        return result;
    }
    const QByteArray input = message.signingInput(index, detachedPayloadEncoded);
    // The keys with the signature's kid first, each group in the caller's order.
    QList<qsizetype> order, rest;
    for (qsizetype i = 0; i < keys.size(); ++i)
        (!result.kid.isEmpty() && keys.at(i).kid() == result.kid ? order : rest).append(i);
    order += rest;
    bool tried = false;
    for (const qsizetype i : std::as_const(order)) {
        // As for a compact token: a secret that is key material never verifies (RFC 8725 §2.1).
        const KeyFit fit = checkVerifyFit(keys.at(i), *alg);
        if (fit.verdict == KeyFit::Verdict::Mismatch) {
            if (result.reason.isEmpty())
                result.reason = fit.reason;
            continue;
        }
        tried = true;
        const Verification v = verify(*alg, keys.at(i), input, entry.signature);
        if (v.status == SignatureStatus::Valid) {
            result.status = SignatureStatus::Valid;
            result.reason.clear();
            result.keyIndex = i;
            return result;
        }
        result.reason = v.reason;
    }
    if (keys.isEmpty())
        result.reason = QCoreApplication::translate("JwsJson", "no key given");
    else if (tried && result.reason.isEmpty())
        result.reason = QCoreApplication::translate("JwsJson", "the signature does not match");
    return result;
}

} // namespace

JwsJsonVerification verifyJwsJson(const JwsMessage &message, const QList<Key> &keys,
                                  QByteArrayView detachedPayloadEncoded)
{
    JwsJsonVerification result;
    for (qsizetype i = 0; i < message.signatures.size(); ++i) {
        result.signatures.append(check(message, i, keys, detachedPayloadEncoded));
        if (result.matched < 0 && result.signatures.last().status == SignatureStatus::Valid)
            result.matched = i;
    }
    return result;
}
