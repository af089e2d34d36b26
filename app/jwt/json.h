// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

/// The one small JSON lexer of the project (design.md): validation with offsets,
/// pretty-printing, compaction and highlighter spans. It never re-spells a token:
/// member order, string escapes and number spellings (`1.50`, `1e3`,
/// `12345678901234567890`) are copied byte for byte. QJsonDocument may read values,
/// but never produces text that gets encoded.
namespace Json {

constexpr int MaxDepth = 512;

/// Why and where a text is not JSON. @c offset is a byte offset into the UTF-8 text.
struct Error
{
    /// What kind of problem, for callers that treat some differently (e.g. a token payload
    /// that is not JSON is shown as a string, but one nested too deep is refused).
    enum class Kind {
        None,
        Syntax,
        InvalidUtf8,
        ControlCharacter,
        TooDeep,
        Duplicate
    };
    Kind kind = Kind::None;
    qsizetype offset = -1;
    QString message; ///< e.g. "expected ',' or '}'" (translatable, without the offset)
    bool isError() const { return offset >= 0; }
};

enum class Duplicates {
    Allow,
    Reject
};

/// Validates one RFC 8259 JSON value with optional surrounding whitespace. Errors: syntax,
/// invalid UTF-8, control characters in strings, nesting deeper than MaxDepth, and with
/// Duplicates::Reject a member name repeated within one object. Never recurses.
Error validate(QByteArrayView utf8, Duplicates duplicates = Duplicates::Allow);

struct Formatted
{
    QByteArray text; ///< empty when error is set
    Error error;
};

/// Re-indents with @p indent spaces per level, `"name": value`, "\n" line ends;
/// empty objects and arrays stay `{}` / `[]`. Every token is copied unchanged.
Formatted pretty(QByteArrayView utf8, int indent = 2);

/// Removes insignificant whitespace only. compact(pretty(x)) == compact(x).
Formatted compact(QByteArrayView utf8);

enum class SpanKind {
    Punctuation,
    MemberName,
    String,
    Number,
    Keyword,
    Error
};

struct Span
{
    qsizetype offset = 0; ///< in the units of the input (UTF-16 code units for QStringView)
    qsizetype length = 0;
    SpanKind kind = SpanKind::Error;
};

/// Tolerant lexing for highlighting and hover: never fails and never stops early; characters
/// that cannot start a token become Error spans. A string is a MemberName when the next
/// non-space character after it is ':'. A string left open at the end of the text runs to
/// its end.
QList<Span> spans(QStringView text);

enum class ValueKind {
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null
};

struct Member
{
    QString name; ///< unescaped
    qsizetype nameOffset = 0; ///< byte offset of the name's opening quote
    ValueKind kind = ValueKind::Null;
    QByteArray raw; ///< the value exactly as written (strings with their quotes)
    qsizetype valueOffset = 0; ///< byte offset of the value's first byte

    QString string() const; ///< unescaped value of a String member, else empty
    bool isNumber() const { return kind == ValueKind::Number; }
    double number() const; ///< value of a Number member (may lose precision), else 0
};

/// The top-level members of a JSON object, in document order, duplicates kept.
struct Object
{
    bool isObject = false; ///< the text is valid JSON and its value is an object
    Error error; ///< set when the text is not valid JSON
    QList<Member> members;

    /// The member called @p name; when repeated, the last one (RFC 7519 §4).
    const Member *find(QStringView name) const;
    /// Names that occur more than once, each once, in order of their second occurrence.
    QList<const Member *> duplicates() const;
};

/// Validates (Duplicates::Allow) and reads the top-level members.
Object readObject(QByteArrayView utf8);
/// The same in one pass, with Duplicates::Reject making a repeated name in any object an error.
Object readObject(QByteArrayView utf8, Duplicates duplicates);
/// The same, keeping only the members called one of @p names (every occurrence, in order):
/// for a caller that needs a few members of many documents, the others cost no copy. The
/// whole text is still validated, and the names compare as unescaped text.
Object readObject(QByteArrayView utf8, Duplicates duplicates, const QList<QStringView> &names);

/// The elements of a JSON array in order (as Members with an empty name and nameOffset -1);
/// empty when @p utf8 is not a valid JSON array.
QList<Member> readArray(QByteArrayView utf8);

/// Unescapes a JSON string token written with its quotes; invalid input gives an empty string.
/// A lone surrogate escape such as `\uD800` is valid JSON (RFC 8259 §8.2) and becomes U+FFFD.
QString unescape(QByteArrayView quoted);

/// Quotes and escapes @p text as a JSON string (for text we produce, e.g. a new `alg`).
QByteArray quote(QStringView text);

} // namespace Json

Q_DECLARE_TYPEINFO(Json::Span, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(Json::Member, Q_RELOCATABLE_TYPE);
