// SPDX-License-Identifier: MIT
// Json::pretty: the lexer's tokens written back one member or element per line.
#include "json.h"
#include "jsonlexer.h"

namespace {

using Json::Lexer::Tok;

/// Writes the tokens back one member or element per line, @p indent spaces per level.
class PrettySink
{
public:
    PrettySink(QByteArrayView in, int indent)
        : m_in(in)
        , m_indent(indent)
    {
        m_out.reserve(in.size() + in.size() / 2 + 16);
    }
    void token(Tok kind, qsizetype offset, qsizetype length, int depth)
    {
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

} // namespace

namespace Json {

Formatted pretty(QByteArrayView utf8, int indent)
{
    PrettySink sink(utf8, qMax(indent, 0));
    Lexer::Failure fail;
    Formatted result;
    if (Lexer::parse(utf8, Duplicates::Allow, sink, fail))
        result.text = sink.take();
    else
        result.error = Lexer::toError(fail);
    return result;
}

} // namespace Json
