// SPDX-License-Identifier: MIT
#pragma once

// Private to app/jwt: the one JSON lexer (design.md) that Json::validate, pretty, compact,
// readObject, readArray and unescape share. Each of them instantiates parse() with its own
// sink in its own file, so the sink's token() is inlined into the grammar as before.

#include "json.h"
#include "jsonstrings.h"
#include "utf8.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace Json::Lexer {

/// The tokens parse() reports; a member name is a Name, every other string a String.
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

/// Why a text is not JSON; toError() puts it into words.
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

/// The error a failure describes, with its translated message (jsonlexer.cpp).
Json::Error toError(const Failure &f);

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

/// Bytes a string token may hold as they are: not a control character, quote, backslash or
/// the start of a multi-byte UTF-8 sequence (those take the slow path).
constexpr std::array<bool, 256> makePlainInString()
{
    std::array<bool, 256> table {};
    for (int b = 0x20; b < 0x80; ++b)
        table[size_t(b)] = b != '"' && b != '\\';
    return table;
}
inline constexpr std::array<bool, 256> plainInString = makePlainInString();

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
                const QByteArray name = escaped
                        ? Strings::unescapeValid(p + i + 1, length - 2).toUtf8()
                        : QByteArray::fromRawData(p + i + 1, length - 2);
                if (!names[depth - 1].insert(name)) {
                    fail.name = Strings::unescapeValid(p + i + 1, length - 2);
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

} // namespace Json::Lexer
