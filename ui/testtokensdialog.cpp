// SPDX-License-Identifier: MIT
#include "testtokensdialog.h"
#include "ui_testtokensdialog.h"

#include "boundedfile.h"
#include "forgeinput.h"
#include "mainwindow.h"
#include "partcolors.h"
#include "tokenmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPushButton>
#include <QResizeEvent>
#include <QSet>
#include <QStyle>

namespace {

/// A public key file larger than this is not a key.
constexpr qint64 MaxKeyFileSize = 1024 * 1024;

/// Where a row keeps the index of its case in the set (top-level rows only).
constexpr int CaseRole = Qt::UserRole;

enum Column {
    NameColumn,
    ExpectColumn,
    LensColumn,
};

/// The settings of a case in words, e.g. "the public key; algorithms RS256; iss …".
QString settingsText(const Forge::VerifierSettings &s)
{
    QStringList parts;
    parts << (s.key == QLatin1String("secret") ? TestTokensDialog::tr("the server's secret")
                                               : TestTokensDialog::tr("the server's public key"));
    parts << TestTokensDialog::tr("algorithms %1").arg(s.algorithms.join(QLatin1String(", ")));
    if (!s.issuer.isEmpty())
        parts << TestTokensDialog::tr("iss \"%1\"").arg(s.issuer);
    if (!s.audience.isEmpty())
        parts << TestTokensDialog::tr("aud \"%1\"").arg(s.audience);
    if (!s.requiredClaims.isEmpty())
        parts << TestTokensDialog::tr("required %1")
                         .arg(s.requiredClaims.join(QLatin1String(", ")));
    if (!s.type.isEmpty())
        parts << TestTokensDialog::tr("typ \"%1\"").arg(s.type);
    return parts.join(QLatin1String("; "));
}

QString expectText(const Forge::NegativeCase &c)
{
    if (c.expect == Forge::Expectation::Accept)
        return TestTokensDialog::tr("accept");
    //: %1 the class of error, e.g. "invalid_signature"
    return TestTokensDialog::tr("reject (%1)").arg(c.errorClass);
}

QString lensText(const Forge::NegativeCase &c)
{
    const bool rejects = c.lens == Forge::Expectation::Reject;
    if (c.lens == c.expect)
        return rejects ? TestTokensDialog::tr("rejects") : TestTokensDialog::tr("accepts");
    return rejects ? TestTokensDialog::tr("rejects (should accept)")
                   : TestTokensDialog::tr("accepts (should reject)");
}

} // namespace

TestTokensDialog::TestTokensDialog(TokenModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestTokensDialog>())
    , m_model(model)
    , m_maker(new NegativeSetMaker(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("testTokensDialog"));
    QTreeWidget *tree = m_ui->casesTree;
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(ExpectColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(LensColumn, QHeaderView::ResizeToContents);
    tree->viewport()->installEventFilter(this);

    connect(m_ui->makeButton, &QPushButton::clicked, this, &TestTokensDialog::make);
    connect(m_ui->browsePublicKeyButton, &QPushButton::clicked, this,
            &TestTokensDialog::choosePublicKey);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_ui->openButton, &QPushButton::clicked, this, &TestTokensDialog::openCurrent);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &TestTokensDialog::chooseExportFolder);
    connect(tree, &QTreeWidget::currentItemChanged, this, &TestTokensDialog::updateButtons);
    connect(tree, &QTreeWidget::itemChanged, this, &TestTokensDialog::updateButtons);
    connect(tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { fitExplanations(item); });
    connect(m_maker, &NegativeSetMaker::finished, this, &TestTokensDialog::onMade);
    connect(m_model, &TokenModel::tokenChanged, this, &TestTokensDialog::describeInputs);
    connect(m_model, &TokenModel::keyChanged, this, &TestTokensDialog::describeInputs);

    retranslateUi();
    updateButtons();
}

TestTokensDialog::~TestTokensDialog() = default; // m_maker, a child, waits for its worker

