// SPDX-License-Identifier: MIT
#include "json.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Json", text);
}

enum class Tok {
    BeginObject,
    EndObject,
    BeginArray,
    EndArray,
    Comma,
    Colon,
    Name,
    String,
    Number,
    True,
    False,
    Null,
};

enum class Code {
    UnexpectedEnd,
    ExpectedValue,
    ExpectedName,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    Trailing,
    Unterminated,
    ControlCharacter,
    BadEscape,
    BadUnicodeEscape,
    InvalidUtf8,
    ExpectedDigit,
    LeadingZero,
    TooDeep,
    Duplicate,
};

/// A failure, cheap to record; the translated message is made only when someone asks.
struct Failure
{
    qsizetype offset = -1;
    Code code = Code::UnexpectedEnd;
    unsigned char byte = 0; ///< the offending byte (control character, escape letter)
    QString name; ///< the repeated member name
};

Json::Error toError(const Failure &f)
{
    Json::Error e;
    e.offset = f.offset;
    switch (f.code) {
    case Code::InvalidUtf8:
        e.kind = Json::Error::Kind::InvalidUtf8;
        break;
    case Code::ControlCharacter:
        e.kind = Json::Error::Kind::ControlCharacter;
        break;
    case Code::TooDeep:
        e.kind = Json::Error::Kind::TooDeep;
        break;
    case Code::Duplicate:
        e.kind = Json::Error::Kind::Duplicate;
        break;
    default:
        e.kind = Json::Error::Kind::Syntax;
        break;
    }
    switch (f.code) {
    case Code::UnexpectedEnd:
        e.message = tr("unexpected end of text");
        break;
    case Code::ExpectedValue:
        e.message = tr("expected a value");
        break;
    case Code::ExpectedName:
        e.message = tr("expected a member name in double quotes");
        break;
    case Code::ExpectedColon:
        e.message = tr("expected ':'");
        break;
    case Code::ExpectedCommaOrBrace:
        e.message = tr("expected ',' or '}'");
        break;
    case Code::ExpectedCommaOrBracket:
        e.message = tr("expected ',' or ']'");
        break;
    case Code::Trailing:
        e.message = tr("trailing characters after the JSON value");
        break;
    case Code::Unterminated:
        e.message = tr("unterminated string");
        break;
    case Code::ControlCharacter:
        e.message = tr("control character U+%1 in a string")
                            .arg(QString::number(f.byte, 16).toUpper().rightJustified(4, u'0'));
        break;
    case Code::BadEscape:
        if (f.byte >= 0x20 && f.byte < 0x7f)
            e.message = tr("invalid escape '\\%1'").arg(QLatin1Char(char(f.byte)));
        else
            e.message = tr("invalid escape");
        break;
    case Code::BadUnicodeEscape:
        e.message = tr("invalid \\u escape (four hex digits expected)");
        break;
    case Code::InvalidUtf8:
        e.message = tr("invalid UTF-8");
        break;
    case Code::ExpectedDigit:
        e.message = tr("invalid number: expected a digit");
        break;
    case Code::LeadingZero:
        e.message = tr("invalid number: leading zeros are not allowed");
        break;
    case Code::TooDeep:
        e.message = tr("nesting deeper than %1 levels").arg(Json::MaxDepth);
        break;
    case Code::Duplicate:
        e.message = tr("repeated member name \"%1\"").arg(f.name);
        break;
    }
    return e;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

/// Strings that nearly every token holds, shared so that reading them allocates nothing
/// (a batch of tokens reads the same few names over and over): the registered claim names
/// (RFC 7519 §4.1), the header parameter names (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7797),
/// common public claims (OpenID Connect Core 1.0 §2 and §5.1, RFC 8693, RFC 9068) and the
/// values of `typ` and `alg` (RFC 7518 §3.1, RFC 8037).
class CommonStrings
{
public:
    CommonStrings()
    {
        // A table, grouped by where the names come from.
        // clang-format off
        static const QString strings[] = {
            // RFC 7519 §4.1
            QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
            QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat"),
            QStringLiteral("jti"),
            // RFC 7515 §4.1, RFC 7516 §4.1, RFC 7518 §4.6–4.8, RFC 7797
            QStringLiteral("alg"), QStringLiteral("jku"), QStringLiteral("jwk"),
            QStringLiteral("kid"), QStringLiteral("x5u"), QStringLiteral("x5c"),
            QStringLiteral("x5t"), QStringLiteral("x5t#S256"), QStringLiteral("typ"),
            QStringLiteral("cty"), QStringLiteral("crit"), QStringLiteral("enc"),
            QStringLiteral("zip"), QStringLiteral("epk"), QStringLiteral("apu"),
            QStringLiteral("apv"), QStringLiteral("iv"), QStringLiteral("tag"),
            QStringLiteral("p2s"), QStringLiteral("p2c"), QStringLiteral("b64"),
            // OpenID Connect Core 1.0, RFC 8693, RFC 9068
            QStringLiteral("name"), QStringLiteral("given_name"), QStringLiteral("family_name"),
            QStringLiteral("preferred_username"), QStringLiteral("email"),
            QStringLiteral("email_verified"), QStringLiteral("locale"), QStringLiteral("nonce"),
            QStringLiteral("auth_time"), QStringLiteral("azp"), QStringLiteral("acr"),
            QStringLiteral("amr"), QStringLiteral("sid"), QStringLiteral("at_hash"),
            QStringLiteral("scope"), QStringLiteral("scp"), QStringLiteral("client_id"),
            QStringLiteral("roles"), QStringLiteral("groups"), QStringLiteral("entitlements"),
            QStringLiteral("cnf"), QStringLiteral("act"),
            // values of typ and alg
            QStringLiteral("JWT"), QStringLiteral("at+jwt"), QStringLiteral("HS256"),
            QStringLiteral("HS384"), QStringLiteral("HS512"), QStringLiteral("RS256"),
            QStringLiteral("RS384"), QStringLiteral("RS512"), QStringLiteral("PS256"),
            QStringLiteral("PS384"), QStringLiteral("PS512"), QStringLiteral("ES256"),
            QStringLiteral("ES384"), QStringLiteral("ES512"), QStringLiteral("ES256K"),
            QStringLiteral("EdDSA"), QStringLiteral("none"),
        };
        // clang-format on
        for (const QString &s : strings) {
            Q_ASSERT(s.size() <= MaxLength);
            // QStringView, not QString::utf16(): that would copy the literal to the heap
            // (to be sure of a final NUL), and every copy of it would then count references
            // in memory all threads share.
            size_t slot = hash(QStringView(s).utf16(), s.size());
            while (m_slots[slot])
                slot = (slot + 1) % m_slots.size();
            m_slots[slot] = &s;
        }
    }

    /// The shared copy of the ASCII text @p p (@p n bytes), or a null QString.
    QString find(const char *p, qsizetype n) const
    {
        if (n <= 0 || n > MaxLength)
            return {};
        for (size_t slot = hash(p, n); const QString *s = m_slots[slot];
             slot = (slot + 1) % m_slots.size()) {
            if (s->size() == n && std::equal(p, p + n, QStringView(*s).utf16()))
                return *s; // static data: the copy counts no reference
        }
        return {};
    }

private:
    static constexpr qsizetype MaxLength = 18;

    template<typename Char> static size_t hash(const Char *p, qsizetype n)
    {
        const auto at = [p](qsizetype i) {
            return size_t(p[i]);
        };
        return (size_t(n) * 31 + at(0) * 7 + at(n / 2) * 3 + at(n - 1)) % 256;
    }

    std::array<const QString *, 256> m_slots {};
};

const CommonStrings &commonStrings()
{
    static const CommonStrings common;
    return common;
}

/// Unescapes the inside of a string token already known to be valid JSON.
QString unescapeValid(const char *p, qsizetype n)
{
    // Member names and most values are short ASCII without escapes: Latin-1 is the quick way.
    bool ascii = true;
    bool escapes = false;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        ascii = ascii && b < 0x80;
        escapes = escapes || b == '\\';
    }
    if (!escapes && ascii) {
        QString shared = commonStrings().find(p, n);
        return shared.isNull() ? QString::fromLatin1(p, n) : shared;
    }
    if (!escapes)
        return QString::fromUtf8(p, n);
    QString out;
    out.reserve(n);
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < n) {
        if (p[i] != '\\') {
            ++i;
            continue;
        }
        out.append(QString::fromUtf8(p + runStart, i - runStart));
        const char e = p[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            out.append(QChar(0x08));
            break;
        case 'f':
            out.append(QChar(0x0c));
            break;
        case 'n':
            out.append(QChar(0x0a));
            break;
        case 'r':
            out.append(QChar(0x0d));
            break;
        case 't':
            out.append(QChar(0x09));
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = char16_t(unit * 16 + hexValue(p[i + k]));
            i += 4;
            if (QChar::isHighSurrogate(unit) && i + 5 < n && p[i] == '\\' && p[i + 1] == 'u') {
                char16_t low = 0;
                for (int k = 0; k < 4; ++k)
                    low = char16_t(low * 16 + hexValue(p[i + 2 + k]));
                if (QChar::isLowSurrogate(low)) {
                    out.append(QChar(unit));
                    out.append(QChar(low));
                    i += 6;
                    break;
                }
            }
            // RFC 8259 §8.2 lets a lone surrogate through the grammar; as text it is U+FFFD.
            out.append(QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit));
            break;
        }
        default: // '"', '\\', '/'
            out.append(QLatin1Char(e));
            break;
        }
        runStart = i;
    }
    out.append(QString::fromUtf8(p + runStart, n - runStart));
    return out;
}

