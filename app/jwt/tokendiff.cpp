// SPDX-License-Identifier: MIT
#include "tokendiff.h"

#include "json.h"
#include "registry.h"
#include "timetext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <cmath>
#include <limits>

namespace {

/// Values compared member by member up to this depth, and this size; beyond, their compact
/// texts are compared (a claim is rarely deeper than a few levels or larger than a page).
constexpr int MaxCompareDepth = 64;
constexpr qsizetype MaxCompareSize = 1024 * 1024;

/// A JSON number as digits × 10^exponent, digits without leading or trailing zeros: two
/// spellings of one number (`1000`, `1e3`, `1.000E+3`) give the same Decimal.
struct Decimal
{
    bool negative = false;
    QByteArray digits; ///< empty for zero
    qint64 exponent = 0;
    bool valid = false;

    bool operator==(const Decimal &other) const
    {
        return valid && other.valid && negative == other.negative && digits == other.digits
                && exponent == other.exponent;
    }
};

Decimal decimal(QByteArrayView number)
{
    Decimal d;
    qsizetype i = 0;
    const qsizetype n = number.size();
    if (i < n && number.at(i) == '-') {
        d.negative = true;
        ++i;
    }
    qsizetype fraction = 0;
    bool seenPoint = false;
    for (; i < n; ++i) {
        const char c = number.at(i);
        if (c >= '0' && c <= '9') {
            d.digits += c;
            if (seenPoint)
                ++fraction;
        } else if (c == '.' && !seenPoint) {
            seenPoint = true;
        } else {
            break;
        }
    }
    qint64 exponent = 0;
    if (i < n && (number.at(i) == 'e' || number.at(i) == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (number.at(i) == '+' || number.at(i) == '-'))
            negativeExponent = number.at(i++) == '-';
        for (; i < n; ++i) {
            const char c = number.at(i);
            if (c < '0' || c > '9')
                return d; // not a number
            // Exponents past this are not compared by value (never equal unless written the same).
            if (exponent > std::numeric_limits<qint64>::max() / 20)
                return d;
            exponent = exponent * 10 + (c - '0');
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n || d.digits.isEmpty())
        return d;
    qsizetype lead = 0;
    while (lead < d.digits.size() && d.digits.at(lead) == '0')
        ++lead;
    d.digits.remove(0, lead);
    qsizetype trail = 0;
    while (trail < d.digits.size() && d.digits.at(d.digits.size() - 1 - trail) == '0')
        ++trail;
    d.digits.chop(trail);
    d.exponent = exponent - fraction + trail;
    if (d.digits.isEmpty()) {
        d.negative = false; // -0 == 0
        d.exponent = 0;
    }
    d.valid = true;
    return d;
}

enum class ValueType {
    Object,
    Array,
    String,
    Number,
    Keyword,
    Invalid
};

ValueType typeOf(QByteArrayView raw)
{
    if (raw.isEmpty())
        return ValueType::Invalid;
    switch (raw.front()) {
    case '{':
        return ValueType::Object;
    case '[':
        return ValueType::Array;
    case '"':
        return ValueType::String;
    case 't':
    case 'f':
    case 'n':
        return ValueType::Keyword;
    default:
        return ValueType::Number;
    }
}

/// The members of an object by name, the last of a repeated name counting (RFC 7519 §4).
QHash<QString, QByteArray> membersByName(const Json::Object &object)
{
    QHash<QString, QByteArray> map;
    for (const Json::Member &m : object.members)
        map.insert(m.name, m.raw);
    return map;
}

/// Whether two valid JSON values written as @p a and @p b mean the same.
bool sameValue(QByteArrayView a, QByteArrayView b, int depth)
{
    a = a.trimmed();
    b = b.trimmed();
    if (a == b)
        return true;
    const ValueType type = typeOf(a);
    if (type != typeOf(b))
        return false;
    if ((type == ValueType::Object || type == ValueType::Array)
        && (depth >= MaxCompareDepth || a.size() > MaxCompareSize || b.size() > MaxCompareSize)) {
        return Json::compact(a).text == Json::compact(b).text;
    }
    switch (type) {
    case ValueType::String: {
        // unescape() turns every lone surrogate into U+FFFD: two of those are not the same.
        const QString first = Json::unescape(a);
        return !first.contains(QChar::ReplacementCharacter) && first == Json::unescape(b);
    }
    case ValueType::Number:
        return decimal(a) == decimal(b);
    case ValueType::Keyword:
    case ValueType::Invalid:
        return false; // keywords are spelled one way: a != b means different
    case ValueType::Object: {
        const QHash<QString, QByteArray> first = membersByName(Json::readObject(a));
        const QHash<QString, QByteArray> second = membersByName(Json::readObject(b));
        if (first.size() != second.size())
            return false;
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            const auto other = second.constFind(it.key());
            if (other == second.cend() || !sameValue(*it, *other, depth + 1))
                return false;
        }
        return true;
    }
    case ValueType::Array: {
        const QList<Json::Member> first = Json::readArray(a);
        const QList<Json::Member> second = Json::readArray(b);
        if (first.size() != second.size())
            return false;
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (!sameValue(first.at(i).raw, second.at(i).raw, depth + 1))
                return false;
        }
        return true;
    }
    }
    return false;
}

