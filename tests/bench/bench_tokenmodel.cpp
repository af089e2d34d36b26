// SPDX-License-Identifier: MIT
#include "keygen.h"
#include "keyset.h"
#include "tokenmodel.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <algorithm>
#include <vector>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QByteArray secret = "a-32-byte-long-secret-for-HS256!";

QString hs256(const QByteArray &header, const QByteArray &payload)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return QString::fromLatin1(
            input + '.'
            + b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)));
}

enum class Shape {
    Nested, ///< registered claims, then an array of small objects
    Flat, ///< registered claims, then thousands of top-level members (each one a claim)
};

/// A claims set of about @p bytes bytes of compact JSON.
QByteArray payloadOf(qsizetype bytes, int variant, Shape shape = Shape::Nested)
{
    QByteArray json = "{\"iss\":\"https://issuer.example\",\"sub\":\"user-"
            + QByteArray::number(variant)
            + "\",\"aud\":[\"api\",\"web\"],\"iat\":1700000000,\"exp\":1700003600";
    if (shape == Shape::Flat) {
        for (int i = 0; json.size() < bytes - 40; ++i)
            json += ",\"claim" + QByteArray::number(i) + "\":\"value " + QByteArray::number(i)
                    + '"';
        return json + '}';
    }
    json += ",\"items\":[";
    for (int i = 0; json.size() < bytes - 40; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i)
                + "\",\"price\":1.50}";
    }
    json += "]}";
    return json;
}

/// The payload pane text as a user would have it, and the same with one character changed.
QPair<QString, QString> twoEdits(TokenModel &model)
{
    const QString text = model.payloadText();
    QString other = text;
    const qsizetype at = other.indexOf(QLatin1String("user-"));
    other[at + 5] = other.at(at + 5) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return {text, other};
}

enum class KeySetup {
    None,
    Hs256,
    Rs256
};

void setUp(TokenModel &model, KeySetup kind, qsizetype payloadBytes, Shape shape = Shape::Nested)
{
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC));
    if (kind == KeySetup::Rs256) {
        const GeneratedKey key = generateKey(Algorithm::RS256, 2048);
        QVERIFY(key.ok());
        model.setToken(hs256(R"({"alg":"RS256","typ":"JWT"})", payloadOf(payloadBytes, 1)));
        model.setKey(TokenModel::KeyInput::KeyText, QString::fromLatin1(key.key.toPem()));
        QVERIFY(model.sign());
    } else {
        model.setToken(hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(payloadBytes, 1, shape)));
        if (kind == KeySetup::Hs256)
            model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(secret));
    }
}

double median(std::vector<qint64> &ns)
{
    std::sort(ns.begin(), ns.end());
    return double(ns.at(ns.size() / 2)) / 1e6;
}

} // namespace

Q_DECLARE_METATYPE(KeySetup)
Q_DECLARE_METATYPE(Shape)

/// From a keystroke to everything updated (token, verification, claims, findings), and
/// pasting a large token. Reported, never asserted: timings belong here, not in tests.
class BenchTokenModel : public QObject
{
    Q_OBJECT

private slots:
    void payloadKeystroke_data();
    void payloadKeystroke();
    void keystrokeMedian_data() { payloadKeystroke_data(); }
    void keystrokeMedian();
    void pasteLargeToken();
    void pasteLargeTokenMedian();
    void keyChange();
    void keyChangeLargeToken();
};

void BenchTokenModel::payloadKeystroke_data()
{
    QTest::addColumn<KeySetup>("key");
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<TokenModel::VerifyState>("state");
    QTest::addColumn<Shape>("shape");
    QTest::newRow("HS256 1 KiB, re-signed") << KeySetup::Hs256 << qsizetype(1024)
                                            << TokenModel::VerifyState::Resigned << Shape::Nested;
    QTest::newRow("HS256 1 KiB, no key (stale)")
            << KeySetup::None << qsizetype(1024) << TokenModel::VerifyState::Stale << Shape::Nested;
    QTest::newRow("RS256-2048 1 KiB, re-signed")
            << KeySetup::Rs256 << qsizetype(1024) << TokenModel::VerifyState::Resigned
            << Shape::Nested;
    QTest::newRow("HS256 64 KiB, re-signed") << KeySetup::Hs256 << qsizetype(64 * 1024)
                                             << TokenModel::VerifyState::Resigned << Shape::Nested;
    // A paste of a large payload into the pane: one edit of everything.
    QTest::newRow("HS256 1 MiB, re-signed") << KeySetup::Hs256 << qsizetype(1024 * 1024)
                                            << TokenModel::VerifyState::Resigned << Shape::Nested;
    QTest::newRow("HS256 1 MiB of top-level claims, re-signed")
            << KeySetup::Hs256 << qsizetype(1024 * 1024) << TokenModel::VerifyState::Resigned
            << Shape::Flat;
}

