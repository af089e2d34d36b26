// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QWidget>

class QTextBrowser;
class QTimer;
class QUrl;
class TokenModel;

/// The Learn panel: a short lesson built around the live token. Its paragraphs quote the
/// token open in the window (its parts, header, claims, signature state) and each links to
/// the part of the window it talks about.
class LearnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LearnPanel(TokenModel *model, QWidget *parent = nullptr);
    ~LearnPanel() override;

    /// Shows @p model from now on (the window's current tab); null shows nothing.
    void setModel(TokenModel *model);

    /// The lesson as shown (HTML), for tests.
    QString html() const;
    /// The URL a paragraph links to for @p part ("part:header", …).
    static QUrl linkFor(TokenPart part);

signals:
    /// A paragraph was clicked: the window highlights the pane that shows @p part
    /// (Header, Payload, Signature; Token for the encoded token).
    void highlightRequested(TokenPart part);

protected:
    void changeEvent(QEvent *event) override;

private:
    void bindModel();
    void scheduleRebuild();
    void rebuild();
    void onAnchorClicked(const QUrl &url);

    TokenModel *m_model = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_rebuildTimer = nullptr;
    QString m_html;
};