/// The name of a member, from the inside of its valid string token: a common name (which
/// holds neither escapes nor non-ASCII bytes, so its bytes are its text) is found without
/// looking for them first.
QString memberName(const char *p, qsizetype n)
{
    QString shared = commonStrings().find(p, n);
    return shared.isNull() ? unescapeValid(p, n) : shared;
}

/// Bytes a string token may hold as they are: not a control character, quote, backslash or
/// the start of a multi-byte UTF-8 sequence (those take the slow path).
constexpr std::array<bool, 256> makePlainInString()
{
    std::array<bool, 256> table {};
    for (int b = 0x20; b < 0x80; ++b)
        table[size_t(b)] = b != '"' && b != '\\';
    return table;
}
constexpr std::array<bool, 256> plainInString = makePlainInString();

/// The member names seen so far in one object, for Duplicates::Reject. Small objects scan a
/// short list; big ones switch to a hash set so that checking stays linear.
class NameSet
{
public:
    void clear()
    {
        m_list.clear();
        m_set.clear();
    }
    /// false when @p name was already there
    bool insert(const QByteArray &name)
    {
        if (!m_set.isEmpty()) {
            const auto size = m_set.size();
            m_set.insert(name);
            return m_set.size() != size;
        }
        for (const QByteArray &seen : m_list) {
            if (seen == name)
                return false;
        }
        m_list.append(name);
        if (m_list.size() > 16) {
            for (const QByteArray &seen : m_list)
                m_set.insert(seen);
            m_list.clear();
        }
        return true;
    }

private:
    QVarLengthArray<QByteArray, 8> m_list;
    QSet<QByteArray> m_set;
};

