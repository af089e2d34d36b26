// SPDX-License-Identifier: MIT
// The lexer's error messages, and Json::validate. The grammar itself is in jsonlexer.h.
#include "jsonlexer.h"

#include <QCoreApplication>

namespace Json::Lexer {

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
        e.message = QCoreApplication::translate("Json", "unexpected end of text");
        break;
    case Code::ExpectedValue:
        e.message = QCoreApplication::translate("Json", "expected a value");
        break;
    case Code::ExpectedName:
        e.message = QCoreApplication::translate("Json", "expected a member name in double quotes");
        break;
    case Code::ExpectedColon:
        e.message = QCoreApplication::translate("Json", "expected ':'");
        break;
    case Code::ExpectedCommaOrBrace:
        e.message = QCoreApplication::translate("Json", "expected ',' or '}'");
        break;
    case Code::ExpectedCommaOrBracket:
        e.message = QCoreApplication::translate("Json", "expected ',' or ']'");
        break;
    case Code::Trailing:
        e.message = QCoreApplication::translate("Json", "trailing characters after the JSON value");
        break;
    case Code::Unterminated:
        e.message = QCoreApplication::translate("Json", "unterminated string");
        break;
    case Code::ControlCharacter:
        e.message = QCoreApplication::translate("Json", "control character U+%1 in a string")
                            .arg(QString::number(f.byte, 16).toUpper().rightJustified(4, u'0'));
        break;
    case Code::BadEscape:
        if (f.byte >= 0x20 && f.byte < 0x7f)
            e.message = QCoreApplication::translate("Json", "invalid escape '\\%1'")
                                .arg(QLatin1Char(char(f.byte)));
        else
            e.message = QCoreApplication::translate("Json", "invalid escape");
        break;
    case Code::BadUnicodeEscape:
        e.message = QCoreApplication::translate("Json",
                                                "invalid \\u escape (four hex digits expected)");
        break;
    case Code::InvalidUtf8:
        e.message = QCoreApplication::translate("Json", "invalid UTF-8");
        break;
    case Code::ExpectedDigit:
        e.message = QCoreApplication::translate("Json", "invalid number: expected a digit");
        break;
    case Code::LeadingZero:
        e.message = QCoreApplication::translate("Json",
                                                "invalid number: leading zeros are not allowed");
        break;
    case Code::TooDeep:
        e.message = QCoreApplication::translate("Json", "nesting deeper than %1 levels")
                            .arg(Json::MaxDepth);
        break;
    case Code::Duplicate:
        e.message = QCoreApplication::translate("Json", "repeated member name \"%1\"").arg(f.name);
        break;
    }
    return e;
}

} // namespace Json::Lexer

namespace Json {

Error validate(QByteArrayView utf8, Duplicates duplicates)
{
    Lexer::NullSink sink;
    Lexer::Failure fail;
    if (Lexer::parse(utf8, duplicates, sink, fail))
        return {};
    return Lexer::toError(fail);
}

} // namespace Json
