// SPDX-License-Identifier: MIT
// How long the window takes to follow the user: one keystroke in the payload pane until
// every pane, the claims and the badge are updated (and the window has processed its
// events), a 1 MiB paste, and showing the window. The stall* benchmarks paste hostile input
// (10 MiB token, a binary file, a 1 MiB one-line JSON) and report the longest time the UI
// thread was busy without returning to the event loop; the time until everything is shown
// goes to the log.
#include "json.h"
#include "jsonpane.h"
#include "mainwindow.h"
#include "tokenmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <functional>

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
/// until the model and every view have followed (the window has processed its events,
/// painting included). The result is the median of 300 keystrokes; the 90th percentile goes
/// to the log.
void typeAndUndoInPayload(MainWindow &window)
{
    auto *payload = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    QTextCursor cursor = payload->textCursor();
    cursor.setPosition(payload->toPlainText().indexOf(QLatin1String("John")) + 1);
    payload->setTextCursor(cursor);
    QList<double> ms;
    QElapsedTimer timer;
    for (int keystroke = 0; keystroke < 300; ++keystroke) {
        timer.start();
        QTest::keyClick(payload, keystroke % 2 ? Qt::Key_Backspace : Qt::Key_X);
        window.flushEdits();
        QCoreApplication::processEvents();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    qInfo("keystroke: median %.2f ms, 90th percentile %.2f ms, worst %.2f ms", ms.at(150),
          ms.at(270), ms.last());
    QTest::setBenchmarkResult(ms.at(150) * 1e6, QTest::WalltimeNanoseconds);
    const TokenModel::VerifyState state = window.model()->verifyState();
    QVERIFY(state == TokenModel::VerifyState::Resigned
            || state == TokenModel::VerifyState::Verified);
}

QString bigToken(qsizetype payloadSize, char salt)
{
    const QByteArray header = b64(R"({"alg":"HS256","typ":"JWT"})");
    return QString::fromLatin1(header + '.' + b64(bigPayload(payloadSize, salt)) + ".c2lnbmF0dXJl");
}

/// Selects all of @p editor and presses Ctrl+V with @p text on the clipboard.
void paste(QPlainTextEdit *editor, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    editor->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor->window()));
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
}

struct Responsiveness
{
    double shownMs = 0; ///< from the user's action until @p done holds
    double maxStallMs = 0; ///< the longest stretch without the event loop running
};

/// Runs @p act, then the event loop until @p done: every call that does not return to
/// the loop (the action itself, each event-processing round) is one stall.
Responsiveness measure(const std::function<void()> &act, const std::function<bool()> &done)
{
    Responsiveness r;
    QElapsedTimer total;
    QElapsedTimer stall;
    total.start();
    stall.start();
    act();
    r.maxStallMs = stall.nsecsElapsed() / 1e6;
    while (!done() && total.elapsed() < 60000) {
        stall.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        r.maxStallMs = qMax(r.maxStallMs, stall.nsecsElapsed() / 1e6);
    }
    r.shownMs = total.nsecsElapsed() / 1e6;
    // Paint what is shown (one more round), counted as a stall too.
    stall.start();
    QCoreApplication::processEvents();
    r.maxStallMs = qMax(r.maxStallMs, stall.nsecsElapsed() / 1e6);
    return r;
}

