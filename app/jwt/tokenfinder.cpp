// SPDX-License-Identifier: MIT
#include "tokenfinder.h"

#include "tokenscanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <variant>

// For QSet<TokenPlace> (ADL looks in the global namespace, where TokenPlace lives).
static size_t qHash(const TokenPlace &place, size_t seed = 0)
{
    QtPrivate::QHashCombine combine;
    seed = combine(seed, place.entry);
    seed = combine(seed, int(place.side));
    seed = combine(seed, place.line);
    for (const TokenPlace::Step &step : place.steps) {
        seed = combine(seed, int(step.kind));
        seed = combine(seed, step.name);
    }
    return seed;
}

namespace {

using TokenScanner::Hint;
using Step = TokenPlace::Step;
using Kind = TokenPlace::Kind;

/// The tokens found, each once, with their distinct places.
class Collector
{
public:
    void add(QByteArrayView token, FoundToken::Kind kind, qsizetype offset,
             const TokenPlace &place);

    QList<FoundToken> tokens;
    QHash<QByteArray, qsizetype> index;

private:
    /// Places arrive grouped by entry, side and line (texts and HARs are read in order), and
    /// two places in different groups always differ: only the current group is remembered.
    struct Group
    {
        int entry = -1;
        TokenPlace::Side side = TokenPlace::Side::None;
        int line = -1;
        QSet<TokenPlace> places;
    };
    QList<Group> m_groups; ///< parallel to tokens
};

void Collector::add(QByteArrayView token, FoundToken::Kind kind, qsizetype offset,
                    const TokenPlace &place)
{
    const QByteArray key = token.toByteArray();
    auto it = index.constFind(key);
    qsizetype i = 0;
    if (it == index.cend()) {
        i = tokens.size();
        FoundToken found;
        found.token = key;
        found.kind = kind;
        found.offset = offset;
        tokens.append(found);
        m_groups.append(Group());
        index.insert(key, i);
    } else {
        i = *it;
    }
    FoundToken &found = tokens[i];
    if (found.offset < 0)
        found.offset = offset;
    Group &group = m_groups[i];
    if (group.entry != place.entry || group.side != place.side || group.line != place.line) {
        group.entry = place.entry;
        group.side = place.side;
        group.line = place.line;
        group.places.clear();
    }
    if (group.places.contains(place))
        return;
    group.places.insert(place);
    ++found.count;
    if (found.places.size() < FoundToken::MaxPlaces)
        found.places.append(place);
}

/// A step of a JSON path: a member name or an array index.
using PathPart = std::variant<QString, qsizetype>;

QString pathText(const QList<PathPart> &path)
{
    QString text;
    for (const PathPart &part : path) {
        if (const QString *name = std::get_if<QString>(&part)) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += *name;
        } else {
            text += QStringLiteral("[%1]").arg(std::get<qsizetype>(part));
        }
    }
    return text;
}

/// Walks a parsed JSON document (a HAR by its fields, any other by paths) and scans its
/// string values.
class Walker
{
public:
    explicit Walker(Collector &collector)
        : m_collector(collector)
    { }

    void walkHar(const QJsonArray &entries);
    void walkJson(const QJsonValue &value, QList<PathPart> &path, int depth);

private:
    /// Scans @p text. A hit with no context of its own is placed at @p plain; one with a
    /// context at @p prefix followed by that context.
    void scanField(const QString &text, Hint hint, const QList<Step> &plain,
                   const QList<Step> &prefix);
    void walkHeaders(const QJsonValue &headers);
    void walkCookies(const QJsonValue &cookies, Kind kind);

    Collector &m_collector;
    TokenPlace m_base;
};

void Walker::scanField(const QString &text, Hint hint, const QList<Step> &plain,
                       const QList<Step> &prefix)
{
    // A token needs two dots: most values (names, dates, sizes) have none.
    if (text.size() < 16 || text.count(QLatin1Char('.')) < 2)
        return;
    const QByteArray utf8 = text.toUtf8();
    const TokenScanner::Output output = TokenScanner::scan(utf8, hint);
    for (const TokenScanner::Hit &hit : output.hits) {
        TokenPlace place = m_base;
        if (hit.step.kind == Kind::Text) {
            place.steps = plain;
        } else {
            place.steps = prefix;
            place.steps.append(hit.step);
        }
        m_collector.add(QByteArrayView(utf8).sliced(hit.offset, hit.length), hit.kind, -1, place);
    }
}

void Walker::walkHeaders(const QJsonValue &headers)
{
    const QJsonArray list = headers.toArray();
    for (const QJsonValue &header : list) {
        const QJsonObject object = header.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QString value = object.value(QLatin1String("value")).toString();
        const QList<Step> plain {{Kind::Header, name}};
        if (name.compare(QLatin1String("cookie"), Qt::CaseInsensitive) == 0)
            scanField(value, Hint::CookieHeader, plain, {});
        else if (name.compare(QLatin1String("set-cookie"), Qt::CaseInsensitive) == 0)
            scanField(value, Hint::SetCookieHeader, plain, {});
        else
            scanField(value, Hint::None, plain, plain);
    }
}

void Walker::walkCookies(const QJsonValue &cookies, Kind kind)
{
    const QJsonArray list = cookies.toArray();
    for (const QJsonValue &cookie : list) {
        const QJsonObject object = cookie.toObject();
        const QList<Step> steps {{kind, object.value(QLatin1String("name")).toString()}};
        scanField(object.value(QLatin1String("value")).toString(), Hint::None, steps, steps);
    }
}

