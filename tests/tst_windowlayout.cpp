// SPDX-License-Identifier: MIT
// The window fits the screen: its first size, a minimum that fits 1280×720 with every
// control on it, the teaching views at a useful size, and a layout remembered without
// secrets.
#include "mainwindow.h"
#include "tokentab.h"
#include "windowlayout.h"

#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }

    void firstPlacement_data();
    void firstPlacement();
    void opensWithinItsScreen();
    void everyControlOnScreen_data();
    void everyControlOnScreen();
    void layoutRememberedWithoutSecrets();
    void oneLayoutForAllTabs();

private:
    static QString settingsFile() { return QSettings().fileName(); }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->loadSample();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    /// Whether @p widget is shown whole inside the window's client area.
    bool onWindow(const QWidget *widget) const
    {
        if (!widget->isVisible())
            return false;
        const QRect rect(widget->mapTo(m_window.get(), QPoint()), widget->size());
        return m_window->rect().contains(rect);
    }
    QSplitter *splitterIn(int tab, const char *name) const
    {
        return m_window->tabAt(tab)->findChild<QSplitter *>(QLatin1String(name));
    }
    QPlainTextEdit *edit(const char *name) const
    {
        return m_window->findChild<QPlainTextEdit *>(QLatin1String(name));
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Run under xvfb-run with screens of 1280x720 and 1366x768 (tests/ui.cmake), maybe at
    // once: each size has its own settings file.
    const QSize screen = QGuiApplication::primaryScreen()->size();
    qInfo() << "screen" << QGuiApplication::primaryScreen()->availableGeometry();
    QCoreApplication::setApplicationName(
            QStringLiteral("tst_windowlayout_%1x%2").arg(screen.width()).arg(screen.height()));
}

void TestWindowLayout::init()
{
    QFile::remove(settingsFile());
    openWindow();
}

void TestWindowLayout::firstPlacement_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QSize>("expected");
    const QSize minimum(900, 500);
    QTest::newRow("1280x720, a panel on top")
            << QRect(0, 32, 1280, 688) << minimum << QSize(1152, 619);
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 768) << minimum << QSize(1229, 691);
    QTest::newRow("1280x1024") << QRect(0, 0, 1280, 1024) << minimum << QSize(1152, 900);
    QTest::newRow("1920x1080, second screen")
            << QRect(1920, 0, 1920, 1080) << minimum << QSize(1440, 900);
    QTest::newRow("smaller than the minimum")
            << QRect(0, 0, 800, 600) << minimum << QSize(900, 540);
}

void TestWindowLayout::firstPlacement()
{
    QFETCH(QRect, available);
    QFETCH(QSize, minimum);
    QFETCH(QSize, expected);
    const QRect placed = WindowLayout::firstPlacement(available, minimum);
    QCOMPARE(placed.size(), expected);
    QVERIFY((placed.center() - available.center()).manhattanLength() <= 2);
    QVERIFY(available.contains(placed) || placed.size() == minimum.expandedTo(placed.size()));
}

void TestWindowLayout::opensWithinItsScreen()
{
    // No settings yet: at most 90 % of the screen, or the window's minimum, on the screen.
    const QRect available = m_window->screen()->availableGeometry();
    const QSize expected = WindowLayout::PreferredSize.boundedTo(available.size() * 0.9)
                                   .expandedTo(m_window->minimumSizeHint());
    QCOMPARE(m_window->size(), expected);
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height())));
}

void TestWindowLayout::everyControlOnScreen_data()
{
    QTest::addColumn<QString>("dock");
    QTest::newRow("the panes") << QString();
    QTest::newRow("Explain open") << QStringLiteral("explainDock");
    QTest::newRow("Learn open") << QStringLiteral("learnDock");
}

