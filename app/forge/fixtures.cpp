// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include "forgetr.h"

#include "jsonedit.h"

#include "json.h"

#include <QCoreApplication>

#include <limits>

namespace Forge {

namespace {

/// Seconds per unit, 0 when @p unit is not one.
qint64 unitSeconds(QStringView unit)
{
    static const struct
    {
        const char *names[4];
        qint64 seconds;
    } units[] = {
            {{"s", "sec", "secs", "second"}, 1},
            {{"m", "min", "mins", "minute"}, 60},
            {{"h", "hr", "hrs", "hour"}, 3600},
            {{"d", "day", "days", nullptr}, 86400},
            {{"w", "week", "weeks", nullptr}, 7 * 86400},
            {{"y", "year", "years", nullptr}, 365 * 86400},
    };
    QStringView u = unit;
    for (const auto &entry : units) {
        for (const char *name : entry.names) {
            if (!name)
                continue;
            if (u == QLatin1String(name))
                return entry.seconds;
            // "seconds", "minutes", "hours": the plural of the long name.
            if (u.endsWith(u's') && u.chopped(1) == QLatin1String(name) && u.size() > 2)
                return entry.seconds;
        }
    }
    return 0;
}

const char *const timeClaims[] = {"exp", "nbf", "iat"};

} // namespace

std::optional<qint64> parseRelativeTime(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qint64 sign = 1;
    if (t.front() == u'+' || t.front() == u'-') {
        sign = t.front() == u'-' ? -1 : 1;
        t = t.sliced(1).trimmed();
    }
    if (t.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    bool any = false;
    qsizetype i = 0;
    while (i < t.size()) {
        qsizetype start = i;
        while (i < t.size() && t.at(i).isDigit() && t.at(i).unicode() < 128)
            ++i;
        if (i == start)
            return std::nullopt;
        bool ok = false;
        const qint64 number = t.sliced(start, i - start).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        while (i < t.size() && t.at(i) == u' ')
            ++i;
        start = i;
        while (i < t.size() && t.at(i).isLetter())
            ++i;
        const QStringView unit = t.sliced(start, i - start);
        qint64 seconds = 1;
        if (!unit.isEmpty()) {
            seconds = unitSeconds(unit);
            if (seconds == 0)
                return std::nullopt;
        } else if (any || i < t.size()) {
            return std::nullopt; // a bare number only stands alone
        }
        if (number > (std::numeric_limits<qint64>::max() / 4 - total) / seconds)
            return std::nullopt;
        total += number * seconds;
        any = true;
        while (i < t.size() && t.at(i) == u' ')
            ++i;
    }
    return any ? std::optional<qint64>(sign * total) : std::nullopt;
}

QByteArray resolveRelativeTimes(const QByteArray &payload, qint64 now)
{
    QByteArray result = payload;
    for (const char *name : timeClaims) {
        const QString claim = QLatin1String(name);
        const QByteArray raw = JsonEdit::memberValue(result, claim);
        if (raw.isNull() || !raw.startsWith('"'))
            continue;
        const QString text = Json::unescape(raw).trimmed();
        std::optional<qint64> offset;
        if (text == QLatin1String("now"))
            offset = 0;
        else if (text.startsWith(u'+') || text.startsWith(u'-'))
            offset = parseRelativeTime(text);
        if (offset)
            result = JsonEdit::setCompact(result, claim, QByteArray::number(now + *offset));
    }
    return result;
}

JsonText compactJson(QByteArrayView json, bool requireObject)
{
    JsonText result;
    const Json::Error error = Json::validate(json, Json::Duplicates::Reject);
    if (error.isError()) {
        result.error
                = ForgeTr::tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.message);
        result.offset = error.offset;
        return result;
    }
    const Json::Formatted compact = Json::compact(json);
    if (compact.error.isError()) {
        result.error = ForgeTr::tr("invalid JSON at offset %1: %2")
                               .arg(compact.error.offset)
                               .arg(compact.error.message);
        result.offset = compact.error.offset;
        return result;
    }
    if (requireObject && !compact.text.startsWith('{')) {
        result.error = ForgeTr::tr("not a JSON object");
        return result;
    }
    result.text = compact.text;
    return result;
}

Fixture parseFixtureLine(QByteArrayView line, qint64 now, const QString &defaultAlg)
{
    Fixture f;
    const JsonText object = compactJson(line, true);
    if (!object.ok()) {
        f.error = object.error;
        return f;
    }
    const Json::Object members = Json::readObject(object.text);
    for (const Json::Member &m : members.members) {
        static const QStringList known {QStringLiteral("header"), QStringLiteral("payload"),
                                        QStringLiteral("alg"), QStringLiteral("key_file"),
                                        QStringLiteral("secret_file")};
        if (!known.contains(m.name)) {
            f.error = ForgeTr::tr("unknown member \"%1\" (known: header, payload, alg, key_file, "
                                  "secret_file)")
                              .arg(m.name);
            return f;
        }
        const bool isString = m.kind == Json::ValueKind::String;
        if ((m.name == QLatin1String("alg") || m.name == QLatin1String("key_file")
             || m.name == QLatin1String("secret_file"))
            && !isString) {
            f.error = ForgeTr::tr("\"%1\" must be a string").arg(m.name);
            return f;
        }
        if (m.name == QLatin1String("header") && m.kind != Json::ValueKind::Object) {
            f.error = ForgeTr::tr("\"header\" must be a JSON object");
            return f;
        }
    }
    const Json::Member *payload = members.find(u"payload");
    if (!payload) {
        f.error = ForgeTr::tr("no \"payload\"");
        return f;
    }
    if (payload->kind == Json::ValueKind::Object)
        f.payload = resolveRelativeTimes(payload->raw, now);
    else if (payload->kind == Json::ValueKind::String)
        f.payload = payload->string().toUtf8();
    else {
        f.error = ForgeTr::tr("\"payload\" must be a JSON object or a string");
        return f;
    }
    if (const Json::Member *key = members.find(u"key_file"))
        f.keyFile = key->string();
    if (const Json::Member *secret = members.find(u"secret_file"))
        f.secretFile = secret->string();
    if (!f.keyFile.isEmpty() && !f.secretFile.isEmpty()) {
        f.error = ForgeTr::tr("give \"key_file\" or \"secret_file\", not both");
        return f;
    }
    const Json::Member *header = members.find(u"header");
    const Json::Member *alg = members.find(u"alg");
    const QByteArray headerAlg
            = header ? JsonEdit::memberValue(header->raw, QStringLiteral("alg")) : QByteArray();
    if (alg) {
        f.alg = alg->string();
    } else if (headerAlg.startsWith('"')) {
        f.alg = Json::unescape(headerAlg);
    } else if (!defaultAlg.isEmpty()) {
        f.alg = defaultAlg;
    } else {
        f.error = ForgeTr::tr("no \"alg\" (give it, or put it in \"header\")");
        return f;
    }
    const QByteArray algValue = Json::quote(f.alg);
    if (header)
        f.header = JsonEdit::setCompact(header->raw, QStringLiteral("alg"), algValue,
                                        JsonEdit::Place::First);
    else
        f.header = "{\"alg\":" + algValue + ",\"typ\":\"JWT\"}";
    return f;
}

Decoded parseDecodedJson(QByteArrayView text)
{
    Decoded d;
    const Json::Object members = Json::readObject(text, Json::Duplicates::Reject);
    if (!members.isObject) {
        d.error = members.error.isError() ? ForgeTr::tr("invalid JSON at offset %1: %2")
                                                    .arg(members.error.offset)
                                                    .arg(members.error.message)
                                          : ForgeTr::tr("not a JSON object");
        return d;
    }
    const Json::Member *header = members.find(u"header");
    const Json::Member *payload = members.find(u"payload");
    if (!header || header->kind != Json::ValueKind::Object) {
        d.error = ForgeTr::tr("no \"header\" object: give the output of jwtlens decode --json");
        return d;
    }
    if (members.find(u"encrypted")) {
        d.error = ForgeTr::tr("an encrypted token (JWE) cannot be encoded again");
        return d;
    }
    if (!payload
        || (payload->kind != Json::ValueKind::Object && payload->kind != Json::ValueKind::String
            && payload->kind != Json::ValueKind::Array)) {
        d.error = ForgeTr::tr("no \"payload\": give the output of jwtlens decode --json");
        return d;
    }
    const JsonText headerText = compactJson(header->raw, true);
    if (!headerText.ok()) {
        d.error = headerText.error;
        return d;
    }
    d.header = headerText.text;
    if (payload->kind == Json::ValueKind::String) {
        d.payload = payload->string().toUtf8();
    } else {
        const JsonText payloadText = compactJson(payload->raw, false);
        if (!payloadText.ok()) {
            d.error = payloadText.error;
            return d;
        }
        d.payload = payloadText.text;
    }
    return d;
}

} // namespace Forge
