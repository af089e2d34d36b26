// SPDX-License-Identifier: MIT
// The window's tabs: one token each, keys shared by all, tokens found in text opened a tab
// each.
#include "mainwindow.h"

#include "claimstable.h"
#include "explainview.h"
#include "historydialog.h"
#include "historykeeper.h"
#include "learnpanel.h"
#include "pastedtext.h"
#include "sessionkeys.h"
#include "signaturepane.h"
#include "tokenfinder.h"
#include "tokenpane.h"
#include "tokentab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <functional>

namespace {

/// The sample token's public secret (it never joins the key ring).
QString sampleSecret()
{
    QFile file(QStringLiteral(":/sample-secret.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

/// Middle-click on a tab closes it, as in browsers and editors.
class MiddleClickCloser : public QObject
{
public:
    MiddleClickCloser(QTabBar *bar, std::function<void(int)> close)
        : QObject(bar)
        , m_bar(bar)
        , m_close(std::move(close))
    {
        bar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_bar && event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const int index = m_bar->tabAt(mouse->position().toPoint());
            if (mouse->button() == Qt::MiddleButton && index >= 0) {
                m_close(index);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTabBar *m_bar;
    std::function<void(int)> m_close;
};

/// One layout for all tabs: @p to gets the pane sizes of @p from.
void copyLayout(const TokenTab *from, TokenTab *to)
{
    for (const char *name : {"mainSplitter", "decodedSplitter"}) {
        const auto *source = from->findChild<QSplitter *>(QLatin1String(name));
        auto *target = to->findChild<QSplitter *>(QLatin1String(name));
        if (source && target && source->sizes() != target->sizes())
            target->restoreState(source->saveState());
    }
}

} // namespace

void MainWindow::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("tabBar"));
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setElideMode(Qt::ElideRight);
    // One token looks as it always did; the bar comes with the second.
    m_tabs->setTabBarAutoHide(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::tabsChanged);
    new MiddleClickCloser(m_tabs->tabBar(), [this](int index) { closeTab(index); });
}

TokenModel *MainWindow::model() const
{
    return currentTab()->model();
}

SignaturePane *MainWindow::signaturePane() const
{
    return currentTab()->signaturePane();
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

TokenTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<TokenTab *>(m_tabs->widget(index));
}

TokenTab *MainWindow::currentTab() const
{
    return qobject_cast<TokenTab *>(m_tabs->currentWidget());
}

int MainWindow::currentTabIndex() const
{
    return m_tabs->currentIndex();
}

void MainWindow::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

TokenTab *MainWindow::openInNewTab(const QString &token, const QString &place)
{
    auto *tab = new TokenTab(m_tabs);
    adoptTab(tab);
    // A new tab is laid out as the one the user looks at.
    if (const TokenTab *shown = currentTab())
        copyLayout(shown, tab);
    const int index = m_tabs->addTab(tab, QString());
    updateTabLabel(tab);
    if (!token.isEmpty()) {
        tab->setToken(token);
        tab->startNewHistory();
    }
    tab->setPlace(place);
    m_tabs->setCurrentIndex(index);
    tab->setFocus();
    emit tabsChanged();
    return tab;
}

void MainWindow::adoptTab(TokenTab *tab)
{
    using B = TokenTab::ClaimButton;
    adoptTabKeys(tab);
    connect(tab, &TokenTab::labelChanged, this, [this, tab] { updateTabLabel(tab); });
    connect(tab, &TokenTab::pasteRequested, this, &MainWindow::pasteToken);
    connect(tab, &TokenTab::textPasted, this, &MainWindow::loadText);
    // A token the user types or edits is kept (history on) once it rests; a token loaded
    // into the tab starts a new entry for its edits.
    connect(tab, &TokenTab::tokenSettled, this,
            [this, tab](const QString &token) { recordEdited(tab, token); });
    connect(tab, &TokenTab::tokenLoaded, this, [this, tab] {
        if (m_historyKeeper)
            m_historyKeeper->forgetEdits(tab);
    });
    // Explain and Learn follow the layer of a nested token the panes show.
    connect(tab, &TokenTab::currentLayerChanged, this, [this, tab] {
        if (tab != currentTab())
            return;
        if (m_explainView)
            m_explainView->setModel(tab->currentModel());
        if (m_learnPanel)
            m_learnPanel->setModel(tab->currentModel());
    });
    connect(tab->signaturePane(), &SignaturePane::keyEdited, this,
            [this, tab](TokenModel::KeyInput input, const QString &text,
                        TokenModel::KeyOrigin origin) { onKeyEdited(tab, input, text, origin); });
    // The sample's secret went with the sample: the shared secret takes its place, unless
    // the user has meanwhile entered another key here. Queued: the model is still telling
    // its panes about the token that dropped it.
    connect(
            tab, &TokenTab::sampleKeyDropped, this,
            [this, tab] {
                const TokenModel *model = tab->model();
                if (m_sharedSecret && model->keyInput() != TokenModel::KeyInput::KeyText
                    && model->keyText().isEmpty()) {
                    tab->signaturePane()->setSharedKey(m_sharedSecret->input, m_sharedSecret->text);
                }
            },
            Qt::QueuedConnection);
    connect(tab->model(), &TokenModel::resignOnEditChanged, action(ActionId::ResignOnEdit),
            &QAction::setChecked);
    connect(tab->tokenPane()->copyButton(), &QPushButton::clicked, action(ActionId::CopyToken),
            &QAction::trigger);
    connect(tab->tokenPane()->copyBearerButton(), &QPushButton::clicked,
            action(ActionId::CopyBearer), &QAction::trigger);
    tab->claimButton(B::Iat)->setDefaultAction(action(ActionId::SetIat));
    tab->claimButton(B::Exp5m)->setDefaultAction(action(ActionId::SetExp5m));
    tab->claimButton(B::Exp1h)->setDefaultAction(action(ActionId::SetExp1h));
    tab->claimButton(B::Exp1d)->setDefaultAction(action(ActionId::SetExp1d));
    // The table button shows its action as it is ("Claims Table"), tooltip included.
    tab->claimButton(B::Table)->setDefaultAction(action(ActionId::ClaimsTable));
    tab->claimsTable()->setVisible(action(ActionId::ClaimsTable)->isChecked());
    // Re-sign on edit is the window's: the first tab's model says how it starts.
    if (tabCount() == 0)
        action(ActionId::ResignOnEdit)->setChecked(tab->model()->resignOnEdit());
    else
        tab->model()->setResignOnEdit(action(ActionId::ResignOnEdit)->isChecked());
    retranslateTab(tab);
    giveSharedKeys(tab);
}

void MainWindow::updateTabLabel(TokenTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    QString title = tab->title();
    title.replace(QLatin1Char('&'), QLatin1String("&&")); // no mnemonic
    const bool renamed = m_tabs->tabText(index) != title;
    m_tabs->setTabText(index, title);
    m_tabs->setTabIcon(index, tab->stateIcon());
    m_tabs->setTabToolTip(index, tab->tabToolTip());
    if (renamed)
        emit tabsChanged();
}

void MainWindow::closeTab(int index)
{
    TokenTab *tab = tabAt(index);
    if (!tab)
        return;
    // The last tab leaves an empty one: the window stays, as an editor's does (Ctrl+Q quits).
    tab->settle(); // an edit not yet kept is kept as it stands
    if (tabCount() == 1)
        openInNewTab();
    for (QObject *sender :
         std::initializer_list<QObject *> {tab, tab->model(), tab->signaturePane()}) {
        QObject::disconnect(sender, nullptr, this, nullptr);
    }
    m_tabs->removeTab(m_tabs->indexOf(tab));
    // Later: the key event that asked for it may still be on its way through the tab.
    tab->hide();
    tab->setParent(nullptr);
    tab->deleteLater();
    emit tabsChanged();
}

void MainWindow::onCurrentTabChanged()
{
    TokenTab *tab = currentTab();
    if (!tab)
        return;
    // Panes resized in one tab are so in every tab: the tab shown takes the layout of the
    // one the user left (only then: the hidden tabs need not follow each drag).
    if (m_shownTab && m_shownTab != tab)
        copyLayout(m_shownTab, tab);
    m_shownTab = tab;
    // The tab the user left keeps its edit as it stands (history on).
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i) != tab)
            tabAt(i)->settle();
    }
    if (m_explainView)
        m_explainView->setModel(tab->currentModel());
    if (m_learnPanel)
        m_learnPanel->setModel(tab->currentModel());
    bindKeyDocks();
    emit currentTabChanged(tab);
}

