// SPDX-License-Identifier: MIT
#include "explain.h"

#include "base64url.h"
#include "explaininput.h"
#include "key.h"
#include "keyset.h"
#include "tokenmodel.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace {

// RFC 7515 A.1: its JSON has CRLF line breaks inside the signed bytes.
const char rfcA1[] = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                     ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                     "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                     ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const char rfcA1Key[]
        = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
// RFC 7515 A.3 (ES256): R || S, 32 bytes each.
const char rfcA3[]
        = "eyJhbGciOiJFUzI1NiJ9"
          ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
          "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
          ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
// The lesson's token: {"user-id":5} signed with the secret "secret".
const char lesson[] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ"
                      ".tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI";

Key secretFromBase64Url(const char *text)
{
    return Key::fromSecret(Base64Url::decode(text).bytes);
}

Key keyFromFile(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/vectors/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return Key();
    const KeySet set = loadKeys(file.readAll());
    return set.ok() ? set.keys.first() : Key();
}

Explain::Input inputFor(const char *token, const Key &key)
{
    Explain::Input input;
    input.token = Token::parse(QString::fromLatin1(token));
    if (!key.isNull())
        input.ring.add(key);
    return input;
}

const ExplainStep *stepOf(const Explanation &e, ExplainStep::Kind kind)
{
    for (const ExplainStep &step : e.steps) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}

bool hasValue(const ExplainStep &step, const QString &value)
{
    for (const ExplainLine &line : step.lines) {
        if (line.value.contains(value))
            return true;
    }
    return false;
}

QString lineValue(const ExplainStep &step, const QString &labelStart)
{
    for (const ExplainLine &line : step.lines) {
        if (line.label.startsWith(labelStart))
            return line.value;
    }
    return QString();
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void firstGroup_data();
    void firstGroup();
    void visibleText_data();
    void visibleText();
    void hexWrapsEverySixteenBytes();
    void firstDifference_data();
    void firstDifference();
    void rfc7515A1();
    void hmacComparison_data();
    void hmacComparison();
    void es256SplitsRAndS();
    void es256TamperedFailsVerification();
    void withoutKey();
    void unsecured();
    void emptyAndEncrypted_data();
    void emptyAndEncrypted();
    void everyStepCanBeCopied();
    void fromModelFollowsEdits();
    void longTokenShownInPart();
    void otherSpellingIsNoted_data();
    void otherSpellingIsNoted();
};

void TestExplain::firstGroup_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("octets");
    QTest::addColumn<QStringList>("sextets");
    QTest::addColumn<QList<int>>("indices");
    QTest::addColumn<QString>("characters");

    QTest::newRow("header start {\"t")
            << QByteArray("{\"t") << QStringList {"01111011", "00100010", "01110100"}
            << QStringList {"011110", "110010", "001001", "110100"} << QList<int> {30, 50, 9, 52}
            << "eyJ0";
    QTest::newRow("URL alphabet: 62 is '-', 63 is '_'")
            << QByteArray("\xfb\xff\xbf") << QStringList {"11111011", "11111111", "10111111"}
            << QStringList {"111110", "111111", "111110", "111111"} << QList<int> {62, 63, 62, 63}
            << "-_-_";
    QTest::newRow("two bytes give three characters")
            << QByteArray("ab") << QStringList {"01100001", "01100010"}
            << QStringList {"011000", "010110", "001000"} << QList<int> {24, 22, 8} << "YWI";
    QTest::newRow("one byte gives two characters")
            << QByteArray("{") << QStringList {"01111011"} << QStringList {"011110", "110000"}
            << QList<int> {30, 48} << "ew";
    QTest::newRow("only the first group of a longer text")
            << QByteArray("{\"alg\"") << QStringList {"01111011", "00100010", "01100001"}
            << QStringList {"011110", "110010", "001001", "100001"} << QList<int> {30, 50, 9, 33}
            << "eyJh";
    QTest::newRow("empty") << QByteArray() << QStringList() << QStringList() << QList<int>() << "";
}