/// The one JSON grammar of the project, as an explicit state machine with a fixed-size stack
/// of open containers (it never recurses). It reports each token to @p sink as
/// sink.token(kind, offset, length, depth) where depth is the number of containers open
/// around the token (a container's own brackets count as outside it).
template<typename Sink>
bool parse(QByteArrayView in, Json::Duplicates duplicates, Sink &sink, Failure &fail)
{
    const char *p = in.data();
    const qsizetype n = in.size();
    std::array<char, Json::MaxDepth> open {};
    QVarLengthArray<NameSet, 4> names;
    int depth = 0;
    enum class State {
        Value,
        ValueOrEndArray,
        NameOrEndObject,
        Name,
        Colon,
        After
    };
    State state = State::Value;
    qsizetype i = 0;

    const auto failAt = [&fail](qsizetype offset, Code code, unsigned char byte = 0) {
        fail.offset = offset;
        fail.code = code;
        fail.byte = byte;
        return false;
    };
    const auto invalidByte = [&](qsizetype at, Code otherwise) {
        const auto b = static_cast<unsigned char>(p[at]);
        if (b >= 0x80 && Utf8::sequenceLength(in, at) == 0)
            return failAt(at, Code::InvalidUtf8);
        return failAt(at, otherwise);
    };
    // Scans a string token starting at the quote at i; returns its length or 0 on failure.
    const auto scanString = [&](qsizetype start, bool *escaped) -> qsizetype {
        qsizetype j = start + 1;
        for (;;) {
            while (j + 4 <= n && plainInString[static_cast<unsigned char>(p[j])]
                   && plainInString[static_cast<unsigned char>(p[j + 1])]
                   && plainInString[static_cast<unsigned char>(p[j + 2])]
                   && plainInString[static_cast<unsigned char>(p[j + 3])])
                j += 4;
            while (j < n && plainInString[static_cast<unsigned char>(p[j])])
                ++j;
            if (j >= n) {
                failAt(start, Code::Unterminated);
                return 0;
            }
            const auto b = static_cast<unsigned char>(p[j]);
            if (b == '"')
                return j + 1 - start;
            if (b == '\\') {
                *escaped = true;
                if (j + 1 >= n) {
                    failAt(start, Code::Unterminated);
                    return 0;
                }
                const char e = p[j + 1];
                if (e == 'u') {
                    if (j + 5 >= n || !isHex(p[j + 2]) || !isHex(p[j + 3]) || !isHex(p[j + 4])
                        || !isHex(p[j + 5])) {
                        failAt(j, Code::BadUnicodeEscape);
                        return 0;
                    }
                    j += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                           || e == 'r' || e == 't') {
                    j += 2;
                } else {
                    failAt(j, Code::BadEscape, static_cast<unsigned char>(e));
                    return 0;
                }
            } else if (b < 0x20) {
                failAt(j, Code::ControlCharacter, b);
                return 0;
            } else {
                const int length = Utf8::sequenceLength(in, j);
                if (length == 0) {
                    failAt(j, Code::InvalidUtf8);
                    return 0;
                }
                j += length;
            }
        }
    };
    const auto close = [&](Tok kind) {
        --depth;
        sink.token(kind, i, 1, depth);
        ++i;
        state = State::After;
    };

    for (;;) {
        while (i < n && isSpace(p[i]))
            ++i;
        if (i >= n) {
            if (state == State::After && depth == 0)
                return true;
            return failAt(n, Code::UnexpectedEnd);
        }
        const char c = p[i];
        switch (state) {
        case State::After:
            if (depth == 0)
                return failAt(i, Code::Trailing);
            if (c == ',') {
                sink.token(Tok::Comma, i, 1, depth);
                ++i;
                state = open[depth - 1] == '{' ? State::Name : State::Value;
            } else if (open[depth - 1] == '{') {
                if (c != '}')
                    return invalidByte(i, Code::ExpectedCommaOrBrace);
                close(Tok::EndObject);
            } else {
                if (c != ']')
                    return invalidByte(i, Code::ExpectedCommaOrBracket);
                close(Tok::EndArray);
            }
            continue;
        case State::NameOrEndObject:
            if (c == '}') {
                close(Tok::EndObject);
                continue;
            }
            Q_FALLTHROUGH();
        case State::Name: {
            if (c != '"')
                return invalidByte(i, Code::ExpectedName);
            bool escaped = false;
            const qsizetype length = scanString(i, &escaped);
            if (length == 0)
                return false;
            if (duplicates == Json::Duplicates::Reject) {
                const QByteArray name = escaped ? unescapeValid(p + i + 1, length - 2).toUtf8()
                                                : QByteArray::fromRawData(p + i + 1, length - 2);
                if (!names[depth - 1].insert(name)) {
                    fail.name = unescapeValid(p + i + 1, length - 2);
                    return failAt(i, Code::Duplicate);
                }
            }
            sink.token(Tok::Name, i, length, depth);
            i += length;
            state = State::Colon;
            continue;
        }
        case State::Colon:
            if (c != ':')
                return invalidByte(i, Code::ExpectedColon);
            sink.token(Tok::Colon, i, 1, depth);
            ++i;
            state = State::Value;
            continue;
        case State::ValueOrEndArray:
            if (c == ']') {
                close(Tok::EndArray);
                continue;
            }
            Q_FALLTHROUGH();
        case State::Value:
            break;
        }

        // A value.
        switch (c) {
        case '{':
        case '[':
            if (depth >= Json::MaxDepth)
                return failAt(i, Code::TooDeep);
            sink.token(c == '{' ? Tok::BeginObject : Tok::BeginArray, i, 1, depth);
            if (c == '{' && duplicates == Json::Duplicates::Reject) {
                if (names.size() <= depth)
                    names.resize(depth + 1);
                names[depth].clear();
            }
            open[size_t(depth)] = c;
            ++depth;
            ++i;
            state = c == '{' ? State::NameOrEndObject : State::ValueOrEndArray;
            continue;
        case '"': {
            bool escaped = false;
            const qsizetype length = scanString(i, &escaped);
            if (length == 0)
                return false;
            sink.token(Tok::String, i, length, depth);
            i += length;
            break;
        }
        case 't':
        case 'f':
        case 'n': {
            const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            const qsizetype length = qsizetype(std::strlen(word));
            if (n - i < length || std::memcmp(p + i, word, size_t(length)) != 0)
                return failAt(i, Code::ExpectedValue);
            sink.token(c == 't' ? Tok::True : c == 'f' ? Tok::False : Tok::Null, i, length, depth);
            i += length;
            break;
        }
        default: {
            if (c != '-' && !isDigit(c))
                return invalidByte(i, Code::ExpectedValue);
            qsizetype j = i;
            if (p[j] == '-')
                ++j;
            if (j >= n || !isDigit(p[j]))
                return failAt(j, Code::ExpectedDigit);
            if (p[j] == '0') {
                ++j;
                if (j < n && isDigit(p[j]))
                    return failAt(j, Code::LeadingZero);
            } else {
                while (j < n && isDigit(p[j]))
                    ++j;
            }
            if (j < n && p[j] == '.') {
                ++j;
                if (j >= n || !isDigit(p[j]))
                    return failAt(j, Code::ExpectedDigit);
                while (j < n && isDigit(p[j]))
                    ++j;
            }
            if (j < n && (p[j] == 'e' || p[j] == 'E')) {
                ++j;
                if (j < n && (p[j] == '+' || p[j] == '-'))
                    ++j;
                if (j >= n || !isDigit(p[j]))
                    return failAt(j, Code::ExpectedDigit);
                while (j < n && isDigit(p[j]))
                    ++j;
            }
            sink.token(Tok::Number, i, j - i, depth);
            i = j;
            break;
        }
        }
        state = State::After;
    }
}

