// SPDX-License-Identifier: MIT
// The contents checks of Findings::review(): sensitive member names, card numbers and big
// integers anywhere in the payload.
#include "findingschecks.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <utility>

namespace {

using Findings::Checks::shown;
using Severity = Finding::Severity;

/// Luhn checksum over a string of ASCII digits.
bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/// The digits of a card-number-like value (13–19 digits, spaces or dashes between groups,
/// starting with a major issuer's digit 2–6 so that timestamps do not match), else empty.
QString cardDigits(QStringView text)
{
    if (text.size() > 40)
        return {};
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    if (digits.size() < 13 || digits.size() > 19)
        return {};
    if (digits.front() < QLatin1Char('2') || digits.front() > QLatin1Char('6'))
        return {};
    return passesLuhn(digits) ? digits : QString();
}

/// A member name that suggests a secret or personal data. (Called for every member of a
/// payload, so it allocates nothing: a payload can have 300 000 of them.)
bool looksSensitive(QStringView name)
{
    // Words of the name: split at non-alphanumerics and at camelCase humps, lower-cased
    // and joined ("squashed"), each word a range of it.
    QVarLengthArray<char16_t, 64> squashed;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> words;
    qsizetype wordStart = 0;
    bool inWord = false;
    bool previousUpper = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (inWord)
                words.append({wordStart, squashed.size()});
            inWord = false;
            continue;
        }
        // A hump: "userPin" → user|pin, and after an acronym "IBANNumber" → iban|number.
        const bool nextLower = i + 1 < name.size() && name.at(i + 1).isLower();
        if (c.isUpper() && inWord && (!previousUpper || nextLower)) {
            words.append({wordStart, squashed.size()});
            wordStart = squashed.size();
        }
        if (!inWord) {
            wordStart = squashed.size();
            inWord = true;
        }
        previousUpper = c.isUpper();
        const char16_t u = c.unicode();
        squashed.append(u < 0x80 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u)
                                 : c.toLower().unicode());
    }
    if (inWord)
        words.append({wordStart, squashed.size()});
    const QStringView all(squashed.constData(), squashed.size());

    static const QLatin1String fragments[] = {
            QLatin1String("password"),
            QLatin1String("passwd"),
            QLatin1String("passphrase"),
            QLatin1String("pwd"),
            QLatin1String("secret"),
            QLatin1String("creditcard"),
            QLatin1String("cardnumber"),
            QLatin1String("ccnumber"),
            QLatin1String("cvv"),
            QLatin1String("cvc"),
            QLatin1String("apikey"),
            QLatin1String("privatekey"),
            QLatin1String("socialsecurity"),
    };
    // One pass over the name, trying the fragments only where one could start: searching
    // for each fragment in turn was half the time of reviewing a big payload.
    for (qsizetype i = 0; i < all.size(); ++i) {
        const char16_t c = all.at(i).unicode();
        if (c != u'p' && c != u's' && c != u'c' && c != u'a')
            continue;
        const QStringView rest = all.mid(i);
        for (const QLatin1String &f : fragments) {
            if (f.front() == QLatin1Char(char(c)) && rest.startsWith(f))
                return true;
        }
    }
    // Short ones only as whole words ("classname" holds "ssn").
    static const char *const wholeWords[] = {"ssn", "pin", "pan", "iban"};
    for (const auto &[from, to] : words) {
        const QStringView word = all.mid(from, to - from);
        for (const char *w : wholeWords) {
            if (word == QLatin1String(w))
                return true;
        }
    }
    return false;
}

/// An integer spelling (no fraction, no exponent) whose magnitude exceeds 2^53 - 1.
bool isUnsafeInteger(QStringView number)
{
    QStringView digits = number;
    if (digits.startsWith(QLatin1Char('-')))
        digits = digits.mid(1);
    if (digits.isEmpty())
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    static const QString maxSafe = QStringLiteral("9007199254740991");
    if (digits.size() != maxSafe.size())
        return digits.size() > maxSafe.size();
    return digits.compare(maxSafe) > 0;
}

class ContentsReviewer
{
public:
    ContentsReviewer(const Token &token, QList<Finding> &findings)
        : m_token(token)
        , m_findings(findings)
    { }

    /// Every member name and value of the payload, at any depth, through the flat lexer.
    void reviewContents()
    {
        const QString text = QString::fromUtf8(m_token.payload().decoded);
        const QList<Json::Span> spans = Json::spans(text);
        QSet<QString> reported;
        for (const Json::Span &span : spans) {
            const QStringView token = QStringView(text).mid(span.offset, span.length);
            switch (span.kind) {
            case Json::SpanKind::MemberName:
            case Json::SpanKind::String: {
                QString unescaped;
                const QStringView value = unquoted(token, unescaped);
                if (span.kind == Json::SpanKind::MemberName) {
                    if (looksSensitive(value) && !reported.contains(value.toString())) {
                        reported.insert(value.toString());
                        add(Severity::Warning, "sensitive-claim", TokenPart::Payload,
                            QCoreApplication::translate("Findings",
                                                        "The payload holds \"%1\", which looks "
                                                        "sensitive: anyone with the token can "
                                                        "read it (it is encoded, not encrypted)")
                                    .arg(shown(value)),
                            "RFC 7519 §12");
                    }
                } else {
                    reviewCardNumber(cardDigits(value));
                }
                break;
            }
            case Json::SpanKind::Number:
                reviewCardNumber(cardDigits(token));
                if (isUnsafeInteger(token) && !reported.contains(token.toString())) {
                    reported.insert(token.toString());
                    const double rounded = token.toDouble();
                    add(Severity::Warning, "big-integer", TokenPart::Payload,
                        QCoreApplication::translate("Findings",
                                                    "%1 is beyond 2^53: JavaScript and other "
                                                    "double-based readers turn it into %2")
                                .arg(shown(token), QString::number(rounded, 'f', 0)),
                        "RFC 7493 §2.2, RFC 8259 §6");
                }
                break;
            default:
                break;
            }
        }
    }

private:
    void reviewCardNumber(const QString &digits)
    {
        if (digits.isEmpty() || m_cards.contains(digits))
            return;
        m_cards.insert(digits);
        add(Severity::Warning, "card-number", TokenPart::Payload,
            QCoreApplication::translate("Findings",
                                        "The payload holds what looks like a card number "
                                        "(ending %1): anyone with the token can read it")
                    .arg(digits.right(4)),
            "RFC 7519 §12, PCI DSS 3.4");
    }

    /// The string @p token without its quotes: a view of it, or of @p storage when it had
    /// escapes to undo (a copy for each of 300 000 names costs more than reviewing them).
    static QStringView unquoted(QStringView token, QString &storage)
    {
        if (token.size() >= 2 && token.startsWith(QLatin1Char('"'))
            && token.endsWith(QLatin1Char('"'))) {
            if (!token.contains(QLatin1Char('\\')))
                return token.mid(1, token.size() - 2); // nothing to unescape
            storage = Json::unescape(token.toUtf8());
            return storage;
        }
        if (token.startsWith(QLatin1Char('"')))
            return token.mid(1); // left open at the end of the text
        return token;
    }

    void add(Severity severity, const char *id, TokenPart part, const QString &message,
             const char *reference)
    {
        Findings::Checks::add(m_findings, severity, id, part, message, reference);
    }

    const Token &m_token;
    QList<Finding> &m_findings;
    QSet<QString> m_cards;
};

} // namespace

namespace Findings::Checks {

void reviewContents(const Token &token, QList<Finding> &findings)
{
    ContentsReviewer(token, findings).reviewContents();
}

} // namespace Findings::Checks
