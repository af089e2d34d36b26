// SPDX-License-Identifier: MIT
// Reading values: the top-level members of an object or elements of an array, and Member
// and Object.
#include "json.h"
#include "jsonlexer.h"
#include "jsonstrings.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

using Json::Lexer::Failure;
using Json::Lexer::isDigit;
using Json::Lexer::parse;
using Json::Lexer::toError;
using Json::Lexer::Tok;
using Json::Strings::memberName;
using Json::Strings::unescapeValid;

Json::ValueKind valueKind(Tok kind)
{
    switch (kind) {
    case Tok::BeginObject:
        return Json::ValueKind::Object;
    case Tok::BeginArray:
        return Json::ValueKind::Array;
    case Tok::String:
        return Json::ValueKind::String;
    case Tok::Number:
        return Json::ValueKind::Number;
    case Tok::True:
        return Json::ValueKind::True;
    case Tok::False:
        return Json::ValueKind::False;
    default:
        return Json::ValueKind::Null;
    }
}

/// Collects the members of a top-level object, or the elements of a top-level array.
class TopLevelSink
{
public:
    /// With @p only, just the members of those names are kept.
    explicit TopLevelSink(QByteArrayView in, const QList<QStringView> *only = nullptr)
        : m_in(in)
        , m_only(only)
    { }
    void token(Tok kind, qsizetype offset, qsizetype length, int depth)
    {
        if (depth == 0) {
            if (kind == Tok::BeginObject || kind == Tok::BeginArray)
                m_topKind = kind;
            return;
        }
        if (depth != 1)
            return;
        switch (kind) {
        case Tok::Name:
            if (m_only && !wanted(m_in.data() + offset + 1, length - 2)) {
                m_skip = true;
                return;
            }
            m_current.name = memberName(m_in.data() + offset + 1, length - 2);
            m_current.nameOffset = offset;
            return;
        case Tok::Comma:
        case Tok::Colon:
            return;
        case Tok::BeginObject:
        case Tok::BeginArray:
            m_current.kind = valueKind(kind);
            m_current.valueOffset = offset;
            return;
        case Tok::EndObject:
        case Tok::EndArray:
            finish(offset + 1);
            return;
        default:
            m_current.kind = valueKind(kind);
            m_current.valueOffset = offset;
            finish(offset + length);
            return;
        }
    }
    Tok topKind() const { return m_topKind; }
    /// The members in a list of their exact number: one allocation, of no more memory than
    /// they need (growing a list as they come would reallocate it, to twice the size).
    QList<Json::Member> takeMembers()
    {
        QList<Json::Member> list;
        list.reserve(m_members.size());
        for (Json::Member &m : m_members)
            list.append(std::move(m));
        m_members.clear();
        return list;
    }

private:
    /// Whether the name written as @p p (@p n bytes inside its quotes) is one of m_only.
    bool wanted(const char *p, qsizetype n) const
    {
        if (std::memchr(p, '\\', size_t(n))) {
            const QString name = unescapeValid(p, n);
            return m_only->contains(QStringView(name));
        }
        // Without escapes the bytes are the name's UTF-8: for ASCII one byte a character.
        const bool ascii = std::all_of(p, p + n,
                                       [](char b) { return static_cast<unsigned char>(b) < 0x80; });
        for (QStringView name : *m_only) {
            if (ascii ? name.size() == n && std::equal(p, p + n, name.utf16())
                      : QAnyStringView::equal(QUtf8StringView(p, n), name))
                return true;
        }
        return false;
    }

    void finish(qsizetype end)
    {
        if (m_skip) {
            m_skip = false;
            m_current = Json::Member();
            return;
        }
        m_current.raw
                = m_in.sliced(m_current.valueOffset, end - m_current.valueOffset).toByteArray();
        m_members.append(std::move(m_current));
        m_current = Json::Member();
    }

    QByteArrayView m_in;
    Tok m_topKind = Tok::Null;
    Json::Member m_current;
    const QList<QStringView> *m_only = nullptr;
    bool m_skip = false; ///< the current member is not one of m_only
    QVarLengthArray<Json::Member, 16> m_members;
};

