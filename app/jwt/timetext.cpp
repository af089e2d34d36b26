// SPDX-License-Identifier: MIT
#include "timetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The translation context of this file; lupdate reads Text::tr() calls as "TimeText".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
};

bool inRange(double seconds)
{
    return std::isfinite(seconds) && std::fabs(seconds) <= TimeText::MaxSeconds;
}

} // namespace

namespace TimeText {

QDateTime utcOf(double seconds)
{
    if (!inRange(seconds))
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

QString plural(QString text, int n)
{
    if (text.contains(QLatin1String("(s)")))
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString duration(double seconds)
{
    constexpr double minute = 60, hour = 3600, day = 86400, year = 365.25 * 86400;
    const auto whole = [](double v) {
        return int(std::min(std::floor(v), double(std::numeric_limits<int>::max())));
    };
    if (seconds < minute) {
        const int n = whole(seconds);
        return plural(Text::tr("%n second(s)", nullptr, n), n);
    }
    if (seconds < hour) {
        const int n = whole(seconds / minute);
        return plural(Text::tr("%n minute(s)", nullptr, n), n);
    }
    if (seconds < day) {
        const int n = whole(seconds / hour);
        return plural(Text::tr("%n hour(s)", nullptr, n), n);
    }
    if (seconds < year) {
        const int n = whole(seconds / day);
        return plural(Text::tr("%n day(s)", nullptr, n), n);
    }
    const int n = whole(seconds / year);
    return plural(Text::tr("%n year(s)", nullptr, n), n);
}

QString relative(QStringView name, double seconds, double now, TimeStatus status)
{
    if (!inRange(seconds))
        return QString();
    const double diff = seconds - now;
    const QString span = duration(std::fabs(diff));
    const bool future = diff > 0;
    if (name == u"exp") {
        if (future)
            return Text::tr("expires in %1").arg(span);
        if (status == TimeStatus::Valid)
            return Text::tr("expired %1 ago (within the leeway)").arg(span);
        return Text::tr("expired %1 ago").arg(span);
    }
    if (name == u"nbf") {
        if (!future)
            return Text::tr("valid since %1 ago").arg(span);
        if (status == TimeStatus::Valid)
            return Text::tr("becomes valid in %1 (within the leeway)").arg(span);
        return Text::tr("becomes valid in %1").arg(span);
    }
    if (name == u"iat") {
        if (!future)
            return Text::tr("issued %1 ago").arg(span);
        if (status == TimeStatus::Valid)
            return Text::tr("issued %1 in the future (within the leeway)").arg(span);
        return Text::tr("issued %1 in the future").arg(span);
    }
    return future ? Text::tr("in %1").arg(span) : Text::tr("%1 ago").arg(span);
}

} // namespace TimeText
