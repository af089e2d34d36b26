// SPDX-License-Identifier: MIT
// The Signature pane in the window: keys and secrets (long, cut, bad), the algorithm,
// signing, the badge, and a generated key pair.
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

class TestSignaturePane : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void pasteRfc7515A2TokenAndJwk();
    void hugeKeyPasteIsExplained();
    void cutSecretIsExplained();
    void truncatedPemIsExplained();
    void algorithmSelectorRewritesHeader();
    void signButtonSignsWithKey();
    void badgeChangesDoNotMoveControls();
    void keyPairDialogGenerates();
};

void TestSignaturePane::pasteRfc7515A2TokenAndJwk()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.2-RS256-jwk"));
    QVERIFY(!vector.isEmpty());
    const QString token = vector.value(QLatin1String("token")).toString();
    const QString keyFile
            = QStringLiteral("data/vectors/") + vector.value(QLatin1String("key_file")).toString();
    const QString jwk = readFile(QFINDTESTDATA(keyFile));
    QVERIFY(!jwk.isEmpty());

    // Ctrl+V with the focus outside the editors loads what the clipboard holds.
    auto *findings = m_window->findChild<QWidget *>(QStringLiteral("findingsList"));
    QVERIFY(findings);
    findings->setFocus();
    QApplication::clipboard()->setText(token);
    QTest::keyClick(findings, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), token);
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("RS256")));

    findings->setFocus();
    QApplication::clipboard()->setText(jwk);
    QTest::keyClick(findings, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(edit("keyEdit")->toPlainText(), jwk.trimmed());
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));

    // One changed payload character: a public key cannot re-sign, the badge changes.
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    const int at = payload->toPlainText().indexOf(QLatin1String("joe"));
    QVERIFY(at > 0);
    cursor.setPosition(at + 1);
    payload->setTextCursor(cursor);
    QTest::keyClick(payload, Qt::Key_X);
    QTRY_VERIFY(badge() != QStringLiteral("Signature verified"));
    QVERIFY(m_window->model()->verifyState() == TokenModel::VerifyState::Stale
            || m_window->model()->verifyState() == TokenModel::VerifyState::Invalid);
    QVERIFY(edit("tokenEdit")->toPlainText() != token);
}

void TestSignaturePane::hugeKeyPasteIsExplained()
{
    // A megabyte of PEM-looking garbage where the key goes: the editor shows its start,
    // read-only, with a notice; the model reads all of it, and the error names the line.
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QPlainTextEdit *key = edit("keyEdit");
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("keyNotice"));
    QVERIFY(key && key->isVisible() && notice);
    QVERIFY(!notice->isVisible());
    QString garbage = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    for (int line = 0; line < 16 * 1024; ++line)
        garbage += QString(64, QLatin1Char('A' + line % 26)) + QLatin1Char('\n');
    garbage += QStringLiteral("A*\n-----END PUBLIC KEY-----\n");
    pasteInto(key, garbage);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->keyText(), garbage);
    QVERIFY(m_window->model()->keyError().isError());
    QVERIFY2(m_window->model()->keyError().message.contains(QLatin1String("line 16386")),
             qPrintable(m_window->model()->keyError().message));
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY(key->isReadOnly());
    QVERIFY(garbage.startsWith(key->toPlainText().chopped(2))); // the start, then "\n…"
    QVERIFY(key->toPlainText().size() < garbage.size() / 10);
    QVERIFY(notice->isVisible());

    // Ctrl+V in the excerpt replaces it all: a real key, editable again.
    const QString pem = readFile(QFINDTESTDATA("data/vectors/keys/rfc7515_a2_rs256.pub.pem"));
    QVERIFY(!pem.isEmpty());
    pasteInto(key, pem);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->keyText(), pem);
    QVERIFY(!m_window->model()->keyError().isError());
    QCOMPARE(key->toPlainText(), pem);
    QVERIFY(!key->isReadOnly());
    QVERIFY(!notice->isVisible());
}

