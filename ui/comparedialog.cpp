// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "json.h"
#include "partcolors.h"
#include "signaturepane.h"
#include "token.h"
#include "tokendiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString compactValue(const QByteArray &raw)
{
    const Json::Formatted f = Json::compact(raw);
    return QString::fromUtf8(f.error.isError() ? raw : f.text);
}

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString cell(const QString &text, const QString &style = QString())
{
    return QStringLiteral("<td style=\"padding: 2px 6px; %1\">%2</td>").arg(style, text);
}

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    auto *grid = new QGridLayout;
    const char *names[] = {"first", "second"};
    for (int i = 0; i < 2; ++i) {
        SideWidgets &s = m_sides.at(std::size_t(i));
        const QString name = QLatin1String(names[i]);
        s.label = new QLabel(this);
        s.choice = new QComboBox(this);
        s.choice->setObjectName(name + QStringLiteral("Choice"));
        s.label->setBuddy(s.choice);
        s.editor = new QPlainTextEdit(this);
        s.editor->setObjectName(name + QStringLiteral("Token"));
        s.editor->setTabChangesFocus(true);
        s.editor->setMaximumHeight(fontMetrics().lineSpacing() * 5);
        s.model = new TokenModel(this);
        grid->addWidget(s.label, 0, i);
        grid->addWidget(s.choice, 1, i);
        grid->addWidget(s.editor, 2, i);
        const Side which = Side(i);
        connect(s.choice, &QComboBox::currentIndexChanged, this,
                [this, which](int index) { onChoiceChanged(which, index); });
        connect(s.editor, &QPlainTextEdit::textChanged, this,
                [this, which] { onTokenEdited(which); });
        connect(s.model, &TokenModel::verificationChanged, this, &CompareDialog::refresh);
    }
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("comparison"));
    m_view->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    retranslateUi();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Tokens"));
    side(Side::First).label->setText(tr("&First token:"));
    side(Side::Second).label->setText(tr("S&econd token:"));
    for (SideWidgets &s : m_sides) {
        s.editor->setAccessibleName(s.label == side(Side::First).label ? tr("First token")
                                                                       : tr("Second token"));
        s.editor->setPlaceholderText(tr("Paste a token to compare"));
    }
    m_view->setAccessibleName(tr("Comparison"));
    fillChoices();
    refresh();
}

void CompareDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (SideWidgets &s : m_sides)
            s.model->retranslate();
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
}

void CompareDialog::fillChoices()
{
    for (SideWidgets &s : m_sides) {
        const QSignalBlocker blocker(s.choice);
        const int current = s.choice->currentIndex();
        s.choice->clear();
        for (const OpenToken &entry : std::as_const(m_tokens))
            s.choice->addItem(entry.title.isEmpty() ? tr("(untitled)") : entry.title);
        s.choice->addItem(tr("Pasted token"));
        s.choice->setCurrentIndex(
                current >= 0 && current < s.choice->count() ? current : s.choice->count() - 1);
    }
}

void CompareDialog::setTokens(const QList<OpenToken> &tokens)
{
    m_tokens = tokens;
    for (SideWidgets &s : m_sides) {
        const QSignalBlocker blocker(s.choice);
        s.choice->setCurrentIndex(-1);
    }
    fillChoices();
    chooseToken(Side::First, m_tokens.isEmpty() ? -1 : 0);
    chooseToken(Side::Second, m_tokens.size() > 1 ? 1 : -1);
}

void CompareDialog::chooseToken(Side which, int index)
{
    QComboBox *choice = side(which).choice;
    const int target = index >= 0 && index < m_tokens.size() ? index : choice->count() - 1;
    if (choice->currentIndex() == target)
        onChoiceChanged(which, target);
    else
        choice->setCurrentIndex(target);
}

void CompareDialog::onChoiceChanged(Side which, int index)
{
    if (index < 0 || index >= m_tokens.size())
        return; // "Pasted token": the field keeps what is in it
    SideWidgets &s = side(which);
    {
        const QSignalBlocker blocker(s.editor);
        s.editor->setPlainText(m_tokens.at(index).token);
    }
    s.model->setToken(m_tokens.at(index).token);
    refresh();
}