void TestExplain::firstGroup()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, octets);
    QFETCH(QStringList, sextets);
    QFETCH(QList<int>, indices);
    QFETCH(QString, characters);
    const Base64Group group = Explain::firstGroup(bytes);
    QCOMPARE(group.bytes, bytes.left(3));
    QCOMPARE(group.octets, octets);
    QCOMPARE(group.sextets, sextets);
    QCOMPARE(group.indices, indices);
    QCOMPARE(group.characters, characters);
    // The spelled-out group is the start of the real encoding.
    QVERIFY(QString::fromLatin1(Base64Url::encode(bytes)).startsWith(characters));
}

void TestExplain::visibleText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CRLF") << QByteArray("{\"a\":1,\r\n \"b\":2}")
                          << QStringLiteral("{\"a\":1,\\r\\n \"b\":2}");
    QTest::newRow("tab and NUL") << QByteArray("a\tb\0c", 5) << QStringLiteral("a\\tb\\u0000c");
    QTest::newRow("DEL") << QByteArray("x\x7f") << QStringLiteral("x\\u007f");
    QTest::newRow("Korean stays") << QByteArray("{\"이름\":\"홍길동\"}")
                                  << QString::fromUtf8("{\"이름\":\"홍길동\"}");
}

void TestExplain::visibleText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Explain::visibleText(bytes), expected);
}

void TestExplain::hexWrapsEverySixteenBytes()
{
    QCOMPARE(Explain::hex(QByteArray("\x00\x7b\xff", 3)), QStringLiteral("00 7b ff"));
    const QString seventeen = Explain::hex(QByteArray(17, 'A'));
    QCOMPARE(seventeen.split(QLatin1Char('\n')).size(), 2);
    QCOMPARE(seventeen.split(QLatin1Char('\n')).last(), QStringLiteral("41"));
    QCOMPARE(Explain::hex(QByteArray()), QString());
}

void TestExplain::firstDifference_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << qsizetype(-1);
    QTest::newRow("first byte") << QByteArray("abc") << QByteArray("xbc") << qsizetype(0);
    QTest::newRow("last byte") << QByteArray("abc") << QByteArray("abd") << qsizetype(2);
    QTest::newRow("prefix") << QByteArray("ab") << QByteArray("abc") << qsizetype(2);
    QTest::newRow("both empty") << QByteArray() << QByteArray() << qsizetype(-1);
}

void TestExplain::firstDifference()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(qsizetype, index);
    QCOMPARE(Explain::firstDifference(a, b), index);
    QCOMPARE(Explain::firstDifference(b, a), index);
}