struct NullSink
{
    void token(Tok, qsizetype, qsizetype, int) { }
};

/// Writes the tokens back, compact (indent < 0) or one member or element per line.
class FormatSink
{
public:
    FormatSink(QByteArrayView in, int indent)
        : m_in(in)
        , m_indent(indent)
    {
        m_out.reserve(indent < 0 ? in.size() : in.size() + in.size() / 2 + 16);
    }
    void token(Tok kind, qsizetype offset, qsizetype length, int depth)
    {
        if (m_indent < 0) {
            m_out.append(m_in.data() + offset, length);
            return;
        }
        switch (kind) {
        case Tok::EndObject:
        case Tok::EndArray:
            if (m_lineBreak) // right after the opening bracket: empty, stays "{}" / "[]"
                m_lineBreak = false;
            else
                newLine(depth);
            m_out.append(m_in.at(offset));
            return;
        case Tok::Comma:
            m_out.append(',');
            m_lineBreak = true;
            return;
        case Tok::Colon:
            m_out.append(": ", 2);
            return;
        default:
            break;
        }
        if (m_lineBreak) {
            newLine(depth);
            m_lineBreak = false;
        }
        m_out.append(m_in.data() + offset, length);
        if (kind == Tok::BeginObject || kind == Tok::BeginArray)
            m_lineBreak = true;
    }
    QByteArray take() { return std::move(m_out); }

private:
    void newLine(int depth)
    {
        m_out.append('\n');
        m_out.append(QByteArray::size_type(depth) * m_indent, ' ');
    }