void TestSignaturePane::cutSecretIsExplained()
{
    // A line edit keeps at most maxLength() characters of a paste: the notice says so.
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("keyNotice"));
    QVERIFY(secret && secret->isVisible() && notice);
    QVERIFY(!notice->isVisible());
    QGuiApplication::clipboard()->setText(QString(secret->maxLength() + 1000, QLatin1Char('s')));
    secret->setFocus();
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    m_window->flushEdits();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLocale().toString(secret->maxLength())),
             qPrintable(notice->text()));
    QCOMPARE(m_window->model()->keyText().size(), secret->maxLength());
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    QTRY_VERIFY(!notice->isVisible());
}

void TestSignaturePane::truncatedPemIsExplained()
{
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QString pem = edit("keyEdit")->toPlainText();
    pem.truncate(pem.size() / 2);
    // Pasted (keyClicks cannot type line breaks).
    edit("keyEdit")->setFocus();
    edit("keyEdit")->selectAll();
    edit("keyEdit")->insertPlainText(pem);
    auto *keyError = m_window->findChild<QLabel *>(QStringLiteral("keyError"));
    QTRY_VERIFY(keyError->isVisible());
    QVERIFY(!keyError->text().isEmpty());
    QCOMPARE(edit("keyEdit")->toPlainText(), pem);
    QTRY_VERIFY(badge() != QStringLiteral("Signature verified"));
}

void TestSignaturePane::algorithmSelectorRewritesHeader()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("algorithmCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), Algorithms::all().size() + 1);
    combo->setFocus();
    const int index = combo->findText(QStringLiteral("HS512"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"HS512\"")));
    auto *formula = m_window->findChild<QLabel *>(QStringLiteral("signingFormula"));
    QTRY_COMPARE(formula->text(), Algorithms::signingFormula(Algorithm::HS512));
    // Re-signed with the sample secret (re-sign on edit is on), named as such.
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with the sample secret"));
}

void TestSignaturePane::signButtonSignsWithKey()
{
    m_window->model()->setResignOnEdit(false);
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"bob\"}"));
    QTRY_COMPARE(badge(), QStringLiteral("Edited — not re-signed"));
    auto *sign = m_window->findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(sign && sign->isEnabled());
    QTest::mouseClick(sign, Qt::LeftButton);
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with the sample secret"));
}

void TestSignaturePane::badgeChangesDoNotMoveControls()
{
    // Typing re-signs ("Signed here with your …", two lines) and undoing gives the
    // template's own signature back ("Signature verified with …", one line): the controls
    // under the reason stay where they are.
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    auto *sign = m_window->findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(sign);
    QCoreApplication::processEvents();
    const QRect before = sign->geometry();
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    cursor.setPosition(int(payload->toPlainText().indexOf(QLatin1String("\": \"")) + 4));
    payload->setTextCursor(cursor);
    QTest::keyClick(payload, Qt::Key_X);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Resigned);
    QCoreApplication::processEvents();
    QCOMPARE(sign->geometry(), before);
    QTest::keyClick(payload, Qt::Key_Backspace);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    QCoreApplication::processEvents();
    QCOMPARE(sign->geometry(), before);
}

void TestSignaturePane::keyPairDialogGenerates()
{
    m_window->findChild<QAction *>(QStringLiteral("keyPairAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<KeyPairDialog *>());
    auto *dialog = m_window->findChild<KeyPairDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isGenerating() && !dialog->privateKeyText().isEmpty(), 30000);
    QVERIFY(dialog->privateKeyText().startsWith(QLatin1String("-----BEGIN PRIVATE KEY")));
    QVERIFY(dialog->publicKeyText().startsWith(QLatin1String("-----BEGIN PUBLIC KEY")));
    // "Use in Window" puts the private key in the key editor and signs with it on request.
    QSignalSpy generated(dialog, &KeyPairDialog::generated);
    dialog->setAlgorithm(Algorithm::ES256);
    dialog->generate();
    QVERIFY(dialog->privateKeyText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 30000);
    QVERIFY(!dialog->privateKeyText().isEmpty());
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useKeyButton"));
    QVERIFY(use && use->isEnabled());
    const QString pem = dialog->privateKeyText();
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_COMPARE(edit("keyEdit")->toPlainText(), pem);
    QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::ES256));
    m_window->findChild<QAction *>(QStringLiteral("signAction"))->trigger();
    QVERIFY2(!m_window->model()->signatureError().isError(),
             qPrintable(m_window->model()->signatureError().message));
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with your key"));
}

QTEST_MAIN(TestSignaturePane)
#include "tst_signaturepane.moc"