void TestExplain::rfc7515A1()
{
    const Explanation e = Explain::build(inputFor(rfcA1, secretFromBase64Url(rfcA1Key)));

    const ExplainStep *header = stepOf(e, ExplainStep::Kind::Header);
    QVERIFY(header);
    QCOMPARE(header->part, TokenPart::Header);
    QCOMPARE(header->bytes, QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"));
    QVERIFY(header->rfc.contains(QStringLiteral("RFC 7515 §5.1")));
    QVERIFY(hasValue(*header, QStringLiteral("{\"typ\":\"JWT\",\\r\\n \"alg\":\"HS256\"}")));
    QVERIFY(hasValue(*header, QStringLiteral("7b 22 74 79 70 22 3a 22 4a 57 54 22 2c 0d 0a 20")));
    QCOMPARE(lineValue(*header, QStringLiteral("8-bit")),
             QStringLiteral("01111011 00100010 01110100"));
    QVERIFY(hasValue(*header, QStringLiteral("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9")));

    const ExplainStep *payload = stepOf(e, ExplainStep::Kind::Payload);
    QVERIFY(payload);
    QCOMPARE(payload->part, TokenPart::Payload);
    QCOMPARE(payload->bytes,
             QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n "
                        "\"http://example.com/is_root\":true}"));
    QVERIFY(hasValue(*payload, QStringLiteral("not encryption")));

    const ExplainStep *input = stepOf(e, ExplainStep::Kind::SigningInput);
    QVERIFY(input);
    const QByteArray token(rfcA1);
    QCOMPARE(input->bytes, token.left(token.lastIndexOf('.')));

    const ExplainStep *signature = stepOf(e, ExplainStep::Kind::Signature);
    QVERIFY(signature);
    QCOMPARE(signature->rfc, QStringLiteral("RFC 7518 §3.2"));
    QCOMPARE(signature->bytes.toHex(),
             QByteArray("7418dfb49799e0254ffa607dd8adbbba16d4254d69d6bff05b58055853848d79"));
    // The key bytes are shown in hex (RFC 7515 A.1's k starts 03 23 35 4b).
    QVERIFY(hasValue(*signature, QStringLiteral("03 23 35 4b 2b 0f a5 bc")));

    const ExplainStep *encoded = stepOf(e, ExplainStep::Kind::Encoded);
    QVERIFY(encoded);
    QCOMPARE(encoded->bytes, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

    const ExplainStep *check = stepOf(e, ExplainStep::Kind::Verification);
    QVERIFY(check);
    QCOMPARE(check->rfc, QStringLiteral("RFC 7515 §5.2"));
    QCOMPARE(e.state, TokenModel::VerifyState::Verified);
    QVERIFY(!e.recomputed.isEmpty()); // checked by recomputing the HMAC
    QCOMPARE(e.firstDifference, qsizetype(-1));
}

void TestExplain::hmacComparison_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<TokenModel::VerifyState>("state");
    QTest::addColumn<qsizetype>("difference");
    QTest::addColumn<QString>("message");

    QTest::newRow("lesson token, right secret")
            << QByteArray(lesson) << QByteArray("secret") << TokenModel::VerifyState::Verified
            << qsizetype(-1) << "Equal";
    // HMAC-SHA256("Secret", …) = 25 0a 63 …, the token has b4 14 2e … (checked with Python).
    QTest::newRow("lesson token, wrong secret")
            << QByteArray(lesson) << QByteArray("Secret") << TokenModel::VerifyState::Invalid
            << qsizetype(0) << "0x25, the token has 0xb4";
    // Changing the last character of A.1's signature changes only its last byte (0x79 → 0x7a).
    QByteArray lastByte(rfcA1);
    lastByte.back() = 'o';
    QTest::newRow("A.1 with its last byte changed")
            << lastByte << Base64Url::decode(rfcA1Key).bytes << TokenModel::VerifyState::Invalid
            << qsizetype(31) << "byte 31: the key gives 0x79, the token has 0x7a";
}

void TestExplain::hmacComparison()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, secret);
    QFETCH(TokenModel::VerifyState, state);
    QFETCH(qsizetype, difference);
    QFETCH(QString, message);
    const Explanation e = Explain::build(inputFor(token.constData(), Key::fromSecret(secret)));
    QCOMPARE(e.state, state);
    QVERIFY(!e.recomputed.isEmpty());
    QCOMPARE(e.firstDifference, difference);
    const ExplainStep *check = stepOf(e, ExplainStep::Kind::Verification);
    QVERIFY(check);
    QVERIFY2(hasValue(*check, message), qPrintable(check->text()));
    // The result is the verdict's, in its words.
    QCOMPARE(lineValue(*check, QStringLiteral("Result")), e.reason);
    QVERIFY(!e.reason.isEmpty());
}

void TestExplain::es256SplitsRAndS()
{
    const Key key = keyFromFile(QStringLiteral("keys/rfc7515_a3_es256.pub.jwk.json"));
    QVERIFY(!key.isNull());
    const Explanation e = Explain::build(inputFor(rfcA3, key));
    const ExplainStep *signature = stepOf(e, ExplainStep::Kind::Signature);
    QVERIFY(signature);
    QCOMPARE(signature->rfc, QStringLiteral("RFC 7518 §3.4"));
    QCOMPARE(signature->bytes.size(), 64);
    const QString r = lineValue(*signature, QStringLiteral("R:"));
    const QString s = lineValue(*signature, QStringLiteral("S:"));
    QCOMPARE(r.simplified().remove(QLatin1Char(' ')),
             QStringLiteral("0ed1215379636c483c2f7f155807d402a3b228033af97c7e17819ac3169ea665"));
    QCOMPARE(s.simplified().remove(QLatin1Char(' ')),
             QStringLiteral("c50a07d38c3c70e5d8f12daf084a5480a66590c5f293509a8f3f7f8a83a354d5"));
    QVERIFY(hasValue(*signature, QStringLiteral("DER")));
    // The DER form of this R and S is 71 bytes (checked with Python's cryptography).
    QVERIFY(!lineValue(*signature, QStringLiteral("The same signature as DER (71")).isEmpty());
    QVERIFY(hasValue(*signature, QStringLiteral("random")));
    QCOMPARE(e.state, TokenModel::VerifyState::Verified); // checked by verification
    QVERIFY(e.recomputed.isEmpty());
}