void CompareDialog::onTokenEdited(Side which)
{
    SideWidgets &s = side(which);
    const QString text = s.editor->toPlainText();
    const int index = s.choice->currentIndex();
    if (index >= 0 && index < m_tokens.size() && m_tokens.at(index).token != text) {
        const QSignalBlocker blocker(s.choice);
        s.choice->setCurrentIndex(s.choice->count() - 1);
    }
    s.model->setToken(text.trimmed());
    refresh();
}

void CompareDialog::setSideToken(Side which, const QString &token)
{
    side(which).editor->setPlainText(token);
}

QString CompareDialog::sideToken(Side which) const
{
    return side(which).editor->toPlainText().trimmed();
}

void CompareDialog::setKey(TokenModel::KeyInput input, const QString &text,
                           TokenModel::KeyOrigin origin)
{
    for (SideWidgets &s : m_sides)
        s.model->setKey(input, text, origin);
    refresh();
}

void CompareDialog::setClock(const std::optional<QDateTime> &fixedClock)
{
    for (SideWidgets &s : m_sides)
        s.model->setFixedClock(fixedClock);
    refresh();
}

QString CompareDialog::comparisonText() const
{
    return m_view->toPlainText();
}

QString CompareDialog::verificationText(Side which) const
{
    const TokenModel *model = side(which).model;
    const TokenModel::VerifyState state = model->verifyState();
    const QString words = model->encryption().isJwe
            ? SignaturePane::jweStateText(state)
            : SignaturePane::stateText(state, model->keyOrigin());
    const QString reason = model->verifyReason();
    // The verdict's reason often begins with the same words ("Signature verified with …"):
    // then the reason alone says it, once.
    if (reason.isEmpty() || reason.startsWith(words))
        return reason.isEmpty() ? words : reason;
    return tr("%1 (%2)").arg(words, reason);
}

