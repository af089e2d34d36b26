// SPDX-License-Identifier: MIT
// The window's Tools and Help handlers that open a dialog or sign: a key pair, signing with
// the key, About (kept apart so that mainwindow.cpp stays a readable size).
#include "mainwindow.h"

#include "keypairdialog.h"
#include "signaturepane.h"
#include "tokenmodel.h"

#include <QCoreApplication>
#include <QMessageBox>

void MainWindow::generateKeyPair()
{
    auto *dialog = new KeyPairDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<Algorithm> alg = model()->algorithm();
    if (alg && Algorithms::family(*alg) != AlgorithmFamily::Hmac
        && Algorithms::family(*alg) != AlgorithmFamily::None) {
        dialog->setAlgorithm(*alg);
    }
    connect(dialog, &KeyPairDialog::keyChosen, this, [this](Algorithm chosen, const QString &pem) {
        flushEdits();
        model()->setAlgorithm(chosen);
        keyEditorGiven(pem.toUtf8(), SessionKeys::Source::Generated);
        signaturePane()->setKeyInput(TokenModel::KeyInput::KeyText, pem);
        showMessage(tr("The new private key is in the key editor; press Sign to use it."));
    });
    dialog->show();
    dialog->generate();
}

void MainWindow::signWithKey()
{
    flushEdits();
    if (!model()->sign())
        showMessage(tr("Could not sign: %1").arg(model()->signatureError().message));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About JWT Lens"),
                       tr("<p><b>JWT Lens %1</b></p><p>An offline JWT debugger: tokens and keys "
                          "pasted here never leave this computer.</p>")
                               .arg(QCoreApplication::applicationVersion()));
}
