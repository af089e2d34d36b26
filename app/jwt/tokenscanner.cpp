// SPDX-License-Identifier: MIT
#include "tokenscanner.h"

#include "json.h"
#include "token.h"

#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace {

enum CharClass : unsigned char {
    Other,
    UrlChar, ///< [A-Za-z0-9_-]
    Dot,
    LineFeed,
};

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> table {};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_')
            table[size_t(c)] = UrlChar;
    }
    table['.'] = Dot;
    table['\n'] = LineFeed;
    return table;
}
constexpr std::array<unsigned char, 256> classes = makeClasses();

constexpr std::array<signed char, 256> makeSextets()
{
    std::array<signed char, 256> table {};
    for (auto &v : table)
        v = -1;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 64; ++i)
        table[size_t(static_cast<unsigned char>(alphabet[i]))] = static_cast<signed char>(i);
    return table;
}
constexpr std::array<signed char, 256> sextets = makeSextets();

/// How far left of a token its context is looked for (besides the line start and the end of
/// the previous hit, which keep the scan linear).
constexpr qsizetype ContextReach = 8 * 1024;
/// Longest name read for a header, parameter, cookie or JSON member.
constexpr qsizetype NameReach = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

bool isQuote(char c)
{
    return c == '"' || c == '\'';
}

bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// A header name (RFC 9110 token, restricted to what names are made of in practice).
bool isHeaderNameChar(char c)
{
    return classes[static_cast<unsigned char>(c)] == UrlChar;
}

/// A parameter or cookie name: the URL alphabet plus what form encoding and PHP-style
/// arrays add.
bool isParameterNameChar(char c)
{
    return isHeaderNameChar(c) || c == '.' || c == '~' || c == '%' || c == '+' || c == '['
            || c == ']' || c == '$';
}

/// A character of a `name=value` pair in a query string or a cookie list.
bool isPairChar(char c, char separator)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f && c != separator && c != '?' && c != '#' && !isQuote(c)
            && c != '<' && c != '>';
}

bool endsWithNoCase(QByteArrayView text, qsizetype end, const char *word)
{
    const auto length = qsizetype(std::strlen(word));
    if (end < length)
        return false;
    return text.sliced(end - length, length)
                   .compare(QByteArrayView(word, length), Qt::CaseInsensitive)
            == 0;
}

class Scanner
{
public:
    Scanner(QByteArrayView text, TokenScanner::Hint hint)
        : m_text(text)
        , m_hint(hint)
    { }

    TokenScanner::Output run();

private:
    struct SegmentBounds
    {
        qsizetype start;
        qsizetype end;
    };

    char at(qsizetype i) const { return m_text.at(i); }
    void scanRun(qsizetype start, qsizetype end);
    /// The number of segments a token starting at segment @p k takes (3 or 5), or 0.
    int tryToken(const QVarLengthArray<SegmentBounds, 8> &segments, qsizetype k, qsizetype skip);
    /// Whether @p segment may be a header: decodes to a JSON object with a string `alg`;
    /// @p jwe is set when it also has `enc`.
    bool isHeader(QByteArrayView segment, bool &jwe) const;

    TokenPlace::Step context(qsizetype start) const;
    TokenPlace::Step parameterContext(qsizetype equals, qsizetype low) const;
    bool startsHeaderLine(qsizetype nameStart, qsizetype low) const;
    /// The text before @p end is the command-line option @p option (after a space or at a
    /// line start), as in curl's `-H`, `-b`, `--cookie`.
    bool endsWithOption(qsizetype end, const char *option) const;
    /// The previous hit is on this line and ends at @p low: what it was continues.
    bool continuesPrevious(qsizetype position, qsizetype low) const
    {
        return position == low && m_previousEnd >= m_lineStart && low == m_previousEnd;
    }

    QByteArrayView m_text;
    TokenScanner::Hint m_hint;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    qsizetype m_previousEnd = -1;
    TokenPlace::Step m_previousStep;
    QList<TokenScanner::Hit> m_hits;
};

TokenScanner::Output Scanner::run()
{
    const qsizetype size = m_text.size();
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_text.data());
    qsizetype i = 0;
    while (i < size) {
        const unsigned char kind = classes[bytes[i]];
        if (kind == Other) {
            ++i;
            continue;
        }
        if (kind == LineFeed) {
            ++m_line;
            m_lineStart = ++i;
            continue;
        }
        // A run of base64url characters and dots: a token needs two dots at least.
        const qsizetype start = i;
        int dots = 0;
        while (i < size) {
            const unsigned char k = classes[bytes[i]];
            if (k == UrlChar) {
                ++i;
            } else if (k == Dot) {
                ++dots;
                ++i;
            } else {
                break;
            }
        }
        if (dots >= 2)
            scanRun(start, i);
    }

    TokenScanner::Output output;
    output.hits = std::move(m_hits);
    qsizetype last = size;
    while (last > 0 && (isSpace(at(last - 1)) || at(last - 1) == '\n'))
        --last;
    output.multiline = m_text.first(last).contains('\n');
    return output;
}

