// SPDX-License-Identifier: MIT
#pragma once

#include "codesnippets.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportCodeDialog;
}
class MainWindow;
class TokenModel;

/// File → "Export as Code…" (issue 16): a short program that makes the open token with a
/// common JWT library and verifies it (app/forge's code snippets, as `jwtlens code` prints
/// them). The key is read from the environment or a file unless "Include the secret (test
/// keys only)" is ticked — off each time the dialog opens. Copy puts it on the clipboard;
/// Save writes it where the user says.
class ExportCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportCodeDialog(TokenModel *model, QWidget *parent = nullptr);
    /// The model (the window's tab) the dialog was opened for.
    TokenModel *model() const { return m_model; }
    ~ExportCodeDialog() override;

    /// Shows the window's dialog (made on first use, then raised).
    static ExportCodeDialog *showFor(MainWindow &window);

    Forge::CodeLanguage language() const;
    void setLanguage(Forge::CodeLanguage language);
    /// The snippet shown (empty when the token or key gives none; the status says why).
    QString code() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Makes the snippet again from the model's token and key and the options.
    void refresh();
    void save();

    const std::unique_ptr<Ui::ExportCodeDialog> m_ui;
    TokenModel *m_model = nullptr;
    Forge::CodeSnippet m_snippet;
};