void Walker::walkHar(const QJsonArray &entries)
{
    const QList<Step> body {{Kind::Body, QString()}};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        m_base = TokenPlace();
        m_base.entry = int(std::min<qsizetype>(i + 1, std::numeric_limits<int>::max()));

        // The fields in the order a browser writes them; queryString and postData.params
        // repeat the URL and the body, and their places fold into the same words.
        m_base.side = TokenPlace::Side::Request;
        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        scanField(request.value(QLatin1String("url")).toString(), Hint::None,
                  {{Kind::Url, QString()}}, {});
        walkHeaders(request.value(QLatin1String("headers")));
        walkCookies(request.value(QLatin1String("cookies")), Kind::Cookie);
        const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
        scanField(postData.value(QLatin1String("text")).toString(), Hint::None, body, body);
        const QJsonArray params = postData.value(QLatin1String("params")).toArray();
        for (const QJsonValue &param : params) {
            const QJsonObject object = param.toObject();
            const QList<Step> steps {
                    {Kind::Body, QString()},
                    {Kind::Parameter, object.value(QLatin1String("name")).toString()}};
            scanField(object.value(QLatin1String("value")).toString(), Hint::None, steps, body);
        }

        m_base.side = TokenPlace::Side::Response;
        const QJsonObject response = entry.value(QLatin1String("response")).toObject();
        walkHeaders(response.value(QLatin1String("headers")));
        walkCookies(response.value(QLatin1String("cookies")), Kind::SetCookie);
        const QJsonObject content = response.value(QLatin1String("content")).toObject();
        if (content.value(QLatin1String("encoding")).toString() != QLatin1String("base64"))
            scanField(content.value(QLatin1String("text")).toString(), Hint::None, body, body);
    }
}

void Walker::walkJson(const QJsonValue &value, QList<PathPart> &path, int depth)
{
    // QJsonDocument refuses documents nested deeper than this recursion can go.
    if (depth > 1024)
        return;
    if (value.isString()) {
        const QList<Step> steps {{Kind::Json, pathText(path)}};
        scanField(value.toString(), Hint::None, steps, steps);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(i);
            walkJson(array.at(i), path, depth + 1);
            path.removeLast();
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(it.key());
            walkJson(it.value(), path, depth + 1);
            path.removeLast();
        }
    }
}

bool looksLikeJson(QByteArrayView text)
{
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

QString TokenPlace::text() const
{
    QStringList parts;
    if (entry > 0)
        parts << (side == Side::Response ? tr("response %1") : tr("request %1")).arg(entry);
    else if (line > 0)
        parts << tr("line %1").arg(line);
    for (const Step &step : steps) {
        switch (step.kind) {
        case Kind::Text:
            break;
        case Kind::Header:
            parts << tr("header %1").arg(step.name);
            break;
        case Kind::Cookie:
            parts << tr("cookie %1").arg(step.name);
            break;
        case Kind::SetCookie:
            parts << tr("Set-Cookie %1").arg(step.name);
            break;
        case Kind::Query:
            parts << tr("URL query %1").arg(step.name);
            break;
        case Kind::Fragment:
            parts << tr("URL fragment %1").arg(step.name);
            break;
        case Kind::Parameter:
            parts << tr("parameter %1").arg(step.name);
            break;
        case Kind::Json:
            parts << tr("JSON %1").arg(step.name);
            break;
        case Kind::Body:
            parts << tr("body");
            break;
        case Kind::Url:
            parts << tr("URL");
            break;
        }
    }
    if (parts.isEmpty())
        return tr("text");
    return parts.join(tr(", ", "between the parts of a place: \"request 3, header X\""));
}

namespace TokenFinder {

QString kindName(FoundToken::Kind kind)
{
    return kind == FoundToken::Kind::Jwe ? QStringLiteral("JWE") : QStringLiteral("JWS");
}

Result find(QByteArrayView utf8)
{
    Result result;
    Collector found;
    const TokenScanner::Output output = TokenScanner::scan(utf8);
    for (const TokenScanner::Hit &hit : output.hits) {
        TokenPlace place;
        if (hit.step.kind != Kind::Text)
            place.steps.append(hit.step);
        // "line 1" says nothing in a one-line text when a context says more.
        place.line = output.multiline || place.steps.isEmpty() ? hit.line : 0;
        found.add(utf8.sliced(hit.offset, hit.length), hit.kind, hit.offset, place);
    }
    result.tokens = std::move(found.tokens);

    if (!looksLikeJson(utf8))
        return result;
    QJsonParseError error;
    const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(utf8.data(), utf8.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return result;

    // The structure says more than the text around a token: its places replace those of
    // the text scan, which still gives the order and the offsets.
    Collector structured;
    Walker walker(structured);
    const QJsonValue entries = document.object()
                                       .value(QLatin1String("log"))
                                       .toObject()
                                       .value(QLatin1String("entries"));
    if (entries.isArray()) {
        result.format = Format::Har;
        walker.walkHar(entries.toArray());
    } else {
        result.format = Format::Json;
        QList<PathPart> path;
        walker.walkJson(document.isArray() ? QJsonValue(document.array())
                                           : QJsonValue(document.object()),
                        path, 0);
    }
    QSet<qsizetype> used;
    for (FoundToken &token : result.tokens) {
        const auto it = structured.index.constFind(token.token);
        if (it == structured.index.cend())
            continue;
        const FoundToken &other = structured.tokens.at(*it);
        token.places = other.places;
        token.count = other.count;
        used.insert(*it);
    }
    // Tokens seen only after unescaping a JSON string.
    for (qsizetype i = 0; i < structured.tokens.size(); ++i) {
        if (!used.contains(i))
            result.tokens.append(structured.tokens.at(i));
    }
    return result;
}

} // namespace TokenFinder