    QByteArrayView m_in;
    int m_indent;
    QByteArray m_out;
    bool m_lineBreak = false;
};

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
                          const QList<QStringView> *names);

} // namespace

namespace Json {

Error validate(QByteArrayView utf8, Duplicates duplicates)
{
    NullSink sink;
    Failure fail;
    if (parse(utf8, duplicates, sink, fail))
        return {};
    return toError(fail);
}

Formatted pretty(QByteArrayView utf8, int indent)
{
    FormatSink sink(utf8, qMax(indent, 0));
    Failure fail;
    Formatted result;
    if (parse(utf8, Duplicates::Allow, sink, fail))
        result.text = sink.take();
    else
        result.error = toError(fail);
    return result;
}

Formatted compact(QByteArrayView utf8)
{
    FormatSink sink(utf8, -1);
    Failure fail;
    Formatted result;
    if (parse(utf8, Duplicates::Allow, sink, fail))
        result.text = sink.take();
    else
        result.error = toError(fail);
    return result;
}

QList<Span> spans(QStringView text)
{
    QList<Span> result;
    const qsizetype n = text.size();
    result.reserve(n / 4 + 1);
    const auto at = [&text](qsizetype i) {
        return text.at(i).unicode();
    };
    const auto space = [](char16_t c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    };
    const auto digitLike = [](char16_t c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    const auto letter = [](char16_t c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = at(i);
        if (space(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        switch (c) {
        case '{':
        case '}':
        case '[':
        case ']':
        case ',':
        case ':':
            result.append({start, 1, SpanKind::Punctuation});
            ++i;
            continue;
        case '"': {
            ++i;
            while (i < n && at(i) != '"') {
                i += at(i) == '\\' ? 2 : 1;
            }
            i = qMin(n, i + 1);
            qsizetype next = i;
            while (next < n && space(at(next)))
                ++next;
            const bool name = next < n && at(next) == ':';
            result.append({start, i - start, name ? SpanKind::MemberName : SpanKind::String});
            // The whitespace just looked at is skipped again by the main loop: still linear.
            continue;
        }
        default:
            break;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            while (i < n && digitLike(at(i)))
                ++i;
            const QByteArray number = text.sliced(start, i - start).toLatin1();
            const bool ok = !validate(number).isError();
            result.append({start, i - start, ok ? SpanKind::Number : SpanKind::Error});
            continue;
        }
        if (letter(c)) {
            while (i < n && letter(at(i)))
                ++i;
            const QStringView word = text.sliced(start, i - start);
            const bool keyword = word == u"true" || word == u"false" || word == u"null";
            result.append({start, i - start, keyword ? SpanKind::Keyword : SpanKind::Error});
            continue;
        }
        // Anything else: one Error span over the run of characters that start no token.
        while (i < n) {
            const char16_t d = at(i);
            if (space(d) || d == '{' || d == '}' || d == '[' || d == ']' || d == ',' || d == ':'
                || d == '"' || d == '-' || (d >= '0' && d <= '9') || letter(d))
                break;
            ++i;
        }
        result.append({start, i - start, SpanKind::Error});
    }
    return result;
}

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

} // namespace Json

namespace {

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

QString unescape(QByteArrayView quoted)
{
    if (quoted.size() < 2 || quoted.front() != '"')
        return {};
    NullSink sink;
    Failure fail;
    // The string must be exactly one valid JSON string token.
    if (!parse(quoted, Duplicates::Allow, sink, fail))
        return {};
    if (quoted.back() != '"')
        return {};
    return unescapeValid(quoted.data() + 1, quoted.size() - 2);
}

QByteArray quote(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    static const char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (b < 0x20 || b == 0x7f) {
                const char escape[] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 15]};
                out.append(escape, 6);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace Json
