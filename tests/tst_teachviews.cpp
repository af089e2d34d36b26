// SPDX-License-Identifier: MIT
// The teaching widgets: the Explain view, the Learn panel and the member-name hover.
#include "explainview.h"
#include "learnpanel.h"
#include "memberhover.h"
#include "tokenmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

namespace {

const char lesson[] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ"
                      ".tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI";

} // namespace

class TestTeachViews : public QObject
{
    Q_OBJECT

private slots:
    void explainFollowsTheModel();
    void explainCopiesAStep();
    void explainCutsLongValues();
    void learnQuotesTheToken();
    void learnLinksToParts_data();
    void learnLinksToParts();
    void hover_data();
    void hover();
};

void TestTeachViews::explainFollowsTheModel()
{
    TokenModel model;
    model.setToken(QString::fromLatin1(lesson));
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("secret"));
    ExplainView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.stepCount(), 6);
    QVERIFY(view.stepText(1).contains(QLatin1String("{\"user-id\":5}")));
    QVERIFY(view.stepText(5).contains(QLatin1String("Equal")));

    // An edit of the payload pane reaches the view through the model's signals.
    model.setPayloadText(QStringLiteral("{\"user-id\":6}"));
    QTRY_VERIFY(view.stepText(1).contains(QLatin1String("{\"user-id\":6}")));
    QVERIFY(!view.stepText(1).contains(QLatin1String("{\"user-id\":5}")));
}

void TestTeachViews::explainCopiesAStep()
{
    TokenModel model;
    model.setToken(QString::fromLatin1(lesson));
    ExplainView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.stepCount() > 0);
    const QList<QToolButton *> buttons
            = view.findChildren<QToolButton *>(QStringLiteral("copyStep"));
    QCOMPARE(buttons.size(), view.stepCount());
    QApplication::clipboard()->clear();
    QTest::mouseClick(buttons.at(2), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), view.stepText(2));
    QVERIFY(QApplication::clipboard()->text().contains(
            QLatin1String("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ")));
}

void TestTeachViews::explainCutsLongValues()
{
    TokenModel model;
    model.setToken(QString::fromLatin1(lesson));
    ExplainView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString big = QStringLiteral("{\"blob\":\"%1\"}").arg(QString(256 * 1024, u'x'));
    model.setPayloadText(big);
    // Copy gets the first 64 KiB of each value and how much more there is; the labels show
    // less still.
    QTRY_VERIFY(view.stepText(1).contains(QString(60 * 1024, u'x')));
    QVERIFY(view.stepText(1).contains(QLatin1String("more byte")));
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels)
        QVERIFY2(label->text().size() < 10000, qPrintable(QString::number(label->text().size())));
}

void TestTeachViews::learnQuotesTheToken()
{
    TokenModel model;
    model.setToken(QString::fromLatin1(lesson));
    LearnPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.html().contains(QLatin1String("eyJ1c2VyLWlkIjo1fQ")));
    QVERIFY(panel.html().contains(QLatin1String("no exp")));
    model.setToken(QStringLiteral("eyJhbGciOiJub25lIn0.eyJleHAiOjF9."));
    QTRY_VERIFY(panel.html().contains(QLatin1String("unsecured")));
    QVERIFY(!panel.html().contains(QLatin1String("no exp")));
}

void TestTeachViews::learnLinksToParts_data()
{
    QTest::addColumn<TokenPart>("part");
    QTest::newRow("token") << TokenPart::Token;
    QTest::newRow("header") << TokenPart::Header;
    QTest::newRow("payload") << TokenPart::Payload;
    QTest::newRow("signature") << TokenPart::Signature;
}

void TestTeachViews::learnLinksToParts()
{
    QFETCH(TokenPart, part);
    TokenModel model;
    model.setToken(QString::fromLatin1(lesson));
    LearnPanel panel(&model);
    const QString href = LearnPanel::linkFor(part).toString();
    QVERIFY(panel.html().contains(QStringLiteral("href=\"%1\"").arg(href)));
    QSignalSpy spy(&panel, &LearnPanel::highlightRequested);
    auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("lessonText"));
    QVERIFY(browser);
    emit browser->anchorClicked(LearnPanel::linkFor(part));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<TokenPart>(), part);
}

void TestTeachViews::hover_data()
{
    QTest::addColumn<Registry::Place>("place");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at"); // the text the position points into
    QTest::addColumn<QString>("expected"); // empty: no tooltip
    const QString payload = QStringLiteral(
            "{\n  \"exp\": 1300819380,\n  \"user-id\": 5,\n  \"cnf\": {\"jwk\": {}}\n}");
    QTest::newRow("registered claim with its date")
            << Registry::Place::Payload << payload << "exp\""
            << "Expiration time";
    QTest::newRow("the date itself") << Registry::Place::Payload << payload << "exp\""
                                     << "18:43:00";
    QTest::newRow("private claim") << Registry::Place::Payload << payload << "user-id"
                                   << "private claim";
    QTest::newRow("nested name: no tooltip") << Registry::Place::Payload << payload << "jwk"
                                             << "";
    QTest::newRow("a value: no tooltip") << Registry::Place::Payload << payload << "300819"
                                         << "";
    QTest::newRow("header parameter")
            << Registry::Place::Header << "{\"alg\": \"HS256\", \"kid\": \"k1\"}"
            << "kid"
            << "Key ID";
    QTest::newRow("while typing (invalid JSON)")
            << Registry::Place::Payload << "{\"iss\": \"joe\", \"sub\": "
            << "sub"
            << "Subject";
}

void TestTeachViews::hover()
{
    QFETCH(Registry::Place, place);
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(QString, expected);
    const qsizetype position = text.indexOf(at) + 1;
    QVERIFY(position > 0);
    const QString tip = MemberHover::tooltipAt(text, position, place);
    if (expected.isEmpty())
        QVERIFY2(tip.isEmpty(), qPrintable(tip));
    else
        QVERIFY2(tip.contains(expected), qPrintable(tip));
}

QTEST_MAIN(TestTeachViews)
#include "tst_teachviews.moc"
