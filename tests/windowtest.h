// SPDX-License-Identifier: MIT
// What the window's suites share: test data, typing and pasting the way a user does, and a
// fixture that opens the window with its sample token.
#pragma once

#include "mainwindow.h"
#include "tokentab.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>

#include <memory>

namespace WindowTest {

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

/// A case of tests/data/vectors/manifest.json by name.
inline QJsonObject manifestCase(const QString &name)
{
    const QJsonArray cases = QJsonDocument::fromJson(
                                     readFile(QFINDTESTDATA("data/vectors/manifest.json")).toUtf8())
                                     .array();
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

inline QString segment(const QString &token, int index)
{
    return token.split(QLatin1Char('.')).value(index);
}

inline QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// Types @p text into @p widget one key at a time; QTest::keyClicks() knows only ASCII keys.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// A payload of about @p size bytes, one line, with registered claims first.
inline QByteArray longPayload(qsizetype size, char salt)
{
    QByteArray json = R"({"sub":"1234567890","iat":1516239022,"exp":4102444800)";
    int i = 0;
    while (json.size() < size - 40)
        json += ",\"claim" + QByteArray::number(i++) + "\":\"value " + salt + "\"";
    return json + "}";
}

/// Selects all of @p editor and presses Ctrl+V with @p text on the clipboard.
inline void pasteInto(QPlainTextEdit *editor, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
}

/// Translates every string to "[ko] <source>": enough to see that each widget retranslates.
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[ko] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace WindowTest

/// The window with its sample token, shown and active (openWindow() in init(),
/// closeWindow() in cleanup()), and how the suites find its parts.
class WindowFixture
{
protected:
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->loadSample();
        // The size of a large screen, whatever the window would choose on the offscreen
        // platform's 800×600 one (tst_windowlayout tests that choice).
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void closeWindow()
    {
        m_window.reset();
        // Work the window started on the thread pool (a key pair being made, a long token
        // decoded) ends with its test: at exit the sanitizer would report its OpenSSL objects
        // as leaked, and it must not run into the next test.
        QThreadPool::globalInstance()->waitForDone();
    }

    /// An editor of the current tab (File → Open and several tokens make new tabs).
    QPlainTextEdit *edit(const char *name) const
    {
        return m_window->currentTab()->findChild<QPlainTextEdit *>(QLatin1String(name));
    }
    QString badge() const
    {
        auto *label
                = m_window->currentTab()->findChild<QLabel *>(QStringLiteral("verificationBadge"));
        return label ? label->text() : QString();
    }
    void replaceAll(QPlainTextEdit *editor, const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor, text);
    }

    std::unique_ptr<MainWindow> m_window;
};