void CompareDialog::refresh()
{
    if (!m_view)
        return;
    const QString first = sideToken(Side::First);
    const QString second = sideToken(Side::Second);
    if (first.isEmpty() || second.isEmpty()) {
        m_view->setHtml(
                QStringLiteral("<p>%1</p>")
                        .arg(tr("Choose or paste two tokens to compare them.").toHtmlEscaped()));
        return;
    }
    const Token a = Token::parse(QStringView(first));
    const Token b = Token::parse(QStringView(second));
    const TokenDiff diff = TokenDiff::compare(a, b);
    const QPalette pal = palette();

    const auto sideText = [](const TokenDiff::Side &s) {
        const QString kind
                = s.form == Token::Form::Jwe ? QStringLiteral("JWE") : QStringLiteral("JWS");
        const QString alg = s.alg.isEmpty() ? tr("(no alg)") : s.alg;
        return s.hasKid ? tr("%1 %2, kid \"%3\"").arg(alg, kind, s.kid)
                        : tr("%1 %2, no kid").arg(alg, kind);
    };
    QString html;
    const auto line = [&html](const QString &text) {
        html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    if (diff.identical)
        line(tr("The tokens are identical."));
    html += QStringLiteral("<table>");
    const auto row = [&html](const QString &what, const QString &value) {
        html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()))
                + cell(value.toHtmlEscaped()) + QStringLiteral("</tr>");
    };
    row(tr("First:"), sideText(diff.first));
    row(tr("Second:"), sideText(diff.second));
    row(tr("First verification:"), verificationText(Side::First));
    row(tr("Second verification:"), verificationText(Side::Second));
    row(tr("alg:"),
        diff.sameAlg ? tr("the same") : tr("%1 → %2").arg(diff.first.alg, diff.second.alg));
    const auto kidText = [](const TokenDiff::Side &s) {
        return s.hasKid ? QStringLiteral("\"%1\"").arg(s.kid) : tr("none");
    };
    row(tr("kid:"),
        diff.sameKid ? tr("the same")
                     : tr("%1 → %2").arg(kidText(diff.first), kidText(diff.second)));
    const bool bothJws
            = diff.first.form == Token::Form::Jws && diff.second.form == Token::Form::Jws;
    if (bothJws) {
        row(tr("Signature:"),
            diff.sameSignature              ? tr("the same")
                    : diff.sameSigningInput ? tr("different, over the same header and payload "
                                                 "(signed again: another key, or an algorithm "
                                                 "whose signatures are random)")
                                            : tr("different"));
    } else if (diff.first.form == Token::Form::Jwe && diff.second.form == Token::Form::Jwe) {
        row(tr("Ciphertext:"), diff.sameContent ? tr("the same") : tr("different"));
    }
    html += QStringLiteral("</table>");

    const auto members = [&](const QString &title, const QList<MemberChange> &list) {
        const qsizetype changes = TokenDiff::changeCount(list);
        html += QStringLiteral("<h3>%1</h3>")
                        .arg((changes ? tr("%1: %n difference(s)", nullptr, int(changes)).arg(title)
                                      : tr("%1: the same").arg(title))
                                     .toHtmlEscaped());
        html += QStringLiteral("<table cellspacing=\"0\" width=\"100%\"><tr>") + cell(QString())
                + cell(QStringLiteral("<b>%1</b>").arg(tr("Member")))
                + cell(QStringLiteral("<b>%1</b>").arg(tr("First")))
                + cell(QStringLiteral("<b>%1</b>").arg(tr("Second"))) + QStringLiteral("</tr>");
        for (const MemberChange &m : list) {
            QString mark;
            QString word;
            std::optional<PartColors::Status> status;
            switch (m.change) {
            case MemberChange::Change::Same:
                break;
            case MemberChange::Change::Respelled:
                mark = QStringLiteral("=");
                word = tr("respelled");
                status = PartColors::Status::Info;
                break;
            case MemberChange::Change::Changed:
                mark = QStringLiteral("~");
                word = tr("changed");
                status = PartColors::Status::Warning;
                break;
            case MemberChange::Change::Added:
                mark = QStringLiteral("+");
                word = tr("added");
                status = PartColors::Status::Good;
                break;
            case MemberChange::Change::Removed:
                mark = QStringLiteral("\u2212");
                word = tr("removed");
                status = PartColors::Status::Bad;
                break;
            }
            const QString style = status
                    ? QStringLiteral("background-color: %1; color: %2;")
                              .arg(PartColors::tint(PartColors::status(*status, pal), pal, 0.25)
                                           .name(),
                                   pal.color(QPalette::Text).name())
                    : QString();
            QString firstValue = compactValue(m.first).toHtmlEscaped();
            QString secondValue = compactValue(m.second).toHtmlEscaped();
            QString name = m.name.toHtmlEscaped();
            if (!word.isEmpty())
                name += QStringLiteral(" <i>(%1)</i>").arg(word.toHtmlEscaped());
            if (m.time) {
                const MemberChange::Time &t = *m.time;
                if (t.first.isValid())
                    firstValue += QStringLiteral("<br>") + dateText(t.first).toHtmlEscaped();
                if (t.second.isValid())
                    secondValue += QStringLiteral("<br>") + dateText(t.second).toHtmlEscaped();
                if (!t.text.isEmpty())
                    name += QStringLiteral("<br>") + t.text.toHtmlEscaped();
            }
            html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(mark), style)
                    + cell(name, style) + cell(firstValue, style) + cell(secondValue, style)
                    + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    };
    members(tr("Header"), diff.header);
    if (diff.payloadsCompared) {
        members(tr("Payload"), diff.payload);
    } else if (bothJws) {
        line(diff.sameContent ? tr("Payload: the same bytes (not a JSON object).")
                              : tr("Payload: different (not a JSON object: compared as bytes)."));
    } else {
        line(tr("Payload: not compared (a JWE's payload is encrypted)."));
    }
    m_view->setHtml(html);
}
