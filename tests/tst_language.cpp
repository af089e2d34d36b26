// SPDX-License-Identifier: MIT
// The Korean user interface: the embedded translation, a run-time switch in the real window,
// and the completeness of translations/jwtlens_ko.ts in the source tree.
#include "explainview.h"
#include "languagemanager.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "registry.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

QString copyButtonText(const MainWindow &window)
{
    const auto *view = window.findChild<ExplainView *>(QStringLiteral("explainView"));
    if (!view)
        return QString();
    const auto *button = view->findChild<QToolButton *>(QStringLiteral("copyStep"));
    return button ? button->text() : QString();
}

QString lesson(const MainWindow &window)
{
    const auto *panel = window.findChild<LearnPanel *>(QStringLiteral("learnPanel"));
    return panel ? panel->html() : QString();
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void koreanTranslationIsEmbedded_data();
    void koreanTranslationIsEmbedded();
    void switchesAtRunTime();
    void datesFollowTheLanguage();
    void tsFileIsComplete();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguage::init()
{
    LanguageManager::apply(QStringLiteral("en"));
}

void TestLanguage::cleanup()
{
    m_window.reset();
    LanguageManager::apply(QStringLiteral("en"));
}

void TestLanguage::koreanTranslationIsEmbedded_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("korean");
    QTest::newRow("claim meaning") << "Registry"
                                   << "Expiration time" << QString::fromUtf8("만료 시각");
    QTest::newRow("explain step") << "ExplainView"
                                  << "Copy" << QString::fromUtf8("복사");
    QTest::newRow("engine message")
            << "Json"
            << "unterminated string" << QString::fromUtf8("끝나지 않은 문자열");
    QTest::newRow("menu") << "MainWindow"
                          << "&File" << QString::fromUtf8("파일(&F)");
}

void TestLanguage::koreanTranslationIsEmbedded()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, korean);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/jwtlens_ko.qm")));
    QCOMPARE(translator.translate(context.toLatin1().constData(), source.toUtf8().constData()),
             korean);
}

void TestLanguage::switchesAtRunTime()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->loadSample();
    // The teaching views are made when their docks are first shown.
    for (const char *name : {"explainDock", "learnDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->show();
        dock->raise();
    }
    QTRY_VERIFY(m_window->findChild<ExplainView *>(QStringLiteral("explainView")));
    QTRY_VERIFY(m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel")));

    QVERIFY(menuTitles(*m_window).contains(QStringLiteral("&File")));
    QTRY_COMPARE(copyButtonText(*m_window), QStringLiteral("Copy"));
    QTRY_VERIFY(lesson(*m_window).contains(QStringLiteral("How a JWT works")));

    m_window->setLanguage(QStringLiteral("ko"));
    QTRY_VERIFY(menuTitles(*m_window).contains(QString::fromUtf8("파일(&F)")));
    QVERIFY(!menuTitles(*m_window).contains(QStringLiteral("&File")));
    QTRY_COMPARE(copyButtonText(*m_window), QString::fromUtf8("복사"));
    QTRY_VERIFY(lesson(*m_window).contains(QString::fromUtf8("JWT의 작동 원리")));
    // Registry meanings follow at once (they are translated when looked up).
    QCOMPARE(Registry::lookup(Registry::Place::Payload, u"exp").title,
             QString::fromUtf8("만료 시각"));

    m_window->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(menuTitles(*m_window).contains(QStringLiteral("&File")));
    QTRY_COMPARE(copyButtonText(*m_window), QStringLiteral("Copy"));
    QTRY_VERIFY(lesson(*m_window).contains(QStringLiteral("How a JWT works")));
}

void TestLanguage::datesFollowTheLanguage()
{
    LanguageManager::apply(QStringLiteral("ko"));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    // 2011-03-22 (RFC 7515 A.1's exp) spelled the Korean way: year first, with 년.
    const QString tip = Registry::tooltip(Registry::Place::Payload, u"exp", "1300819380");
    QVERIFY2(tip.contains(QString::fromUtf8("2011년")), qPrintable(tip));
    QVERIFY2(tip.contains(QString::fromUtf8("만료 시각")), qPrintable(tip));
}

void TestLanguage::tsFileIsComplete()
{
    QFile file(QFINDTESTDATA("data/../../translations/jwtlens_ko.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1 (%2): %3").arg(type, context, source));
            else if (text.trimmed().isEmpty() && !source.trimmed().isEmpty())
                problems.append(QStringLiteral("empty (%1): %2").arg(context, source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
