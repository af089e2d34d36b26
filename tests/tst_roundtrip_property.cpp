// SPDX-License-Identifier: MIT
// Property: for generated JSON (random member order, nesting, number spellings, string
// escapes and raw UTF-8), decode → pretty → compact → encode gives back the original
// base64url text, byte for byte. Seeded, so every failure is reproducible from its row name.
#include "base64url.h"
#include "json.h"
#include "token.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace {

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    { }

    /// One document, compact, and the same tokens with random whitespace between them.
    void document(QByteArray &compact, QByteArray &spaced)
    {
        m_compact = &compact;
        m_spaced = &spaced;
        if (chance(4))
            value(0);
        else
            object(0);
        space();
    }

private:
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int oneIn) { return below(oneIn) == 0; }

    void put(const QByteArray &token)
    {
        space();
        *m_compact += token;
        *m_spaced += token;
    }

    void space()
    {
        static const char whitespace[] = {' ', '\t', '\n', '\r'};
        if (!chance(3))
            return;
        for (int i = below(4) + 1; i > 0; --i)
            *m_spaced += whitespace[below(4)];
    }

    void value(int depth)
    {
        const int kind = depth >= 6 ? 2 + below(4) : below(6);
        switch (kind) {
        case 0:
            object(depth);
            break;
        case 1:
            array(depth);
            break;
        case 2:
            put(string());
            break;
        case 3:
        case 4:
            put(number());
            break;
        default:
            put(QByteArray(chance(3) ? "null" : chance(2) ? "true" : "false"));
            break;
        }
    }

    void object(int depth)
    {
        put("{");
        const int members = below(6);
        QList<QByteArray> names;
        for (int i = 0; i < members; ++i) {
            QByteArray name;
            do {
                name = string();
            } while (names.contains(name)); // names unique, so QJsonDocument can cross-check
            names.append(name);
            if (i)
                put(",");
            put(name);
            put(":");
            value(depth + 1);
        }
        put("}");
    }

    void array(int depth)
    {
        put("[");
        const int elements = below(6);
        for (int i = 0; i < elements; ++i) {
            if (i)
                put(",");
            value(depth + 1);
        }
        put("]");
    }

    QByteArray digits(int count, bool leadingNonZero)
    {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += char('0' + (i == 0 && leadingNonZero ? 1 + below(9) : below(10)));
        return out;
    }

    /// Spellings a re-encoder would change: -0, 1.50, 1e3, 1E+3, 0.000, 20-digit integers.
    QByteArray number()
    {
        QByteArray out;
        if (chance(3))
            out += '-';
        out += chance(4) ? QByteArray("0") : digits(1 + below(chance(5) ? 25 : 6), true);
        if (chance(3))
            out += '.' + digits(1 + below(5), false) + (chance(2) ? "0" : "");
        if (chance(4)) {
            out += chance(2) ? 'e' : 'E';
            if (chance(2))
                out += chance(2) ? '+' : '-';
            out += digits(1 + below(3), false);
        }
        return out;
    }

    QByteArray hex4(uint code)
    {
        QByteArray h = QByteArray::number(code, 16).rightJustified(4, '0');
        return chance(2) ? h.toUpper() : h;
    }

    QByteArray string()
    {
        static const char *const escapes[]
                = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
        static const char *const raw[] = {"\xc3\xa9", "\xe4\xb8\xad", "\xf0\x9f\x98\x80",
                                          "\xe2\x82\xac", "\xed\x95\x9c"}; // é 中 😀 € 한
        QByteArray out = "\"";
        const int length = below(12);
        for (int i = 0; i < length; ++i) {
            switch (below(8)) {
            case 0:
                out += escapes[below(8)];
                break;
            case 1: {
                uint code = 1 + uint(below(0xfffe));
                if (code >= 0xd800 && code <= 0xdfff)
                    code -= 0x1000;
                out += "\\u" + hex4(code);
                break;
            }
            case 2: {
                const uint c = 0x10000 + uint(below(0x100000));
                out += "\\u" + hex4(0xd800 + ((c - 0x10000) >> 10)) + "\\u"
                        + hex4(0xdc00 + ((c - 0x10000) & 0x3ff));
                break;
            }
            case 3:
                out += raw[below(5)];
                break;
            default: {
                char c = char(0x20 + below(0x5f));
                if (c == '"' || c == '\\')
                    c = 'x';
                out += c;
                break;
            }
            }
        }
        return out + '"';
    }

    QRandomGenerator m_random;
    QByteArray *m_compact = nullptr;
    QByteArray *m_spaced = nullptr;
};

constexpr int documentsPerSeed = 50;

} // namespace

class TestRoundtripProperty : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void deepNesting();
};

void TestRoundtripProperty::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRoundtripProperty::roundTrip()
{
    QFETCH(quint32, seed);
    Generator generator(seed);
    for (int n = 0; n < documentsPerSeed; ++n) {
        QByteArray original;
        QByteArray spaced;
        generator.document(original, spaced);
        const QByteArray context = "document " + QByteArray::number(n) + ": " + original;

        QVERIFY2(!Json::validate(original).isError(), context.constData());
        const QByteArray encoded = Base64Url::encode(original);

        // decode → pretty → compact → encode
        const Base64Url::Decoded decoded = Base64Url::decode(encoded);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.bytes, original);
        const Json::Formatted pretty = Json::pretty(decoded.bytes);
        QVERIFY2(!pretty.error.isError(), context.constData());
        const Json::Formatted compact = Json::compact(pretty.text);
        QVERIFY2(!compact.error.isError(), context.constData());
        QVERIFY2(compact.text == original, context.constData());
        QCOMPARE(Base64Url::encode(compact.text), encoded);

        // The same tokens with other whitespace compact to the same text.
        const Json::Formatted fromSpaced = Json::compact(spaced);
        QVERIFY2(!fromSpaced.error.isError() && fromSpaced.text == original,
                 ("spaced " + context).constData());
        QCOMPARE(Json::pretty(spaced).text, pretty.text);

        // Pretty-printing changes no value (QJsonDocument reads values, never writes ours).
        const QJsonDocument a = QJsonDocument::fromJson(original);
        const QJsonDocument b = QJsonDocument::fromJson(pretty.text);
        QCOMPARE(a.isNull(), b.isNull());
        QVERIFY2(a == b, context.constData());

        // And as a token payload, the bytes come through Token::parse unchanged.
        const QString token
                = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%1.c2ln").arg(QString::fromLatin1(encoded));
        const Token parsed = Token::parse(token);
        QCOMPARE(parsed.payload().decoded, original);
        QVERIFY(parsed.payloadIsJson());
    }
}

void TestRoundtripProperty::deepNesting()
{
    // Just under Json::MaxDepth: still a round trip; one deeper: an error, not a crash.
    const int depth = Json::MaxDepth - 1;
    const QByteArray text = QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
    const Json::Formatted pretty = Json::pretty(text);
    QVERIFY(!pretty.error.isError());
    QCOMPARE(Json::compact(pretty.text).text, text);

    const QByteArray tooDeep
            = QByteArray(Json::MaxDepth + 1, '[') + QByteArray(Json::MaxDepth + 1, ']');
    QVERIFY(Json::validate(tooDeep).isError());
    QVERIFY(Json::pretty(tooDeep).error.isError());
}

QTEST_GUILESS_MAIN(TestRoundtripProperty)
#include "tst_roundtrip_property.moc"
