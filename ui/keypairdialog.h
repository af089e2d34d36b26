// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "keypairmaker.h"

#include <QDialog>

#include <memory>

namespace Ui {
class KeyPairDialog;
}
class QPushButton;

/// "Generate key pair…": a new key for an asymmetric algorithm, its private and public
/// halves shown as PEM or JWK, copyable and savable. Nothing is written unless the user
/// saves; "Use in window" puts the private key into the signature pane.
class KeyPairDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyPairDialog(QWidget *parent = nullptr);
    ~KeyPairDialog() override;

    void setAlgorithm(Algorithm alg);
    Algorithm algorithm() const;
    /// Starts generating (KeyPairMaker, in a worker thread: RSA 4096 takes a while).
    void generate();
    bool isGenerating() const;
    QString privateKeyText() const;
    QString publicKeyText() const;

signals:
    /// "Use in window": the private key (PEM) for @p alg.
    void keyChosen(Algorithm alg, const QString &privateKeyPem);
    void generated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onGenerated();
    void showKey();
    void save(bool privateHalf);

    const std::unique_ptr<Ui::KeyPairDialog> m_ui;
    KeyPairMaker *m_maker = nullptr;
    QPushButton *m_useButton = nullptr;
    KeyPairMaker::Pair m_pair; ///< the pair shown (null: none)
};
