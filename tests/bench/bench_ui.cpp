// SPDX-License-Identifier: MIT
// How long the window takes to follow the user: one keystroke in the payload pane until
// every pane, the claims and the badge are updated (and the window has processed its
// events), a 1 MiB paste, and showing the window.
#include "mainwindow.h"
#include "tokenmodel.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A payload of about @p size bytes: registered claims and many members.
QByteArray bigPayload(qsizetype size, char salt)
{
    QByteArray json = R"({"sub":"1234567890","iat":1516239022,"exp":4102444800)";
    int i = 0;
    while (json.size() < size - 40)
        json += ",\"claim" + QByteArray::number(i++) + "\":\"value " + salt + "\"";
    return json + "}";
}

/// One keystroke in the payload pane (alternately a character and Backspace), each time
/// until the model and every view have followed.
void typeAndUndoInPayload(MainWindow &window)
{
    auto *payload = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    QTextCursor cursor = payload->textCursor();
    cursor.setPosition(payload->toPlainText().indexOf(QLatin1String("John")) + 1);
    payload->setTextCursor(cursor);
    int keystroke = 0;
    QBENCHMARK {
        QTest::keyClick(payload, keystroke++ % 2 ? Qt::Key_Backspace : Qt::Key_X);
        window.flushEdits();
        QCoreApplication::processEvents();
    }
    const TokenModel::VerifyState state = window.model()->verifyState();
    QVERIFY(state == TokenModel::VerifyState::Resigned
            || state == TokenModel::VerifyState::Verified);
}

} // namespace

class BenchUi : public QObject
{
    Q_OBJECT

private slots:
    void keystrokeHs256OneKiB();
    void keystrokeRs256Resign();
    void pasteOneMiBToken();
    void pasteOneMiBTokenModelOnly();
    void windowShown();
};

void BenchUi::keystrokeHs256OneKiB()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("template_jwt-io"))->trigger();
    // Grow the payload to 1 KiB, keeping "John".
    QByteArray payload = bigPayload(1024, 'a');
    payload.replace("\"sub\":\"1234567890\"", "\"sub\":\"1234567890\",\"name\":\"John Doe\"");
    window.model()->setPayloadText(QString::fromUtf8(payload));
    window.flushEdits();
    QVERIFY(window.model()->token().size() > 1300);
    typeAndUndoInPayload(window);
}

void BenchUi::keystrokeRs256Resign()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QCOMPARE(window.model()->verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY(window.model()->resignOnEdit());
    typeAndUndoInPayload(window);
}

void BenchUi::pasteOneMiBToken()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QString tokens[2] = {
            QString::fromLatin1(header + '.' + b64(bigPayload(768 * 1024, 'a')) + ".c2lnbmF0dXJl"),
            QString::fromLatin1(header + '.' + b64(bigPayload(768 * 1024, 'b')) + ".c2lnbmF0dXJl"),
    };
    QVERIFY(tokens[0].size() > 1000 * 1000);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    editor->setFocus();
    int i = 0;
    QBENCHMARK {
        editor->selectAll();
        editor->insertPlainText(tokens[i++ % 2]);
        window.flushEdits();
        QCoreApplication::processEvents();
    }
    QVERIFY(window.model()->payloadText().contains(QLatin1String("claim100")));
}

/// The same paste without widgets: how much of pasteOneMiBToken is the model's.
void BenchUi::pasteOneMiBTokenModelOnly()
{
    TokenModel model;
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QString tokens[2] = {
            QString::fromLatin1(header + '.' + b64(bigPayload(768 * 1024, 'a')) + ".c2lnbmF0dXJl"),
            QString::fromLatin1(header + '.' + b64(bigPayload(768 * 1024, 'b')) + ".c2lnbmF0dXJl"),
    };
    int i = 0;
    QBENCHMARK {
        model.setToken(tokens[i++ % 2]);
    }
    QVERIFY(model.payloadText().contains(QLatin1String("claim100")));
}

void BenchUi::windowShown()
{
    QBENCHMARK {
        MainWindow window;
        window.loadSample();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
    }
}

QTEST_MAIN(BenchUi)
#include "bench_ui.moc"