void Scanner::scanRun(qsizetype start, qsizetype end)
{
    QVarLengthArray<SegmentBounds, 8> segments;
    qsizetype segmentStart = start;
    for (qsizetype i = start; i < end; ++i) {
        if (at(i) == '.') {
            segments.append({segmentStart, i});
            segmentStart = i + 1;
        }
    }
    segments.append({segmentStart, end});

    // A token inside percent-encoded text (`%3DeyJ…`) starts after the two hex digits.
    const bool percent = start > 0 && at(start - 1) == '%';
    for (qsizetype k = 0; k + 3 <= segments.size();) {
        int taken = tryToken(segments, k, 0);
        if (!taken && k == 0 && percent && segments[0].end - start > 2 && isHex(at(start))
            && isHex(at(start + 1)))
            taken = tryToken(segments, k, 2);
        k += taken ? taken : 1;
    }
}

bool Scanner::isHeader(QByteArrayView segment, bool &jwe) const
{
    if (segment.size() < 4 || segment.size() % 4 == 1)
        return false;
    // The first byte decides most candidates: a JSON object starts with '{' (or whitespace).
    const int first = (sextets[static_cast<unsigned char>(segment.at(0))] << 2)
            | (sextets[static_cast<unsigned char>(segment.at(1))] >> 4);
    if (first != '{' && first != ' ' && first != '\t' && first != '\n' && first != '\r')
        return false;
    const QByteArray decoded = QByteArray::fromBase64(
            QByteArray::fromRawData(segment.data(), segment.size()), QByteArray::Base64UrlEncoding);
    static const QList<QStringView> names {u"alg", u"enc"};
    const Json::Object header = Json::readObject(decoded, Json::Duplicates::Allow, names);
    if (!header.isObject)
        return false;
    const Json::Member *alg = header.find(u"alg");
    if (!alg || alg->kind != Json::ValueKind::String)
        return false;
    jwe = header.find(u"enc") != nullptr;
    return true;
}

int Scanner::tryToken(const QVarLengthArray<SegmentBounds, 8> &segments, qsizetype k,
                      qsizetype skip)
{
    const qsizetype start = segments[k].start + skip;
    bool jwe = false;
    if (!isHeader(m_text.sliced(start, segments[k].end - start), jwe))
        return 0;
    const int parts = jwe ? 5 : 3;
    if (k + parts > segments.size())
        return 0;
    const qsizetype end = segments[k + parts - 1].end;
    // Standard base64 or padding goes on where base64url stops: not a token, but a
    // malformed one cut short ('/' may follow: a token in a URL path).
    if (end < m_text.size() && (at(end) == '+' || at(end) == '='))
        return 0;
    const Token token = Token::parse(m_text.sliced(start, end - start));
    if (!token.isWellFormed() || token.form() != (jwe ? Token::Form::Jwe : Token::Form::Jws))
        return 0;

    TokenScanner::Hit hit;
    hit.offset = start;
    hit.length = end - start;
    hit.kind = jwe ? FoundToken::Kind::Jwe : FoundToken::Kind::Jws;
    hit.line = m_line;
    hit.step = context(start);
    m_hits.append(hit);
    m_previousEnd = end;
    m_previousStep = hit.step;
    return parts;
}

TokenPlace::Step Scanner::context(qsizetype start) const
{
    using Kind = TokenPlace::Kind;
    qsizetype low = std::max(m_lineStart, start - ContextReach);
    if (m_previousEnd >= m_lineStart)
        low = std::max(low, m_previousEnd);

    qsizetype p = start;
    bool quoted = false;
    if (p > low && isQuote(at(p - 1))) {
        quoted = true;
        --p;
    }
    if (p > low && at(p - 1) == '=')
        return parameterContext(p - 1, low);

    // `Bearer TOKEN`, `"Bearer TOKEN"`: an authorization scheme.
    bool scheme = false;
    if (!quoted) {
        qsizetype r = p;
        while (r > low && isSpace(at(r - 1)))
            --r;
        qsizetype w = r;
        while (w > low && r - w < 8 && isAlpha(at(w - 1)))
            --w;
        const QByteArrayView word = m_text.sliced(w, r - w);
        if (r < p && !word.isEmpty()
            && (word.compare("Bearer", Qt::CaseInsensitive) == 0
                || word.compare("DPoP", Qt::CaseInsensitive) == 0
                || word.compare("JWT", Qt::CaseInsensitive) == 0)) {
            scheme = true;
            p = w;
            if (p > low && isQuote(at(p - 1)))
                --p;
        }
    }

    // `Name: TOKEN`, `"name": "TOKEN"`.
    qsizetype r = p;
    while (r > low && isSpace(at(r - 1)))
        --r;
    if (r > low && at(r - 1) == ':') {
        qsizetype n = r - 1;
        while (n > low && isSpace(at(n - 1)))
            --n;
        if (n > low && at(n - 1) == '"') {
            const qsizetype nameEnd = n - 1;
            qsizetype q = nameEnd;
            while (q > low && nameEnd - q < NameReach && at(q - 1) != '"')
                --q;
            if (q > low && at(q - 1) == '"' && q < nameEnd) {
                const QString name = QString::fromUtf8(m_text.sliced(q, nameEnd - q));
                if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
                    return {Kind::Header, name};
                return {Kind::Json, name};
            }
        } else {
            const qsizetype nameEnd = n;
            while (n > low && nameEnd - n < NameReach && isHeaderNameChar(at(n - 1)))
                --n;
            if (n < nameEnd) {
                // `Name: value` is a header at the start of a line, after curl's -H, or with
                // an authorization scheme; in the middle of a log message ("refresh
                // failed: TOKEN") the word before the colon names nothing.
                const QString name = QString::fromLatin1(m_text.sliced(n, nameEnd - n));
                if (scheme || name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0
                    || startsHeaderLine(n, low))
                    return {Kind::Header, name};
            }
        }
    }
    return {Kind::Text, QString()};
}