void MainWindow::switchTab(int step)
{
    const int count = tabCount();
    if (count > 1)
        m_tabs->setCurrentIndex((currentTabIndex() + step + count) % count);
}

void MainWindow::onKeyEdited(TokenTab *from, TokenModel::KeyInput input, const QString &text,
                             TokenModel::KeyOrigin origin)
{
    // The sample's secret is public and belongs to the sample token only.
    if (origin == TokenModel::KeyOrigin::Sample)
        return;
    // What the user typed or pasted joins the window's key ring (issue 14). The field's entry
    // follows the field, replaced as it changes: a secret typed character by character is one
    // entry, and a half-typed one never stays behind to be chosen for another tab's token. A
    // key file or a generated pair joined as such (keyEditorGiven()). The sample's secret
    // typed again is still the sample's: it stays out.
    if (std::exchange(m_keyEditorGiven, false) && input == TokenModel::KeyInput::KeyText) {
    } else if (input == TokenModel::KeyInput::SecretText && text == sampleSecret()) {
        m_sessionKeys->setFieldKey(input, QString());
    } else {
        m_sessionKeys->setFieldKey(input, text);
    }
    (input == TokenModel::KeyInput::KeyText ? m_sharedKeyText : m_sharedSecret)
            = SharedKey {input, text};
    for (int i = 0; i < tabCount(); ++i) {
        if (TokenTab *tab = tabAt(i); tab != from)
            tab->signaturePane()->setSharedKey(input, text);
    }
}

