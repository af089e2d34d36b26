// SPDX-License-Identifier: MIT
// Json::spans: the tolerant lexing the highlighter and hover use.
#include "json.h"

#include <QByteArray>

namespace Json {

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

} // namespace Json