void TestExplain::es256TamperedFailsVerification()
{
    QByteArray token(rfcA3);
    token.replace("eyJpc3MiOiJqb2Ui", "eyJpc3MiOiJqb2Ki"); // iss "joe" → "jo*"
    const Key key = keyFromFile(QStringLiteral("keys/rfc7515_a3_es256.pub.pem"));
    QVERIFY(!key.isNull());
    const Explanation e = Explain::build(inputFor(token.constData(), key));
    QCOMPARE(e.state, TokenModel::VerifyState::Invalid);
    QVERIFY(e.recomputed.isEmpty()); // checked by verification
}

void TestExplain::withoutKey()
{
    const Explanation e = Explain::build(inputFor(lesson, Key()));
    QCOMPARE(e.state, TokenModel::VerifyState::NoKey);
    const ExplainStep *signature = stepOf(e, ExplainStep::Kind::Signature);
    QVERIFY(signature);
    // Without a key the token's own signature is shown.
    QCOMPARE(Base64Url::encode(signature->bytes),
             QByteArray("tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI"));
}

void TestExplain::unsecured()
{
    const Explanation e = Explain::build(
            inputFor("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UifQ.", Key::fromSecret("secret")));
    QCOMPARE(e.state, TokenModel::VerifyState::Unsecured);
    const ExplainStep *signature = stepOf(e, ExplainStep::Kind::Signature);
    QVERIFY(signature);
    QCOMPARE(signature->rfc, QStringLiteral("RFC 7518 §3.6"));
}

void TestExplain::emptyAndEncrypted_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<TokenModel::VerifyState>("state");
    QTest::newRow("empty") << QByteArray("  ") << TokenModel::VerifyState::NoKey;
}

void TestExplain::emptyAndEncrypted()
{
    QFETCH(QByteArray, token);
    const Explanation e = Explain::build(inputFor(token.constData(), Key()));
    QCOMPARE(e.steps.size(), 1);
    QCOMPARE(e.steps.first().kind, ExplainStep::Kind::Empty);
    QFETCH(TokenModel::VerifyState, state);
    QCOMPARE(e.state, state); // nothing to check: no token
}

void TestExplain::everyStepCanBeCopied()
{
    const Explanation e = Explain::build(inputFor(rfcA1, secretFromBase64Url(rfcA1Key)));
    QCOMPARE(e.steps.size(), 6);
    for (const ExplainStep &step : e.steps) {
        QVERIFY(!step.title.isEmpty());
        QVERIFY2(step.rfc.startsWith(QLatin1String("RFC ")), qPrintable(step.title));
        const QString text = step.text();
        QVERIFY(text.startsWith(step.title));
        QVERIFY(text.contains(step.rfc));
        for (const ExplainLine &line : step.lines)
            QVERIFY(text.contains(line.label));
    }
}

