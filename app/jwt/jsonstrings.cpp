// SPDX-License-Identifier: MIT
// String tokens: the common names and values shared instead of allocated, unescaping, and
// Json::unescape and Json::quote.
#include "jsonstrings.h"

#include "json.h"
#include "jsonlexer.h"

#include <algorithm>
#include <array>

namespace {

using Json::Lexer::isDigit;

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
/// values of `typ` and `alg` (RFC 7518 §3.1, RFC 8037, RFC 9864).
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
            QStringLiteral("EdDSA"), QStringLiteral("Ed25519"), QStringLiteral("Ed448"),
            QStringLiteral("none"),
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

} // namespace

namespace Json::Strings {

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

QString memberName(const char *p, qsizetype n)
{
    QString shared = commonStrings().find(p, n);
    return shared.isNull() ? unescapeValid(p, n) : shared;
}

} // namespace Json::Strings

namespace Json {

QString unescape(QByteArrayView quoted)
{
    if (quoted.size() < 2 || quoted.front() != '"')
        return {};
    Lexer::NullSink sink;
    Lexer::Failure fail;
    // The string must be exactly one valid JSON string token.
    if (!Lexer::parse(quoted, Duplicates::Allow, sink, fail))
        return {};
    if (quoted.back() != '"')
        return {};
    return Strings::unescapeValid(quoted.data() + 1, quoted.size() - 2);
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