void BenchTokenModel::payloadKeystroke()
{
    QFETCH(KeySetup, key);
    QFETCH(qsizetype, bytes);
    QFETCH(TokenModel::VerifyState, state);
    QFETCH(Shape, shape);
    TokenModel model;
    setUp(model, key, bytes, shape);
    const auto [a, b] = twoEdits(model);
    bool flip = false;
    QBENCHMARK {
        model.setPayloadText(flip ? a : b);
        flip = !flip;
    }
    model.setPayloadText(b); // an even number of flips may have restored the original
    QCOMPARE(model.verifyState(), state); // the work measured is the work wanted
}

void BenchTokenModel::keystrokeMedian()
{
    QFETCH(KeySetup, key);
    QFETCH(qsizetype, bytes);
    QFETCH(TokenModel::VerifyState, state);
    QFETCH(Shape, shape);
    TokenModel model;
    setUp(model, key, bytes, shape);
    const auto [a, b] = twoEdits(model);
    std::vector<qint64> ns;
    const int runs = bytes > 64 * 1024 ? 21 : 301;
    ns.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        model.setPayloadText(i % 2 ? a : b);
        ns.push_back(timer.nsecsElapsed());
    }
    QCOMPARE(model.verifyState(), state);
    const double p50 = median(ns);
    qInfo("%s: median %.3f ms, p90 %.3f ms, max %.3f ms (%d keystrokes, token %lld chars)",
          QTest::currentDataTag(), p50, double(ns.at(ns.size() * 9 / 10)) / 1e6,
          double(ns.back()) / 1e6, runs, qlonglong(model.token().size()));
}

void BenchTokenModel::pasteLargeToken()
{
    const QString first = hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(768 * 1024, 1));
    const QString second = hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(768 * 1024, 2));
    QVERIFY(first.size() > 1000 * 1024);
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(secret));
    bool flip = false;
    QBENCHMARK {
        model.setToken(flip ? first : second);
        flip = !flip;
    }
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
}

void BenchTokenModel::pasteLargeTokenMedian()
{
    const QString first = hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(768 * 1024, 1));
    const QString second = hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(768 * 1024, 2));
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(secret));
    std::vector<qint64> ns;
    QElapsedTimer timer;
    for (int i = 0; i < 21; ++i) {
        timer.start();
        model.setToken(i % 2 ? first : second);
        ns.push_back(timer.nsecsElapsed());
    }
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    qInfo("setToken, %lld-char token: median %.1f ms, max %.1f ms (21 pastes)",
          qlonglong(first.size()), median(ns), double(ns.back()) / 1e6);
}

void BenchTokenModel::keyChange()
{
    TokenModel model;
    setUp(model, KeySetup::None, 1024);
    bool flip = false;
    QBENCHMARK {
        model.setKey(TokenModel::KeyInput::SecretText,
                     flip ? QString::fromLatin1(secret) : QStringLiteral("another-secret"));
        flip = !flip;
    }
}

void BenchTokenModel::keyChangeLargeToken()
{
    // Typing a secret next to a 1 MiB token: re-verifies, must not re-review the token.
    TokenModel model;
    model.setToken(hs256(R"({"alg":"HS256","typ":"JWT"})", payloadOf(768 * 1024, 1)));
    bool flip = false;
    QBENCHMARK {
        model.setKey(TokenModel::KeyInput::SecretText,
                     flip ? QString::fromLatin1(secret) : QStringLiteral("another-secret"));
        flip = !flip;
    }
}

QTEST_GUILESS_MAIN(BenchTokenModel)
#include "bench_tokenmodel.moc"