Json::Object readTopLevel(QByteArrayView utf8, Json::Duplicates duplicates,
                          const QList<QStringView> *names)
{
    TopLevelSink sink(utf8, names);
    Failure fail;
    Json::Object result;
    if (!parse(utf8, duplicates, sink, fail)) {
        result.error = toError(fail);
        return result;
    }
    result.isObject = sink.topKind() == Tok::BeginObject;
    if (result.isObject)
        result.members = sink.takeMembers();
    return result;
}

} // namespace

namespace Json {

QString Member::string() const
{
    if (kind != ValueKind::String || raw.size() < 2)
        return {};
    return unescapeValid(raw.constData() + 1, raw.size() - 2);
}

double Member::number() const
{
    if (kind != ValueKind::Number)
        return 0;
    // Fast path for the plain integers time claims nearly always are.
    const qsizetype n = raw.size();
    if (n > 0 && n <= 15) {
        qsizetype i = raw.at(0) == '-' ? 1 : 0;
        qint64 value = 0;
        bool plain = i < n;
        for (; i < n && plain; ++i) {
            const char c = raw.at(i);
            plain = isDigit(c);
            value = value * 10 + (c - '0');
        }
        if (plain)
            return raw.at(0) == '-' ? -double(value) : double(value);
    }
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (ok)
        return value;
    // Out of double's range: QByteArray::toDouble reports failure but we want the infinity.
    if (raw.contains('e') || raw.contains('E') || raw.size() > 300)
        return raw.startsWith('-') ? -qInf() : qInf();
    return 0;
}

const Member *Object::find(QStringView name) const
{
    if (name.isEmpty()) {
        for (qsizetype i = members.size() - 1; i >= 0; --i) {
            if (members.at(i).name.isEmpty())
                return &members.at(i);
        }
        return nullptr;
    }
    // Length and first character first: most members differ in one or the other.
    const qsizetype size = name.size();
    const QChar first = name.front();
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        const QString &candidate = members.at(i).name;
        if (candidate.size() == size && candidate.front() == first && candidate == name)
            return &members.at(i);
    }
    return nullptr;
}

QList<const Member *> Object::duplicates() const
{
    QList<const Member *> result;
    const qsizetype n = members.size();
    if (n <= 16) {
        // Names that differ nearly always differ in length or in their first or last
        // character: compare those first, the whole names only when they agree.
        std::array<quint64, 16> keys {};
        for (qsizetype i = 0; i < n; ++i) {
            const QString &name = members.at(i).name;
            keys[size_t(i)] = name.isEmpty() ? 0
                                             : quint64(name.size()) << 32
                            | quint64(name.front().unicode()) << 16 | name.back().unicode();
        }
        for (qsizetype i = 1; i < n; ++i) {
            bool seenBefore = false;
            bool reported = false;
            for (qsizetype j = 0; j < i; ++j) {
                if (keys[size_t(j)] != keys[size_t(i)] || members.at(j).name != members.at(i).name)
                    continue;
                if (seenBefore) {
                    reported = true; // a third occurrence: already reported at the second
                    break;
                }
                seenBefore = true;
            }
            if (seenBefore && !reported)
                result.append(&members.at(i));
        }
        return result;
    }
    QHash<QString, int> count;
    count.reserve(n);
    for (const Member &m : members) {
        if (++count[m.name] == 2)
            result.append(&m);
    }
    return result;
}

Object readObject(QByteArrayView utf8)
{
    return readObject(utf8, Duplicates::Allow);
}

Object readObject(QByteArrayView utf8, Duplicates duplicates)
{
    return readTopLevel(utf8, duplicates, nullptr);
}

Object readObject(QByteArrayView utf8, Duplicates duplicates, const QList<QStringView> &names)
{
    return readTopLevel(utf8, duplicates, &names);
}

QList<Member> readArray(QByteArrayView utf8)
{
    TopLevelSink sink(utf8);
    Failure fail;
    if (!parse(utf8, Duplicates::Allow, sink, fail) || sink.topKind() != Tok::BeginArray)
        return {};
    QList<Member> elements = sink.takeMembers();
    for (Member &m : elements)
        m.nameOffset = -1;
    return elements;
}

} // namespace Json