void TestExplain::fromModelFollowsEdits()
{
    TokenModel model;
    model.setToken(QString::fromLatin1(rfcA1));
    model.setKey(TokenModel::KeyInput::SecretBase64, QString::fromLatin1(rfcA1Key));
    Explanation e = Explain::build(Explain::fromModel(model));
    QCOMPARE(e.state, TokenModel::VerifyState::Verified);
    QCOMPARE(e.reason, model.verifyReason()); // the badge's words
    // The pane pretty-prints; the step shows both the pane's text and the exact bytes.
    const ExplainStep *header = stepOf(e, ExplainStep::Kind::Header);
    QVERIFY(header);
    QCOMPARE(header->bytes, QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"));
    QVERIFY(hasValue(*header, model.headerText()));

    // An edit of the payload without re-signing: the old signature no longer matches.
    model.setResignOnEdit(false);
    model.setPayloadText(QStringLiteral("{\"iss\":\"eve\"}"));
    e = Explain::build(Explain::fromModel(model));
    const ExplainStep *payload = stepOf(e, ExplainStep::Kind::Payload);
    QVERIFY(payload);
    QCOMPARE(payload->bytes, QByteArray("{\"iss\":\"eve\"}"));
    QCOMPARE(e.state, TokenModel::VerifyState::Invalid);
    QVERIFY(e.firstDifference >= 0);
}

/// A token of megabytes: each step shows the start of its long values and says how much
/// more there is, and the outcome is still computed over all the bytes.
void TestExplain::longTokenShownInPart()
{
    QByteArray payload = R"({"sub":"1","pad":")";
    // A multi-byte character across the cut: the excerpt must not end in half of it.
    payload += QByteArray(1024 * 1024 - 2 - payload.size(), 'x') + "한국어"
            + QByteArray(2 * 1024 * 1024, 'y');
    payload += R"("})";
    const QByteArray secret = "a long enough secret for HS256 (32+)";
    const QByteArray input
            = Base64Url::encode(R"({"alg":"HS256"})") + '.' + Base64Url::encode(payload);
    const QByteArray token = input + '.'
            + Base64Url::encode(QMessageAuthenticationCode::hash(input, secret,
                                                                 QCryptographicHash::Sha256));
    const Explanation e = Explain::build(inputFor(token.constData(), Key::fromSecret(secret)));
    QCOMPARE(e.state, TokenModel::VerifyState::Verified);
    QVERIFY(!e.recomputed.isEmpty());
    const ExplainStep *step = stepOf(e, ExplainStep::Kind::Payload);
    QVERIFY(step);
    QCOMPARE(step->bytes, payload); // the step still holds the real bytes
    bool clipped = false;
    for (const ExplainStep &s : e.steps) {
        for (const ExplainLine &line : s.lines) {
            // At most 1 MiB of bytes: 3 characters per byte in hex.
            QVERIFY2(line.value.size() < 3 * 1024 * 1024 + 70 * 1024, qPrintable(line.label));
            QVERIFY(!line.value.contains(QChar::ReplacementCharacter));
            clipped |= line.value.contains(QLatin1String("more byte"));
        }
    }
    QVERIFY(clipped);
}

void TestExplain::otherSpellingIsNoted_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("short") << QByteArray("{}");
    QTest::newRow("long") << QByteArray("{\"a\":\"" + QByteArray(100 * 1024 + 1, 'z') + "\"}");
}

/// A segment whose last character has unused bits set decodes to the same bytes, but is not
/// their encoding: the token is refused as malformed (issue 12: non-canonical base64url), and
/// Explain says why in the verdict, for long segments too.
void TestExplain::otherSpellingIsNoted()
{
    QFETCH(QByteArray, payload);
    const QByteArray canonical = Base64Url::encode(payload);
    QVERIFY(payload.size() % 3 != 0);
    QByteArray other = canonical;
    const char last = other.back();
    other.back() = char(last == 'A' ? 'B' : last + 1); // unused low bits set
    QCOMPARE(QByteArray::fromBase64(other, QByteArray::Base64UrlEncoding), payload);
    const auto explain = [](const QByteArray &segment) {
        const QByteArray token = "eyJhbGciOiJIUzI1NiJ9." + segment + ".c2ln";
        return Explain::build(inputFor(token.constData(), Key()));
    };
    const Explanation plain = explain(canonical);
    QVERIFY2(!plain.reason.contains(QLatin1String("non-canonical")), qPrintable(plain.reason));
    const Explanation refused = explain(other);
    QCOMPARE(refused.state, TokenModel::VerifyState::Invalid);
    QVERIFY2(refused.reason.contains(QLatin1String("non-canonical")), qPrintable(refused.reason));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
