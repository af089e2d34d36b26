// SPDX-License-Identifier: MIT
#include "critical.h"

#include "findingschecks.h"

#include <QCoreApplication>
#include <QSet>

namespace Critical {

bool isRegisteredHeaderParameter(QStringView name)
{
    static const QSet<QString> names {
            QStringLiteral("alg"), QStringLiteral("jku"),      QStringLiteral("jwk"),
            QStringLiteral("kid"), QStringLiteral("x5u"),      QStringLiteral("x5c"),
            QStringLiteral("x5t"), QStringLiteral("x5t#S256"), QStringLiteral("typ"),
            QStringLiteral("cty"), QStringLiteral("crit"),     QStringLiteral("enc"),
            QStringLiteral("zip"), QStringLiteral("epk"),      QStringLiteral("apu"),
            QStringLiteral("apv"), QStringLiteral("iv"),       QStringLiteral("tag"),
            QStringLiteral("p2s"), QStringLiteral("p2c"),
    };
    return names.contains(name.toString());
}

Check check(const Json::Object &header)
{
    using Findings::Checks::shown;
    Check result;
    const Json::Member *crit = header.find(u"crit");
    if (!crit)
        return result;
    const auto malformed = [&result](const QString &problem) {
        result.verdict = Check::Verdict::Malformed;
        result.problem = problem;
        return result;
    };
    if (crit->kind != Json::ValueKind::Array)
        return malformed(QCoreApplication::translate("Findings", "it is not an array"));
    const QList<Json::Member> entries = Json::readArray(crit->raw);
    if (entries.isEmpty())
        return malformed(QCoreApplication::translate("Findings", "the list is empty"));
    QSet<QString> seen;
    for (const Json::Member &entry : entries) {
        if (entry.kind != Json::ValueKind::String)
            return malformed(QCoreApplication::translate("Findings", "an entry is not a string"));
        const QString name = entry.string();
        if (name.isEmpty())
            return malformed(QCoreApplication::translate("Findings", "an entry is empty"));
        if (seen.contains(name)) {
            return malformed(
                    QCoreApplication::translate("Findings", "\"%1\" is listed twice").arg(shown(name)));
        }
        seen.insert(name);
        if (isRegisteredHeaderParameter(name)) {
            return malformed(QCoreApplication::translate("Findings",
                                                         "\"%1\" is a registered parameter, "
                                                         "which crit must not list")
                                     .arg(shown(name)));
        }
        if (!header.find(name)) {
            return malformed(
                    QCoreApplication::translate("Findings", "\"%1\" is not present in the header")
                            .arg(shown(name)));
        }
        if (name == QLatin1String("b64"))
            result.b64Listed = true;
        else
            result.unknown.append(shown(name));
    }
    result.verdict = result.unknown.isEmpty() ? Check::Verdict::Fine : Check::Verdict::Unknown;
    return result;
}

QString refusal(const Json::Object &header)
{
    const Check crit = check(header);
    switch (crit.verdict) {
    case Check::Verdict::None:
    case Check::Verdict::Fine:
        break;
    case Check::Verdict::Malformed:
        return QCoreApplication::translate("Verifier", "malformed crit: %1 (RFC 7515 §4.1.11)")
                .arg(crit.problem);
    case Check::Verdict::Unknown:
        return QCoreApplication::translate("Verifier",
                                           "crit requires extensions this verifier does not "
                                           "understand (%1), so the token is not valid "
                                           "(RFC 7515 §4.1.11)")
                .arg(crit.unknown.join(QLatin1String(", ")));
    }
    if (const Json::Member *b64 = header.find(u"b64")) {
        if (b64->kind == Json::ValueKind::False) {
            return QCoreApplication::translate("Verifier",
                                               "b64 is false: the payload is not "
                                               "base64url-encoded (RFC 7797), which this "
                                               "verifier does not verify");
        }
        if (b64->kind != Json::ValueKind::True)
            return QCoreApplication::translate("Verifier", "b64 must be true or false (RFC 7797 §3)");
    }
    return {};
}

} // namespace Critical
