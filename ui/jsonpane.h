// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QFrame>

class JsonHighlighter;
class PaneEditor;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTimer;

/// A live-editing JSON pane (the header or the payload): a title row with room for tool
/// buttons, the editor with JSON highlighting and the error spot underlined, an optional
/// side widget (the claims table) and the error explained under it.
///
/// User edits are reported through textEdited(), coalesced by a 0-ms timer so that a burst
/// of keystrokes or a paste makes one model update. Model updates come in through
/// setText(), which keeps the cursor and the undo stack.
class JsonPane : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textEdited)
    Q_PROPERTY(bool highlighted READ isHighlighted WRITE setHighlighted)

public:
    explicit JsonPane(TokenPart part, QWidget *parent = nullptr);
    ~JsonPane() override;

    TokenPart part() const { return m_part; }
    QPlainTextEdit *editor() const;
    QLabel *errorLabel() const { return m_errorLabel; }

    /// A text longer than this is shown in part, read-only (the model keeps all of it).
    static constexpr qsizetype ExcerptThreshold = 512 * 1024;
    static constexpr qsizetype ExcerptLength = 128 * 1024;
    /// A paste of JSON longer than this with lines longer than LongLine is put in
    /// pretty-printed: Qt freezes on megabyte-long lines, and the token does not change
    /// (the pane is compacted when encoded).
    static constexpr qsizetype PrettyPasteThreshold = 64 * 1024;
    static constexpr qsizetype LongLine = 4096;
    bool isExcerpt() const;

    /// The whole text (also when only an excerpt is shown).
    QString text() const;
    /// Shows the model's text (no-op when the editor already shows it).
    void setText(const QString &text);
    void setError(const TokenModel::PartError &error);

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool on);

    /// The token is encrypted (a JWE): the header pane is its protected header, the payload
    /// pane its decrypted plaintext (titles and tooltips say so).
    void setEncrypted(bool encrypted);
    bool isEncrypted() const { return m_encrypted; }

    /// Adds a widget to the title row (right-aligned).
    void addTitleWidget(QWidget *widget);
    /// A widget shown beside the editor when visible (e.g. the claims table).
    void setSideWidget(QWidget *widget);

    /// Sends a pending edit now (tests and actions that need the model up to date).
    void flush();

signals:
    void textEdited(const QString &text);
    /// The cursor moved inside the editor while it has focus.
    void cursorActivity();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
    void updateColors();
    void onEditorTextChanged();
    void emitEdit();
    void updateNotice();

    const TokenPart m_part;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_titleRow = nullptr;
    QSplitter *m_body = nullptr;
    PaneEditor *m_editor = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_notice = nullptr;
    bool m_longEditPending = false; ///< m_lastText is a long edit not yet sent
    QTimer *m_debounce = nullptr;
    TokenModel::PartError m_error;
    /// The text last exchanged with the model (to tell edits from re-highlighting).
    QString m_lastText;
    bool m_highlighted = false;
    bool m_encrypted = false;
};
