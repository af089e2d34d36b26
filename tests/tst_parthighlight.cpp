// SPDX-License-Identifier: MIT
// One token part highlighted across the window: hover, cursor and the Learn view's request.
#include "crackpanel.h"
#include "keypairdialog.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokenmodel.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace WindowTest;

class TestPartHighlight : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void hoverAndCursorHighlightPanes();
    void learnPanelHighlightRequest();
};

void TestPartHighlight::hoverAndCursorHighlightPanes()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(payload, Qt::Key_Down);
    auto *payloadPane = m_window->findChild<QWidget *>(QStringLiteral("payloadPane"));
    QTRY_VERIFY(payloadPane->property("highlighted").toBool());

    QPlainTextEdit *token = edit("tokenEdit");
    token->setFocus();
    QTest::keyClick(token, Qt::Key_Home, Qt::ControlModifier);
    auto *headerPane = m_window->findChild<QWidget *>(QStringLiteral("headerPane"));
    QTRY_VERIFY(headerPane->property("highlighted").toBool());
    QVERIFY(!payloadPane->property("highlighted").toBool());

    // Hovering the signature segment highlights the signature pane.
    const QString text = token->toPlainText();
    QTextCursor cursor(token->document());
    cursor.setPosition(text.lastIndexOf(QLatin1Char('.')) + 3);
    const QPoint point = token->cursorRect(cursor).center();
    QTest::mouseMove(token->viewport(), point);
    auto *signaturePane = m_window->findChild<QWidget *>(QStringLiteral("signaturePane"));
    QTRY_VERIFY(signaturePane->property("highlighted").toBool());
}

void TestPartHighlight::learnPanelHighlightRequest()
{
    // The Learn dock (F3) is made when first shown.
    QVERIFY(!m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel")));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_VERIFY(m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel")));
    auto *panel = m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel"));
    QTRY_VERIFY(panel->isVisible());
    emit panel->highlightRequested(TokenPart::Payload);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("payloadPane"))
                        ->property("highlighted")
                        .toBool());
    emit panel->highlightRequested(TokenPart::Header);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("headerPane"))
                        ->property("highlighted")
                        .toBool());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("payloadPane"))
                     ->property("highlighted")
                     .toBool());
}

QTEST_MAIN(TestPartHighlight)
#include "tst_parthighlight.moc"