void TestWindowLayout::everyControlOnScreen()
{
    QFETCH(QString, dock);
    const QRect available = m_window->screen()->availableGeometry();
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 680,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    if (!dock.isEmpty()) {
        auto *dockWidget = m_window->findChild<QDockWidget *>(dock);
        QVERIFY(dockWidget);
        dockWidget->toggleViewAction()->trigger();
        QTRY_VERIFY(dockWidget->widget() && dockWidget->widget()->isVisible());
        // A useful size: at least a third of the window's height.
        QTRY_VERIFY2(dockWidget->height() >= m_window->height() / 3,
                     qPrintable(QString::number(dockWidget->height())));
    }
    QVERIFY(available.contains(m_window->frameGeometry()));
    for (const char *name : {"copyTokenButton", "copyBearerButton", "signButton", "resignOnEdit",
                             "verificationBadge", "algorithmCombo", "secretEdit"}) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QTRY_VERIFY2(onWindow(widget), name);
    }
    QVERIFY(onWindow(m_window->statusBar()));
    // Each pane keeps a few lines.
    for (const char *name : {"tokenEdit", "headerEdit", "payloadEdit"}) {
        QPlainTextEdit *editor = edit(name);
        QVERIFY2(onWindow(editor), name);
        QVERIFY2(editor->viewport()->height() >= 3 * editor->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("%1: %2 px")
                                    .arg(QLatin1String(name))
                                    .arg(editor->viewport()->height())));
    }
}

static QByteArray sampleSecret()
{
    QFile file(QStringLiteral(":/sample-secret.txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

void TestWindowLayout::layoutRememberedWithoutSecrets()
{
    m_window->loadText(QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ."
                                      "tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI"));
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    secret->setFocus();
    QTest::keyClicks(secret, QStringLiteral("a-secret-never-saved"));
    m_window->resize(1180, 640);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(m_window->size(), QSize(1180, 640));
    splitter->setSizes({200, 500, 300});
    const QList<int> sizes = splitter->sizes();
    m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"))->show();
    QVERIFY(m_window->close());

    QFile file(settingsFile());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsFile()));
    const QByteArray written = file.readAll();
    QVERIFY(!written.isEmpty());
    for (const QByteArray &secretPart :
         {QByteArray("a-secret-never-saved"), QByteArray("eyJ0eXAiOiJKV1Qi"),
          QByteArray("tBQu0HfnOYK7lL3tH5"), QByteArray("user-id"), sampleSecret()}) {
        QVERIFY2(!written.contains(secretPart), secretPart.constData());
    }

    // The next window opens as this one was left.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1180, 640));
    QTRY_COMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QTRY_VERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"))->isVisible());
}

void TestWindowLayout::oneLayoutForAllTabs()
{
    // The panes are laid out once for the window: resized in the second tab, they are so in
    // the first when the user goes back to it, and the window remembers them as they are in
    // the tab shown when it closed.
    m_window->resize(1180, 640);
    QTRY_COMPARE(m_window->size(), QSize(1180, 640));
    m_window->openInNewTab(QStringLiteral(
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNvbmQtdGFiIn0.c2lnbmF0dXJlLW5vdC1jaGVja2Vk"));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 1);
    QTRY_VERIFY(splitterIn(1, "mainSplitter")->isVisible());
    const QList<int> before = splitterIn(0, "mainSplitter")->sizes();
    splitterIn(1, "mainSplitter")->setSizes({260, 520, 300});
    splitterIn(1, "decodedSplitter")->setSizes({150, 300, 220});
    const QList<int> mainSizes = splitterIn(1, "mainSplitter")->sizes();
    const QList<int> decodedSizes = splitterIn(1, "decodedSplitter")->sizes();
    QVERIFY(mainSizes != before);
    QVERIFY(m_window->close());

    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(splitterIn(0, "mainSplitter")->sizes(), mainSizes);
    // A second tab, as when the window closed (the tab bar shows: the panes are as high as
    // they were), is laid out as the first.
    m_window->openInNewTab();
    QTRY_COMPARE(splitterIn(1, "mainSplitter")->sizes(), mainSizes);
    QTRY_COMPARE(splitterIn(1, "decodedSplitter")->sizes(), decodedSizes);
    // Resized there, the first follows on switching.
    splitterIn(1, "mainSplitter")->setSizes({420, 400, 260});
    const QList<int> changed = splitterIn(1, "mainSplitter")->sizes();
    QVERIFY(changed != mainSizes);
    QTabBar *bar = m_window->tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QCOMPARE(m_window->currentTabIndex(), 0);
    QTRY_COMPARE(splitterIn(0, "mainSplitter")->sizes(), changed);
    QTRY_COMPARE(splitterIn(0, "decodedSplitter")->sizes(), decodedSizes);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
