// SPDX-License-Identifier: MIT
// TokenLoader: a short token goes to the model at once, a long one through a worker thread,
// and the newest token always wins.
#include "tokenloader.h"
#include "tokenmodel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// An HS256 token of about @p size characters whose payload names @p name.
QString token(qsizetype size, const QByteArray &name)
{
    const QString header = b64(R"({"alg":"HS256","typ":"JWT"})");
    QByteArray payload = R"({"sub":")" + name + R"(","pad":")";
    payload += QByteArray(qMax<qsizetype>(0, size * 3 / 4 - payload.size()), 'x') + "\"}";
    return header + QLatin1Char('.') + b64(payload) + QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace

class TestTokenLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shortTokenIsSetAtOnce();
    void longTokenIsDecodedInTheBackground();
    void sameTokenAgainChangesNothing();
    void newerLongTokenWins();
    void shortTokenWinsOverARunningDecode();
    void destroyedWhileDecoding();

private:
    std::unique_ptr<TokenModel> m_model;
    std::unique_ptr<TokenLoader> m_loader;
};

void TestTokenLoader::init()
{
    m_model = std::make_unique<TokenModel>();
    m_loader = std::make_unique<TokenLoader>(m_model.get());
}

void TestTokenLoader::cleanup()
{
    m_loader.reset();
    m_model.reset();
}

void TestTokenLoader::shortTokenIsSetAtOnce()
{
    QSignalSpy decoded(m_loader.get(), &TokenLoader::decoded);
    const QString text = token(1024, "short");
    QVERIFY(text.size() <= TokenLoader::BackgroundThreshold);
    m_loader->setToken(text);
    QVERIFY(!m_loader->isDecoding());
    QVERIFY(m_loader->decodingToken().isNull());
    QCOMPARE(m_model->token(), text);
    QVERIFY(m_model->payloadText().contains(QLatin1String("\"short\"")));
    QCOMPARE(decoded.size(), 0);
}

void TestTokenLoader::longTokenIsDecodedInTheBackground()
{
    const QString before = token(100, "before");
    m_loader->setToken(before);
    QSignalSpy decoded(m_loader.get(), &TokenLoader::decoded);
    const QString text = token(TokenLoader::BackgroundThreshold + 1024, "long");
    QVERIFY(text.size() > TokenLoader::BackgroundThreshold);
    m_loader->setToken(text);
    QVERIFY(m_loader->isDecoding());
    QCOMPARE(m_loader->decodingToken(), text);
    // The model holds the previous token until the decode is done.
    QCOMPARE(m_model->token(), before);
    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 20000);
    QVERIFY(!m_loader->isDecoding());
    QCOMPARE(m_model->token(), text);
    QVERIFY(m_model->payloadText().contains(QLatin1String("\"long\"")));
    QVERIFY(!m_model->payloadError().isError());
}

void TestTokenLoader::sameTokenAgainChangesNothing()
{
    QSignalSpy decoded(m_loader.get(), &TokenLoader::decoded);
    QSignalSpy tokenChanged(m_model.get(), &TokenModel::tokenChanged);
    const QString text = token(TokenLoader::BackgroundThreshold * 2, "again");
    m_loader->setToken(text);
    m_loader->setToken(text); // while it is decoded
    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 20000);
    QCOMPARE(tokenChanged.size(), 1);
    m_loader->setToken(text); // the model holds it
    QVERIFY(!m_loader->isDecoding());
    QCoreApplication::processEvents();
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(tokenChanged.size(), 1);
}

void TestTokenLoader::newerLongTokenWins()
{
    QSignalSpy decoded(m_loader.get(), &TokenLoader::decoded);
    QSignalSpy tokenChanged(m_model.get(), &TokenModel::tokenChanged);
    const QString first = token(TokenLoader::BackgroundThreshold * 4, "first");
    const QString second = token(TokenLoader::BackgroundThreshold * 2, "second");
    m_loader->setToken(first);
    m_loader->setToken(second);
    QCOMPARE(m_loader->decodingToken(), second);
    QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 20000);
    QCOMPARE(m_model->token(), second);
    // The first token never reached the model.
    QCOMPARE(tokenChanged.size(), 1);
    QCOMPARE(tokenChanged.first().first().toString(), second);
}

void TestTokenLoader::shortTokenWinsOverARunningDecode()
{
    QSignalSpy decoded(m_loader.get(), &TokenLoader::decoded);
    m_loader->setToken(token(TokenLoader::BackgroundThreshold * 8, "long"));
    QVERIFY(m_loader->isDecoding());
    const QString text = token(200, "short");
    m_loader->setToken(text);
    QVERIFY(!m_loader->isDecoding());
    QCOMPARE(m_model->token(), text);
    // Destroying the loader waits for the decode; its result, no longer wanted, is dropped.
    m_loader.reset();
    QCoreApplication::processEvents();
    QCOMPARE(decoded.size(), 0);
    QCOMPARE(m_model->token(), text);
}

void TestTokenLoader::destroyedWhileDecoding()
{
    const QString before = m_model->token();
    m_loader->setToken(token(TokenLoader::BackgroundThreshold * 16, "closing"));
    QVERIFY(m_loader->isDecoding());
    m_loader.reset(); // waits for the worker, which holds its own copy of the text
    QCoreApplication::processEvents();
    QCOMPARE(m_model->token(), before);
}

QTEST_GUILESS_MAIN(TestTokenLoader)
#include "tst_tokenloader.moc"
