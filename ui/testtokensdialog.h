// SPDX-License-Identifier: MIT
#pragma once

#include "negativeset.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class TestTokensDialog;
}
class MainWindow;
class NegativeSetMaker;
class QTreeWidgetItem;
class TokenModel;

/// Tools → "Test Tokens for Your Server…" (issue 16): the negative set of the open token and
/// the window's key — one row per token, with a checkbox, expandable to what a vulnerable
/// verifier does with it, what a correct one must answer (and with which settings), the
/// reference, and what JWT Lens answers (the one verdict). "Open in Window" loads a token in
/// the panes; "Export…" writes the checked ones into a folder, as `jwtlens attack --out` does.
/// Nothing here opens a socket: requests.sh is written for the tester to run.
class TestTokensDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TestTokensDialog(TokenModel *model, QWidget *parent = nullptr);
    /// The model (the window's tab) the dialog was opened for.
    TokenModel *model() const { return m_model; }
    ~TestTokensDialog() override;

    /// Shows the window's dialog (made on first use, then raised), its "Open" bound to the
    /// window's loading of a token, and makes the set when it has none yet.
    static TestTokensDialog *showFor(MainWindow &window);

    /// Makes the set from the model's token and key and the inputs of the dialog (on a worker
    /// thread); made() follows.
    void make();
    /// A make() has started and its made() has not been emitted yet.
    bool isMaking() const;
    /// The set the list shows (empty before the first make() ends, or with its error).
    const Forge::NegativeSet &set() const;
    /// The names of the checked rows, in the set's order.
    QStringList checkedCases() const;

signals:
    /// "Open in Window": the token of the current row.
    void openRequested(const QString &token);
    /// A make() has ended and the list shows its set.
    void made();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void describeInputs();
    void onMade();
    void fillList();
    void addExplanation(QTreeWidgetItem *item, const Forge::NegativeCase &c);
    /// Gives the explanation rows under @p item (all expanded items when null) the height
    /// their wrapped text needs at the list's width (a tree view sizes rows unwrapped).
    void fitExplanations(QTreeWidgetItem *item = nullptr);
    void setAllChecked(bool checked);
    void updateButtons();
    /// The case of the current row (or of the row its explanation belongs to), or -1.
    int currentCase() const;
    void openCurrent();
    void chooseExportFolder();
    void exportTo(const QString &dir);
    void choosePublicKey();
    void setStatus(const QString &text);

    const std::unique_ptr<Ui::TestTokensDialog> m_ui;
    TokenModel *m_model = nullptr;
    NegativeSetMaker *m_maker = nullptr;
    /// A make() has started and made() is not emitted yet.
    bool m_making = false;
    QString m_inputError; ///< why make() could not start (an unreadable key file, a claim)
};