/// The worst of @p runs runs of a scenario, reported as the benchmark result.
void reportWorst(const char *what, int runs, const std::function<Responsiveness(int)> &run)
{
    Responsiveness worst;
    for (int i = 0; i < runs; ++i) {
        const Responsiveness r = run(i);
        worst.maxStallMs = qMax(worst.maxStallMs, r.maxStallMs);
        worst.shownMs = qMax(worst.shownMs, r.shownMs);
    }
    qInfo("%s: longest UI-thread stall %.1f ms, everything shown after %.1f ms (worst of %d)", what,
          worst.maxStallMs, worst.shownMs, runs);
    QTest::setBenchmarkResult(worst.maxStallMs * 1e6, QTest::WalltimeNanoseconds);
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
    void stallPasteOneMiBToken();
    void stallPasteTenMiBToken();
    void stallPasteTenMiBTokenExplainOpen();
    void stallOpenBinaryFile();
    void stallPasteOneMiBJsonIntoPayload_data();
    void stallPasteOneMiBJsonIntoPayload();
    void stallPasteOneMiBIntoSecret();
    void stallPasteOneMiBAnywhere_data();
    void stallPasteOneMiBAnywhere();
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
    const QString tokens[2] = {bigToken(768 * 1024, 'a'), bigToken(768 * 1024, 'b')};
    QVERIFY(tokens[0].size() > 1000 * 1000);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    int i = 0;
    QBENCHMARK {
        const QString &token = tokens[i++ % 2];
        paste(editor, token);
        while (window.isDecoding() || window.model()->token() != token)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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

void BenchUi::stallPasteOneMiBToken()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    reportWorst("paste 1 MiB token", 4, [&](int i) {
        const QString token = bigToken(768 * 1024, char('a' + i));
        return measure([&] { paste(editor, token); },
                       [&] { return !window.isDecoding() && window.model()->token() == token; });
    });
    QVERIFY(window.model()->payloadText().contains(QLatin1String("claim100")));
}

void BenchUi::stallPasteTenMiBToken()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    QString token;
    reportWorst("paste 10 MiB token", 2, [&](int i) {
        token = bigToken(7680 * 1024, char('a' + i));
        return measure([&] { paste(editor, token); },
                       [&] { return !window.isDecoding() && window.model()->token() == token; });
    });
    QVERIFY(token.size() > 10 * 1000 * 1000);
    // Nothing is lost: the model has the whole token, and the payload all its members.
    QCOMPARE(window.model()->token(), token);
    QVERIFY(window.model()->payloadText().contains(QLatin1String("claim300000")));
}

/// The same with the Explain view open: it spells out the first megabyte of each part.
void BenchUi::stallPasteTenMiBTokenExplainOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("explainDock"));
    QVERIFY(dock);
    dock->show();
    QCoreApplication::processEvents();
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    QString token;
    reportWorst("paste 10 MiB token, Explain open", 2, [&](int i) {
        token = bigToken(7680 * 1024, char('a' + i));
        return measure([&] { paste(editor, token); },
                       [&] { return !window.isDecoding() && window.model()->token() == token; });
    });
    QCOMPARE(window.model()->token(), token);
}

void BenchUi::stallOpenBinaryFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("random.bin"));
    QByteArray bytes(4 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    reportWorst("open 4 MiB binary file", 2, [&](int) {
        window.loadSample();
        QCoreApplication::processEvents();
        return measure([&] { window.openFile(path); },
                       [&] {
                           return !window.isDecoding()
                                   && window.model()->token().size() > 1024 * 1024;
                       });
    });
    QVERIFY(window.model()->tokenError().isError());
}

void BenchUi::stallPasteOneMiBJsonIntoPayload_data()
{
    QTest::addColumn<QString>("shown"); // a dock or view open beside the panes
    QTest::newRow("panes only") << QString();
    QTest::newRow("claims table shown") << QStringLiteral("claimsTableToggle");
    QTest::newRow("Explain open") << QStringLiteral("explainDock");
    QTest::newRow("Learn open") << QStringLiteral("learnDock");
}

/// 30 000 members: every view that lists claims or spells out the payload has work.
void BenchUi::stallPasteOneMiBJsonIntoPayload()
{
    QFETCH(QString, shown);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.loadSample();
    if (auto *button = window.findChild<QToolButton *>(shown))
        button->click();
    else if (auto *dock = window.findChild<QDockWidget *>(shown)) {
        dock->show();
        dock->raise(); // Explain and Learn share a tab
    } else {
        QVERIFY(shown.isEmpty());
    }
    QCoreApplication::processEvents();
    auto *payload = window.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
    reportWorst("paste 1 MiB one-line JSON into the payload", 3, [&](int i) {
        const QByteArray json = bigPayload(1024 * 1024, char('a' + i));
        const QString expected = QString::fromLatin1(b64(json));
        return measure([&] { paste(payload, QString::fromLatin1(json)); },
                       [&] {
                           return window.model()->token().section(QLatin1Char('.'), 1, 1)
                                   == expected;
                       });
    });
}

