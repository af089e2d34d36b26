// SPDX-License-Identifier: MIT
#pragma once
// Private to app/forge: the maker of the negative set, split over negativeset.cpp (set-up,
// none, signatures, confusion, embedded keys), negativecases.cpp (kid, psychic signatures,
// claims, structure) and negativeverdict.cpp (what JWT Lens answers).

#include "negativeset.h"

#include "forgetr.h"

#include "algorithm.h"
#include "json.h"
#include "jsonedit.h"
#include "key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Forge::Negative {

inline QByteArray str(const QString &text)
{
    return Json::quote(text);
}

QByteArray signingInput(const QByteArray &header, const QByteArray &payload);

constexpr qint64 freshLifetime = 15 * 60;
constexpr qint64 tenYears = 10 * 365 * 86400;

inline const char *const refNone = "RFC 8725 §2.1, §3.1; RFC 7518 §3.6";
inline const char *const refSignature = "RFC 7515 §5.2; RFC 8725 §3.3";
inline const char *const refConfusion = "RFC 8725 §2.1, §3.1; CVE-2015-9235; CVE-2016-10555; "
                                        "CVE-2022-29217";
inline const char *const refKid = "RFC 8725 §2.9, §3.10; RFC 7515 §4.1.4";

class Maker
{
public:
    NegativeSet set;

    bool start(const NegativeSetInput &input);
    void makeAll();
    /// Asks the one verdict what JWT Lens answers to each case (negativeverdict.cpp).
    void judge();

private:
    bool loadKeys(const NegativeSetInput &input);
    void freshTimes();
    QByteArray signWith(Algorithm alg, const Key &key, const QByteArray &header,
                        const QByteArray &payload) const;
    QByteArray hmacWith(int bits, const QByteArray &keyBytes, const QByteArray &header,
                        const QByteArray &payload) const;
    /// The base header with "alg" set to @p alg.
    QByteArray headerWith(const QString &alg) const
    {
        return JsonEdit::setCompact(m_header, QStringLiteral("alg"), str(alg),
                                    JsonEdit::Place::First);
    }
    /// What a correct verifier answers to a token made with another algorithm (family).
    QString foreignClass(const QString &alg) const
    {
        return m_settings.algorithms.contains(alg) ? QStringLiteral("invalid_signature")
                                                   : QStringLiteral("algorithm_not_allowed");
    }
    void add(const QString &name, const QString &kind, const QByteArray &token, Expectation expect,
             const QString &errorClass, const QString &why, const QString &reference,
             const VerifierSettings *settings = nullptr);

    void baseline();
    void algNone();
    void signatures();
    void tampered();
    void confusion();
    void embeddedKeys();
    void kidInjection();
    void psychic();
    void claims();
    void structure();

    Algorithm m_alg = Algorithm::None;
    QString m_algName;
    Key m_signing;
    Key m_public; ///< null for an HMAC server
    QByteArray m_publicText; ///< as the tester gave it
    QByteArray m_header;
    QByteArray m_payload;
    QByteArray m_forged; ///< m_payload with the claim edits
    QByteArray m_goodSignature; ///< base64url, of the baseline
    QList<ClaimEdit> m_claims;
    QString m_jku;
    QString m_x5u;
    qint64 m_now = 0;
    VerifierSettings m_settings;
};

} // namespace Forge::Negative