TestTokensDialog *TestTokensDialog::showFor(MainWindow &window)
{
    auto *dialog = window.findChild<TestTokensDialog *>();
    if (dialog && dialog->model() != window.model()) {
        delete dialog; // made for another tab
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new TestTokensDialog(window.model(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The tab it was made for closing takes the dialog with it.
        connect(window.model(), &QObject::destroyed, dialog, [dialog] { delete dialog; });
        connect(dialog, &TestTokensDialog::openRequested, &window,
                [&window](const QString &token) { window.loadText(token); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (dialog->set().cases.isEmpty() && dialog->set().ok() && !dialog->isMaking()) {
        window.flushEdits(); // the token as the panes show it
        dialog->make();
    }
    return dialog;
}

void TestTokensDialog::make()
{
    if (m_making)
        return;
    Forge::NegativeSetInput input = ForgeInput::negativeSet(*m_model);
    input.jkuUrl = m_ui->jkuEdit->text().trimmed();
    m_inputError.clear();
    const QStringList claims = m_ui->claimsEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &text : claims) {
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<Forge::ClaimEdit> edit = Forge::claimEdit(text.trimmed());
        if (!edit) {
            m_inputError = tr("A claim to forge is NAME=VALUE, not \"%1\".").arg(text.trimmed());
            break;
        }
        input.claims.append(*edit);
    }
    const QString publicKey = m_ui->publicKeyEdit->text().trimmed();
    if (m_inputError.isEmpty() && !publicKey.isEmpty()) {
        // Through BoundedFile: a device or a FIFO neither freezes nor fills the window.
        BoundedFile::Result read = BoundedFile::read(publicKey, MaxKeyFileSize);
        if (read.status == BoundedFile::Result::Status::TooLarge)
            m_inputError = tr("%1 is too large to be a key.").arg(publicKey);
        else if (!read.ok())
            m_inputError = read.error;
        else
            input.publicKeyText = std::move(read.data);
    }
    if (!m_inputError.isEmpty()) {
        input.secret.fill('\0');
        input.keyText.fill('\0');
        setStatus(m_inputError);
        return;
    }
    m_ui->makeButton->setEnabled(false);
    setStatus(tr("Making the test tokens…"));
    m_making = m_maker->start(std::move(input));
}

bool TestTokensDialog::isMaking() const
{
    return m_making;
}

const Forge::NegativeSet &TestTokensDialog::set() const
{
    return m_maker->set();
}

QStringList TestTokensDialog::checkedCases() const
{
    QStringList names;
    const QTreeWidget *tree = m_ui->casesTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked)
            names << set().cases.at(item->data(NameColumn, CaseRole).toInt()).name;
    }
    return names;
}

void TestTokensDialog::onMade()
{
    m_making = false;
    m_ui->makeButton->setEnabled(true);
    fillList();
    const Forge::NegativeSet &result = set();
    QStringList lines;
    if (!result.ok()) {
        lines << tr("No test tokens: %1.").arg(result.error);
    } else {
        const QStringList misses = Forge::lensMisses(result);
        lines << (misses.isEmpty() ? tr("%n token(s). JWT Lens rejects every one a correct server "
                                        "rejects, and accepts the others.",
                                        nullptr, int(result.cases.size()))
                                   : tr("%n token(s). JWT Lens answers %1 otherwise than a correct "
                                        "server: %2.",
                                        nullptr, int(result.cases.size()))
                                             .arg(misses.size())
                                             .arg(misses.join(QLatin1String(", "))));
        for (const QString &skipped : result.skipped)
            lines << tr("Not made: %1.").arg(skipped);
    }
    setStatus(lines.join(QLatin1Char('\n')));
    emit made();
}

void TestTokensDialog::fillList()
{
    QTreeWidget *tree = m_ui->casesTree;
    const QSignalBlocker blocker(tree);
    // A row the user unticked stays unticked when the set is made again.
    QSet<QString> unchecked;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->checkState(NameColumn) != Qt::Checked)
            unchecked.insert(tree->topLevelItem(i)->text(NameColumn));
    }
    tree->clear();
    const Forge::NegativeSet &made = set();
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < made.cases.size(); ++i) {
        const Forge::NegativeCase &c = made.cases.at(i);
        auto *item = new QTreeWidgetItem;
        item->setData(NameColumn, CaseRole, int(i));
        item->setText(NameColumn, c.name);
        item->setToolTip(NameColumn, c.why);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, unchecked.contains(c.name) ? Qt::Unchecked : Qt::Checked);
        item->setText(ExpectColumn, expectText(c));
        item->setText(LensColumn, lensText(c));
        item->setToolTip(LensColumn, c.lensWhy);
        item->setForeground(LensColumn,
                            PartColors::status(c.lens == c.expect ? PartColors::Status::Good
                                                                  : PartColors::Status::Bad,
                                               tree->palette()));
        addExplanation(item, c);
        items << item;
    }
    tree->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setFirstColumnSpanned(true);
    }
    if (!items.isEmpty())
        tree->setCurrentItem(items.first());
    updateButtons();
}