void BenchUi::stallPasteOneMiBIntoSecret()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.loadSample();
    auto *secret = window.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret && secret->isVisible());
    reportWorst("paste a 1 MiB secret", 2, [&](int i) {
        const QString text(1024 * 1024, QLatin1Char(char('a' + i)));
        return measure(
                [&] {
                    QGuiApplication::clipboard()->setText(text);
                    secret->setFocus();
                    secret->selectAll();
                    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
                },
                [&] { return window.model()->verifyState() == TokenModel::VerifyState::Invalid; });
    });
}

void BenchUi::stallPasteOneMiBAnywhere_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("text");
    const qsizetype size = 1024 * 1024;
    const QString oneString = QStringLiteral("{\"sub\":\"") + QString(size, QLatin1Char('q'))
            + QStringLiteral("\"}");
    QString garbage(size, Qt::Uninitialized);
    QRandomGenerator generator(3);
    for (QChar &c : garbage)
        c = QChar(char16_t(0x20 + generator.bounded(0x5f)));
    QString lines;
    for (int i = 0; lines.size() < size; ++i)
        lines += QStringLiteral("line of text %1\n").arg(i);
    const QString nested
            = QString(size / 2, QLatin1Char('[')) + QString(size / 2, QLatin1Char(']'));
    const QString hangul(size / 3, QChar(0xD55C)); // 1 MiB of UTF-8
    // PEM-looking: 16 000 lines of base64 in a block (reading it was once quadratic).
    QString pem = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    while (pem.size() < size) {
        for (int i = 0; i < 64; ++i)
            pem += QLatin1Char("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                                       [generator.bounded(64)]);
        pem += QLatin1Char('\n');
    }
    pem += QStringLiteral("-----END PUBLIC KEY-----\n");
    for (const char *editor : {"payloadEdit", "headerEdit", "tokenEdit", "keyEdit"}) {
        const std::pair<const char *, const QString *> kinds[] = {
                {"one 1 MiB string", &oneString}, {"printable garbage, one line", &garbage},
                {"50 000 lines of text", &lines}, {"nested arrays", &nested},
                {"Hangul, one line", &hangul},    {"a PEM block of garbage", &pem},
        };
        for (const auto &[kind, text] : kinds) {
            QTest::newRow(qPrintable(
                    QStringLiteral("%1, %2").arg(QLatin1String(editor), QLatin1String(kind))))
                    << QString::fromLatin1(editor) << *text;
        }
    }
}

/// Any text in any editor (a 1 MiB secret is stallPasteOneMiBIntoSecret): the longest
/// UI-thread stall of pasting it, until the model has it.
void BenchUi::stallPasteOneMiBAnywhere()
{
    QFETCH(QString, editor);
    QFETCH(QString, text);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (editor == QLatin1String("keyEdit"))
        window.findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QCoreApplication::processEvents();
    auto *target = window.findChild<QPlainTextEdit *>(editor);
    QVERIFY(target && target->isVisible());
    const TokenModel *model = window.model();
    const std::function<QString()> held = editor == QLatin1String("payloadEdit")
            ? std::function<QString()>([model] { return model->payloadText(); })
            : editor == QLatin1String("headerEdit")
            ? std::function<QString()>([model] { return model->headerText(); })
            : editor == QLatin1String("tokenEdit")
            ? std::function<QString()>([model] { return model->token(); })
            : std::function<QString()>([model] { return model->keyText(); });
    // A long one-line JSON goes into a pane pretty-printed: then the model holds more.
    reportWorst(QTest::currentDataTag(), 1, [&](int) {
        return measure([&] { paste(target, text); },
                       [&] { return !window.isDecoding() && held().size() >= text.size(); });
    });
    if (held() != text) // nothing lost: the same JSON
        QCOMPARE(Json::compact(held().toUtf8()).text, Json::compact(text.toUtf8()).text);
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