std::optional<double> numericDate(const QByteArray &raw)
{
    if (raw.isEmpty() || typeOf(raw) != ValueType::Number)
        return std::nullopt;
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QDateTime dateOf(std::optional<double> seconds)
{
    if (!seconds || std::fabs(*seconds) > TimeText::MaxSeconds)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*seconds * 1000.0)), Qt::UTC);
}

std::optional<MemberChange::Time> timeChange(const MemberChange &change)
{
    const std::optional<double> first = numericDate(change.first);
    const std::optional<double> second = numericDate(change.second);
    if (!first && !second)
        return std::nullopt;
    MemberChange::Time time;
    time.first = dateOf(first);
    time.second = dateOf(second);
    if (first && second) {
        time.seconds = *second - *first;
        const double span = std::fabs(time.seconds);
        if (time.seconds == 0) {
            time.text = TokenDiff::tr("%1 is the same instant").arg(change.name);
        } else if (span < 1) {
            time.text = time.seconds > 0
                    ? TokenDiff::tr("%1 moved less than a second later").arg(change.name)
                    : TokenDiff::tr("%1 moved less than a second earlier").arg(change.name);
        } else {
            time.text = time.seconds > 0
                    ? TokenDiff::tr("%1 moved %2 later").arg(change.name, TimeText::duration(span))
                    : TokenDiff::tr("%1 moved %2 earlier")
                              .arg(change.name, TimeText::duration(span));
        }
    }
    return time;
}

/// Member by member; names compare as unescaped text, a repeated name by its last value.
QList<MemberChange> compareMembers(const Json::Object &first, const Json::Object &second,
                                   bool dates)
{
    QList<MemberChange> changes;
    QSet<QString> seen;
    const auto add = [&](const QString &name) {
        MemberChange change;
        change.name = name;
        const Json::Member *a = first.find(name);
        const Json::Member *b = second.find(name);
        if (a)
            change.first = a->raw;
        if (b)
            change.second = b->raw;
        if (!a)
            change.change = MemberChange::Change::Added;
        else if (!b)
            change.change = MemberChange::Change::Removed;
        else if (a->raw == b->raw)
            change.change = MemberChange::Change::Same;
        else if (sameValue(a->raw, b->raw, 0))
            change.change = MemberChange::Change::Respelled;
        else
            change.change = MemberChange::Change::Changed;
        if (dates) {
            const std::optional<Registry::Entry> entry
                    = Registry::find(Registry::Place::Payload, name);
            if (entry && entry->isNumericDate)
                change.time = timeChange(change);
        }
        changes.append(change);
    };
    for (const Json::Member &m : first.members) {
        if (!seen.contains(m.name)) {
            seen.insert(m.name);
            add(m.name);
        }
    }
    for (const Json::Member &m : second.members) {
        if (!seen.contains(m.name)) {
            seen.insert(m.name);
            add(m.name);
        }
    }
    return changes;
}

TokenDiff::Side sideOf(const Token &token)
{
    TokenDiff::Side side;
    side.form = token.form();
    side.alg = token.alg();
    side.kid = token.kid();
    if (const Json::Member *kid = token.headerObject().find(u"kid"))
        side.hasKid = kid->kind == Json::ValueKind::String;
    if (token.form() == Token::Form::Jws)
        side.signature = token.signature().encoded;
    return side;
}

QByteArrayList encodedSegments(const Token &token)
{
    QByteArrayList parts;
    for (const Segment &segment : token.segments())
        parts << segment.encoded;
    return parts;
}

} // namespace

TokenDiff TokenDiff::compare(const Token &first, const Token &second)
{
    TokenDiff diff;
    diff.first = sideOf(first);
    diff.second = sideOf(second);
    diff.identical
            = first.form() == second.form() && encodedSegments(first) == encodedSegments(second);
    diff.sameAlg = diff.first.alg == diff.second.alg;
    diff.sameKid = diff.first.hasKid == diff.second.hasKid && diff.first.kid == diff.second.kid;

    diff.header = compareMembers(first.headerObject(), second.headerObject(), false);

    const bool bothJws = first.form() == Token::Form::Jws && second.form() == Token::Form::Jws;
    const bool bothJwe = first.isJwe() && second.isJwe();
    if (bothJws) {
        diff.sameContent = first.payload().encoded == second.payload().encoded;
        diff.sameSignature = first.signature().encoded == second.signature().encoded;
        diff.sameSigningInput = first.signingInput() == second.signingInput();
        diff.payloadsCompared = first.payloadObject().isObject && second.payloadObject().isObject;
        if (diff.payloadsCompared)
            diff.payload = compareMembers(first.payloadObject(), second.payloadObject(), true);
    } else if (bothJwe) {
        // The ciphertext is the fourth part (RFC 7516 §7.1).
        diff.sameContent = first.segments().value(3).encoded == second.segments().value(3).encoded;
    }
    return diff;
}

qsizetype TokenDiff::changeCount(const QList<MemberChange> &members)
{
    return std::count_if(members.cbegin(), members.cend(), [](const MemberChange &m) {
        return m.change != MemberChange::Change::Same;
    });
}

QString TokenDiff::changeName(MemberChange::Change change)
{
    switch (change) {
    case MemberChange::Change::Same:
        return QStringLiteral("same");
    case MemberChange::Change::Respelled:
        return QStringLiteral("respelled");
    case MemberChange::Change::Changed:
        return QStringLiteral("changed");
    case MemberChange::Change::Added:
        return QStringLiteral("added");
    case MemberChange::Change::Removed:
        return QStringLiteral("removed");
    }
    return QString();
}
