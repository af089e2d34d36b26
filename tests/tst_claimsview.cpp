// SPDX-License-Identifier: MIT
// The claims under the payload in the window: the time buttons, the table, copying
// values, the clock and the leeway.
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

class TestClaimsView : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void timeButtonsEditPayloadInPlace();
    void undoAfterTimeButton();
    void clockPastExpMarksExpired();
    void leewayKeepsTokenValid();
    void claimsTableToggle();
    void claimValueCopiedFromContextMenu();
    void millisecondsAreFlagged();
};

void TestClaimsView::timeButtonsEditPayloadInPlace()
{
    m_window->findChild<QAction *>(QStringLiteral("template_jwt-io"))->trigger();
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("John Doe")));
    const qint64 now = 1700000000;
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp1h")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700003600")));
    // Appended after the last member, order kept.
    const QString payload = edit("payloadEdit")->toPlainText();
    QVERIFY(payload.indexOf(QLatin1String("\"iat\"")) < payload.indexOf(QLatin1String("\"exp\"")));
    QVERIFY(payload.indexOf(QLatin1String("\"sub\"")) < payload.indexOf(QLatin1String("\"name\"")));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setIatNow")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"iat\": 1700000000")));
    QVERIFY(!m_window->model()->payloadText().contains(QLatin1String("1516239022")));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp5m")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700000300")));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp1d")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700086400")));
    QCOMPARE(m_window->model()->payloadText().count(QLatin1String("\"exp\"")), 1);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
}

void TestClaimsView::undoAfterTimeButton()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    const QString original = payload->toPlainText();
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp5m")),
                      Qt::LeftButton);
    QTRY_VERIFY(payload->toPlainText().contains(QLatin1String("1700000300")));
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(payload->toPlainText(), original);
    QTRY_COMPARE(m_window->model()->payloadText(), original);
}

void TestClaimsView::clockPastExpMarksExpired()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    m_window->loadText(vector.value(QLatin1String("token")).toString());
    auto *source = m_window->findChild<QComboBox *>(QStringLiteral("clockSource"));
    auto *fixed = m_window->findChild<QDateTimeEdit *>(QStringLiteral("fixedClock"));
    QVERIFY(source && fixed);
    source->setCurrentIndex(1);
    QVERIFY(fixed->isEnabled());
    // exp is 1300819380: one second before, then an hour after.
    fixed->setDateTime(QDateTime::fromSecsSinceEpoch(1300819379, Qt::UTC).toLocalTime());
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp")));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
    fixed->setDateTime(QDateTime::fromSecsSinceEpoch(1300819380 + 3600, Qt::UTC).toLocalTime());
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("expired"));
    QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"));
    QVERIFY2(status->text().contains(QLatin1String("expired")), qPrintable(status->text()));
    QVERIFY(!status->accessibleDescription().isEmpty());
    QVERIFY(status->accessibleName().isEmpty());
}

void TestClaimsView::leewayKeepsTokenValid()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    m_window->loadText(vector.value(QLatin1String("token")).toString());
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(1300819380 + 30, Qt::UTC));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("expired"));
    auto *leeway = m_window->findChild<QSpinBox *>(QStringLiteral("leeway"));
    QVERIFY(leeway);
    leeway->setFocus();
    leeway->selectAll();
    QTest::keyClicks(leeway, QStringLiteral("60"));
    QTRY_COMPARE(m_window->model()->leeway(), qint64(60));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
}

void TestClaimsView::claimsTableToggle()
{
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("claimsTable"));
    QVERIFY(table);
    QVERIFY(!table->isVisible());
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("claimsTableToggle")),
                      Qt::LeftButton);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), m_window->model()->claims().size());
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    QVERIFY2(names.contains(QLatin1String("exp")) && names.contains(QLatin1String("iss")),
             qPrintable(names.join(QLatin1Char(','))));

    // Hidden, it is not kept up to date; shown again, it shows the claims of the moment.
    auto *toggle = m_window->findChild<QToolButton *>(QStringLiteral("claimsTableToggle"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(!table->isVisible());
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"x\",\"jti\":\"j1\"}"));
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->claims().size(), 2);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("jti"));
}

void TestClaimsView::claimValueCopiedFromContextMenu()
{
    replaceAll(edit("payloadEdit"),
               QStringLiteral("{\"sub\":\"a \\\"quoted\\\" \\u00e9\",\"exp\":4102444800}"));
    m_window->flushEdits();
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("claimsView"));
    QVERIFY(view);
    const QString sub = QStringLiteral("a \"quoted\" \u00e9");
    QLabel *value = nullptr;
    QTRY_VERIFY((value = [&]() -> QLabel * {
        for (QLabel *label : view->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == sub)
                return label;
        }
        return nullptr;
    }()));
    QCOMPARE(value->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(value->actions().size(), 1);
    QGuiApplication::clipboard()->clear();
    value->actions().first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), sub); // unescaped, without the quotes
}

void TestClaimsView::millisecondsAreFlagged()
{
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"exp\":1700000000000}"));
    QTRY_VERIFY(!m_window->model()->claims().isEmpty()
                && m_window->model()->claims().first().raw == "1700000000000");
    QVERIFY(m_window->model()->claims().first().looksLikeMilliseconds);
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("claimsView"));
    const auto flagged = [view] {
        const QList<QLabel *> labels = view->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("milliseconds"));
        });
    };
    QTRY_VERIFY(flagged());
}

QTEST_MAIN(TestClaimsView)
#include "tst_claimsview.moc"
