// SPDX-License-Identifier: MIT
// Json::compact: the lexer's tokens written back without the whitespace between them.
#include "json.h"
#include "jsonlexer.h"

namespace {

using Json::Lexer::Tok;

/// Writes every token back as it was written, and nothing between them.
class CompactSink
{
public:
    explicit CompactSink(QByteArrayView in)
        : m_in(in)
    {
        m_out.reserve(in.size());
    }
    void token(Tok, qsizetype offset, qsizetype length, int)
    {
        m_out.append(m_in.data() + offset, length);
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArrayView m_in;
    QByteArray m_out;
};

} // namespace

namespace Json {

Formatted compact(QByteArrayView utf8)
{
    CompactSink sink(utf8);
    Lexer::Failure fail;
    Formatted result;
    if (Lexer::parse(utf8, Duplicates::Allow, sink, fail))
        result.text = sink.take();
    else
        result.error = Lexer::toError(fail);
    return result;
}

} // namespace Json
