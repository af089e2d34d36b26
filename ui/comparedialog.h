// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

/// View → "Compare Tabs…" (issue 17): two tokens side by side, each chosen from the tokens
/// the window has open or pasted into the side's field, compared by TokenDiff — header and
/// payload member by member (added, removed, changed, respelled: marked with + − ~ = and a
/// word as well as a colour), time claims as dates and as the difference ("exp moved 1 hour
/// later"), alg, kid and signatures, and the verification of both with the window's key
/// (one TokenModel per side: the one verdict, never a second one here).
///
/// The window gives the dialog what it holds; the dialog keeps no token after it closes.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    /// One token the window has open: its tab title and its text.
    struct OpenToken
    {
        QString title;
        QString token;
    };
    enum class Side {
        First,
        Second
    };

    explicit CompareDialog(QWidget *parent = nullptr);
    ~CompareDialog() override;

    /// The tokens each side can choose from (the window's tabs, in order). The first side
    /// shows the first token, the second side the second one (or an empty field to paste
    /// into when there is only one).
    void setTokens(const QList<OpenToken> &tokens);
    QList<OpenToken> tokens() const { return m_tokens; }
    /// Chooses token @p index of tokens() for @p side.
    void chooseToken(Side side, int index);
    /// Puts @p token in @p side's field, as if pasted there.
    void setSideToken(Side side, const QString &token);
    QString sideToken(Side side) const;

    /// The key both tokens are verified with (the window's current key), and its clock.
    /// Held in memory only, for as long as the dialog lives. Give it before setTokens():
    /// the sample's secret (KeyOrigin::Sample) is dropped by a side given another token.
    void setKey(TokenModel::KeyInput input, const QString &text,
                TokenModel::KeyOrigin origin = TokenModel::KeyOrigin::User);
    void setClock(const std::optional<QDateTime> &fixedClock);

    /// The comparison as the user reads it (the view's plain text).
    QString comparisonText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SideWidgets
    {
        QLabel *label = nullptr;
        QComboBox *choice = nullptr;
        QPlainTextEdit *editor = nullptr;
        TokenModel *model = nullptr;
    };
    SideWidgets &side(Side which) { return m_sides.at(std::size_t(which)); }
    const SideWidgets &side(Side which) const { return m_sides.at(std::size_t(which)); }

    void retranslateUi();
    void fillChoices();
    void onChoiceChanged(Side which, int index);
    void onTokenEdited(Side which);
    /// Compares the two sides again and shows the result.
    void refresh();
    QString verificationText(Side which) const;

    std::array<SideWidgets, 2> m_sides;
    QTextBrowser *m_view = nullptr;
    QList<OpenToken> m_tokens;
};
