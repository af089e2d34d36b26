// SPDX-License-Identifier: MIT
#pragma once

#include "explain.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QTimer;
class TokenModel;

/// The Explain view: rebuilds the current token step by step with its real bytes
/// (Explain::build), live as the panes are edited. Each step has a Copy button that puts
/// the step as plain text on the clipboard.
class ExplainView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainView(TokenModel *model, QWidget *parent = nullptr);
    ~ExplainView() override;

    /// Shows @p model from now on (the window's current tab); null shows nothing.
    void setModel(TokenModel *model);

    /// Number of steps shown (for tests).
    int stepCount() const;
    /// The plain text of step @p index, as the Copy button copies it.
    QString stepText(int index) const;
    /// Scrolls so that the step of @p kind is at the top (at the next rebuild when it is not
    /// shown yet). Returns whether the step is shown now.
    bool scrollToStep(ExplainStep::Kind kind);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void bindModel();
    static int columnsFor(int width);
    void scheduleRebuild();
    void rebuild();
    void copyStep(int index);

    TokenModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_steps = nullptr;
    int m_columns = 1;
    QTimer *m_rebuildTimer = nullptr;
    QStringList m_stepTexts;
    QList<std::pair<ExplainStep::Kind, QPointer<QWidget>>> m_cards;
    std::optional<ExplainStep::Kind> m_pendingScroll;
};