/// Whether the name at @p nameStart begins a header: at the start of its line (after
/// spaces or a quote), or after curl's `-H` / `--header`.
bool Scanner::startsHeaderLine(qsizetype nameStart, qsizetype low) const
{
    qsizetype k = nameStart;
    if (k > low && isQuote(at(k - 1)))
        --k;
    const qsizetype afterSpaces = k;
    while (k > low && isSpace(at(k - 1)))
        --k;
    if (k == m_lineStart)
        return true;
    return k < afterSpaces && (endsWithOption(k, "-H") || endsWithOption(k, "--header"));
}

bool Scanner::endsWithOption(qsizetype end, const char *option) const
{
    const auto length = qsizetype(std::strlen(option));
    if (end < length || m_text.sliced(end - length, length) != QByteArrayView(option, length))
        return false;
    const qsizetype before = end - length;
    return before == 0 || isSpace(at(before - 1)) || at(before - 1) == '\n';
}

TokenPlace::Step Scanner::parameterContext(qsizetype equals, qsizetype low) const
{
    using Kind = TokenPlace::Kind;
    qsizetype n = equals;
    while (n > low && equals - n < NameReach && isParameterNameChar(at(n - 1)))
        --n;
    if (n == equals)
        return {Kind::Text, QString()};
    const QString name = QString::fromUtf8(m_text.sliced(n, equals - n));

    // A query string or a fragment: `?a=b&name=`, `#a=b&name=`.
    qsizetype k = n;
    bool ampersand = false;
    while (k > low && at(k - 1) == '&') {
        ampersand = true;
        --k;
        while (k > low && isPairChar(at(k - 1), '&'))
            --k;
    }
    if (k > low && at(k - 1) == '?')
        return {Kind::Query, name};
    if (k > low && at(k - 1) == '#')
        return {Kind::Fragment, name};
    const Kind previous = m_previousStep.kind;
    if (ampersand && continuesPrevious(k, low)
        && (previous == Kind::Query || previous == Kind::Fragment || previous == Kind::Parameter))
        return {previous, name};

    // A cookie list: `Cookie: a=b; name=`, `Set-Cookie: name=`, curl `-b 'a=b; name='`.
    k = n;
    bool semicolon = false;
    for (;;) {
        qsizetype j = k;
        while (j > low && isSpace(at(j - 1)))
            --j;
        if (j <= low || at(j - 1) != ';')
            break;
        semicolon = true;
        --j;
        while (j > low && isSpace(at(j - 1)))
            --j;
        while (j > low && isPairChar(at(j - 1), ';'))
            --j;
        k = j;
    }
    qsizetype m = k;
    while (m > low && isSpace(at(m - 1)))
        --m;
    if (m > low && isQuote(at(m - 1))) {
        --m;
        while (m > low && isSpace(at(m - 1)))
            --m;
    } else if (m > low && at(m - 1) == '=') {
        --m; // --cookie=a=b
    }
    if (endsWithNoCase(m_text, m, "set-cookie:"))
        return {Kind::SetCookie, name};
    if (endsWithNoCase(m_text, m, "cookie:") || endsWithOption(m, "-b")
        || endsWithOption(m, "--cookie"))
        return {Kind::Cookie, name};
    if (semicolon && continuesPrevious(k, low)
        && (previous == Kind::Cookie || previous == Kind::SetCookie))
        return {previous, name};
    // The whole text is one field whose meaning the caller knows (a HAR header's value).
    if (m == 0 && m_hint == TokenScanner::Hint::CookieHeader)
        return {Kind::Cookie, name};
    if (m == 0 && m_hint == TokenScanner::Hint::SetCookieHeader)
        return {Kind::SetCookie, name};
    return {Kind::Parameter, name};
}

} // namespace

namespace TokenScanner {

Output scan(QByteArrayView text, Hint hint)
{
    return Scanner(text, hint).run();
}

} // namespace TokenScanner