void MainWindow::keyEditorGiven(const QByteArray &text, SessionKeys::Source source,
                                const QString &location)
{
    m_sessionKeys->keepFieldKey(TokenModel::KeyInput::KeyText);
    m_sessionKeys->addText(text, source, location);
    m_keyEditorGiven = true;
}

void MainWindow::giveSharedKeys(TokenTab *tab)
{
    for (const std::optional<SharedKey> &key : {m_sharedSecret, m_sharedKeyText}) {
        if (key)
            tab->signaturePane()->setSharedKey(key->input, key->text);
    }
}

void MainWindow::replaceToken(const QString &text, const QString &place)
{
    TokenTab *tab = currentTab();
    tab->settle(); // the token the user made here is kept before another takes its place
    tab->setToken(text);
    tab->startNewHistory();
    tab->setPlace(place);
}

bool MainWindow::openFound(const QList<FoundToken> &found, bool intoCurrent)
{
    qsizetype count = found.size();
    if (count > AskAboveTokens) {
        QMessageBox box(QMessageBox::Question, tr("Open Tokens"),
                        tr("The text holds %n token(s). Open a tab for each?", nullptr, int(count)),
                        QMessageBox::Cancel, this);
        QPushButton *all = box.addButton(tr("Open All"), QMessageBox::AcceptRole);
        QPushButton *first = box.addButton(tr("Open the First %n", nullptr, AskAboveTokens),
                                           QMessageBox::AcceptRole);
        box.setDefaultButton(first);
        box.exec();
        if (box.clickedButton() == first)
            count = AskAboveTokens;
        else if (box.clickedButton() != all)
            return false;
    }
    flushEdits();
    TokenTab *firstTab = nullptr;
    for (qsizetype i = 0; i < count; ++i) {
        const FoundToken &token = found.at(i);
        const QString text = QString::fromLatin1(token.token);
        const QString place = token.count > 1
                ? tr("%1 (and %n more place(s))", nullptr, int(token.count - 1)).arg(token.where())
                : token.where();
        if (i == 0 && ((intoCurrent && count == 1) || currentTab()->isEmpty())) {
            replaceToken(text, place);
            firstTab = currentTab();
        } else {
            TokenTab *tab = openInNewTab(text, place);
            if (!firstTab)
                firstTab = tab;
        }
        recordOpened(text, currentTab()->title());
    }
    m_tabs->setCurrentWidget(firstTab);
    showMessage(count == 1 ? tr("Token found in the text: %1.").arg(firstTab->place())
                           : tr("Opened a tab for each of the %n tokens found in the text.",
                                nullptr, int(count)));
    return true;
}

bool MainWindow::openTokenText(const QString &text, bool newTab)
{
    const QString trimmed = text.trimmed();
    if (!PastedText::isWholeToken(trimmed)) {
        // A curl command, a log, a HAR, headers: the tokens in it, each where it was.
        const TokenFinder::Result found = TokenFinder::find(trimmed.toUtf8());
        if (!found.tokens.isEmpty())
            return openFound(found.tokens, !newTab);
        if (!PastedText::isTokenAttempt(trimmed)) {
            showMessage(tr("No token found in the text."));
            return false;
        }
    }
    flushEdits();
    if (newTab && !currentTab()->isEmpty())
        openInNewTab(trimmed);
    else
        replaceToken(trimmed);
    statusBar()->clearMessage(); // what was said of the previous token
    recordOpened(trimmed, currentTab()->title());
    return true;
}

void MainWindow::pasteInNewTab()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasUrls() && !data->urls().isEmpty() && data->urls().first().isLocalFile()) {
        openFile(data->urls().first().toLocalFile());
        return;
    }
    const QString text = QGuiApplication::clipboard()->text();
    if (PastedText::classify(text) == PastedText::Kind::Token)
        openTokenText(text, true);
    else
        loadText(text); // nothing, or a key for every tab
}