void TestTokensDialog::addExplanation(QTreeWidgetItem *item, const Forge::NegativeCase &c)
{
    const QString correct = c.expect == Forge::Expectation::Accept
            ? tr("A correct server accepts it, verifying with %1.").arg(settingsText(c.settings))
            : tr("A correct server rejects it (%1), verifying with %2.")
                      .arg(c.errorClass, settingsText(c.settings));
    const QString lens = c.lens == Forge::Expectation::Accept
            ? tr("JWT Lens accepts it: %1").arg(c.lensWhy)
            : tr("JWT Lens rejects it: %1").arg(c.lensWhy);
    const QStringList lines {
            tr("What a vulnerable verifier does: %1").arg(c.why),
            correct,
            lens,
            tr("Reference: %1").arg(c.reference),
    };
    for (const QString &line : lines) {
        auto *child = new QTreeWidgetItem(item, {line});
        child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        child->setToolTip(NameColumn, line);
    }
    if (c.lens != c.expect) {
        item->child(2)->setForeground(
                NameColumn,
                PartColors::status(PartColors::Status::Bad, m_ui->casesTree->palette()));
    }
}

void TestTokensDialog::fitExplanations(QTreeWidgetItem *item)
{
    QTreeWidget *tree = m_ui->casesTree;
    const QFontMetrics metrics(tree->font());
    // The row starts one indentation in (its parent's branch) and the delegate keeps a
    // margin on each side of the text.
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int width
            = std::max(80, tree->viewport()->width() - 2 * tree->indentation() - 2 * margin);
    const auto fit = [&](QTreeWidgetItem *parent) {
        for (int i = 0; i < parent->childCount(); ++i) {
            QTreeWidgetItem *child = parent->child(i);
            const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                      child->text(NameColumn));
            child->setSizeHint(NameColumn, QSize(width, bounds.height() + 2 * margin + 2));
        }
    };
    if (item) {
        fit(item);
        return;
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->isExpanded())
            fit(tree->topLevelItem(i));
    }
}

bool TestTokensDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->casesTree->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitExplanations();
    }
    return QDialog::eventFilter(watched, event);
}

void TestTokensDialog::setAllChecked(bool checked)
{
    QTreeWidget *tree = m_ui->casesTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        tree->topLevelItem(i)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    updateButtons();
}

void TestTokensDialog::updateButtons()
{
    m_ui->openButton->setEnabled(currentCase() >= 0);
    m_ui->exportButton->setEnabled(!checkedCases().isEmpty());
}

int TestTokensDialog::currentCase() const
{
    const QTreeWidgetItem *item = m_ui->casesTree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(NameColumn, CaseRole).toInt() : -1;
}

void TestTokensDialog::openCurrent()
{
    const int index = currentCase();
    if (index < 0 || index >= set().cases.size())
        return;
    const Forge::NegativeCase &c = set().cases.at(index);
    emit openRequested(QString::fromLatin1(c.token));
    setStatus(tr("Opened %1 in the window.").arg(c.name));
}

void TestTokensDialog::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Export Test Tokens to an Empty Folder"), QDir::homePath());
    if (!dir.isEmpty())
        exportTo(dir);
}

void TestTokensDialog::exportTo(const QString &dir)
{
    const Forge::NegativeSet chosen = Forge::selectCases(set(), checkedCases());
    const QString error = Forge::writeExport(dir, Forge::exportFiles(chosen));
    if (!error.isEmpty()) {
        setStatus(tr("Nothing exported: %1.").arg(error));
        return;
    }
    QStringList lines;
    lines << tr("Wrote %n token(s) to %1. Send them with: sh %2 https://your.server/path", nullptr,
                int(chosen.cases.size()))
                     .arg(QDir::toNativeSeparators(dir),
                          QDir::toNativeSeparators(
                                  QDir(dir).filePath(QStringLiteral("requests.sh"))));
    for (const Forge::HostedFile &h : chosen.hosted)
        lines << tr("Host hosted/%1 at %2 first.").arg(h.name, h.url);
    setStatus(lines.join(QLatin1Char('\n')));
}

void TestTokensDialog::choosePublicKey()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("The Server's Public Key"), QString(),
            tr("Keys (*.pem *.crt *.cer *.pub *.json *.jwk *.jwks);;All files (*)"));
    if (!path.isEmpty())
        m_ui->publicKeyEdit->setText(path);
}

void TestTokensDialog::describeInputs()
{
    const Token &token = m_model->parsed();
    if (token.form() != Token::Form::Jws || token.alg().isEmpty()) {
        m_ui->tokenLabel->setText(
                tr("The open token is not a signed JWT: open or make one first."));
    } else {
        const qsizetype claims = token.payloadObject().members.size();
        //: %1 the algorithm; %n the number of claims
        m_ui->tokenLabel->setText(
                tr("The open %1 token, its header and %n claim(s).", nullptr, int(claims))
                        .arg(token.alg()));
    }
    const QString key = m_model->keyDescription();
    m_ui->keyLabel->setText(key.isEmpty() ? tr("None: enter the server's secret or private key "
                                               "in the signature pane.")
                                          : tr("The window's %1.").arg(key));
}

void TestTokensDialog::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(text);
}

void TestTokensDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    describeInputs();
    if (!set().cases.isEmpty())
        fillList();
}

void TestTokensDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
