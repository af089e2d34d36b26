// SPDX-License-Identifier: MIT
// "Clipboard is read only when the user pastes" (issue 5, secrets stay secret).
//
// What this proves, and how: the clipboard of the offscreen platform is in-process; it hands
// back the very QMimeData object the test put on it. That object is a WatchedMimeData, which
// counts every call through which its content or its list of formats can be learnt
// (formats(), hasFormat(), retrieveData(): QMimeData::text(), QClipboard::text() and a text
// edit's paste all go through them). So a zero count means no code in the process — ours
// or Qt's widgets acting for us — looked at what the clipboard holds. The test starts the
// window the way main.cpp does, shows it, moves the focus through the panes, takes the
// activation away and gives it back, and changes the clipboard while the window runs (a
// window that follows dataChanged() would read it then): the count stays at zero and the
// model keeps the sample token. Then the user pastes (Ctrl+V, the "Paste Token or Key"
// action), and only then is the clipboard read and its token loaded.
//
// What it does not prove: the behaviour under a real X11 or Wayland clipboard, whose reads
// go through the same QClipboard calls (ui/mainwindow.cpp pasteToken() is the only reader
// in ui/; the other QClipboard uses, in explainview.cpp and keypairdialog.cpp, only write).
#include "mainwindow.h"
#include "startup.h"
#include "tokenmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString hs256(const QByteArray &payload)
{
    const QByteArray input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' + b64(payload);
    const QByteArray mac = QMessageAuthenticationCode::hash(input, "clipboard-test-secret",
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

/// Who asked the clipboard's data what it holds.
struct Reads
{
    int formats = 0;
    int hasFormat = 0;
    int retrieveData = 0;
    int total() const { return formats + hasFormat + retrieveData; }
};

/// Text on the clipboard that counts each look at it. The clipboard owns it; the counters
/// belong to the test.
class WatchedMimeData : public QMimeData
{
public:
    WatchedMimeData(Reads *reads, const QString &text)
        : m_reads(reads)
    {
        setText(text);
    }

    QStringList formats() const override
    {
        ++m_reads->formats;
        return QMimeData::formats();
    }
    bool hasFormat(const QString &mimeType) const override
    {
        ++m_reads->hasFormat;
        return QMimeData::hasFormat(mimeType);
    }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override
    {
        ++m_reads->retrieveData;
        return QMimeData::retrieveData(mimeType, type);
    }

private:
    Reads *m_reads;
};

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyWhenTheUserPastes();
};

void TestClipboard::readOnlyWhenTheUserPastes()
{
    const QString before = hs256("{\"sub\":\"on the clipboard before the start\"}");
    const QString during = hs256("{\"sub\":\"copied while the window runs\"}");
    QClipboard *clipboard = QGuiApplication::clipboard();
    Reads reads;
    auto *first = new WatchedMimeData(&reads, before);
    clipboard->setMimeData(first);
    // The observable only means something if the platform gives our object back.
    QCOMPARE(clipboard->mimeData(), first);
    QCOMPARE(reads.total(), 0);

    // Started as main.cpp starts it: no token given, so the sample.
    MainWindow window;
    Startup::apply(window, StartupOptions());
    const QString sample = window.model()->token();
    QVERIFY(!sample.isEmpty());
    QVERIFY(sample != before);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Focus through every pane, by Tab and directly.
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_Tab);
    for (const char *name : {"tokenEdit", "headerEdit", "payloadEdit"}) {
        auto *edit = window.findChild<QPlainTextEdit *>(QLatin1String(name));
        QVERIFY(edit);
        edit->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(edit->hasFocus());
    }
    auto *secret = window.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    secret->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(secret->hasFocus());

    // Activation taken by another window and given back.
    QWidget other;
    other.resize(200, 100);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_VERIFY(!window.isActiveWindow());
    other.close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // New content on the clipboard while the window runs (dataChanged() is emitted).
    QSignalSpy changed(clipboard, &QClipboard::dataChanged);
    auto *second = new WatchedMimeData(&reads, during);
    clipboard->setMimeData(second);
    QCOMPARE(changed.count(), 1);
    QCoreApplication::processEvents();
    QTest::qWait(50); // let anything queued or timed on the change run; no condition to wait for

    QCOMPARE(window.model()->token(), sample);
    QCOMPARE(reads.formats, 0);
    QCOMPARE(reads.hasFormat, 0);
    QCOMPARE(reads.retrieveData, 0);

    // The user pastes: Ctrl+V with the focus outside the editors is "Paste Token or Key".
    auto *paste = window.findChild<QAction *>(QStringLiteral("pasteAction"));
    QVERIFY(paste);
    QSignalSpy pasted(paste, &QAction::triggered);
    QWidget *findings = window.findChild<QWidget *>(QStringLiteral("findingsList"));
    QVERIFY(findings);
    findings->setFocus();
    QTRY_VERIFY(findings->hasFocus());
    QTest::keyClick(findings, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(pasted.count(), 1);
    QTRY_COMPARE(window.model()->token(), during);
    QVERIFY(reads.retrieveData > 0);
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
