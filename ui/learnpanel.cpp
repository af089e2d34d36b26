// SPDX-License-Identifier: MIT
#include "learnpanel.h"

#include "partcolors.h"
#include "registry.h"
#include "tokenmodel.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

struct PartLink
{
    TokenPart part;
    const char *name;
};

constexpr PartLink partLinks[] = {
        {TokenPart::Token, "token"},
        {TokenPart::Header, "header"},
        {TokenPart::Payload, "payload"},
        {TokenPart::Signature, "signature"},
};

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped());
}

/// @p text shortened to @p max characters with an ellipsis (for long segments and JSON).
QString shortened(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max - 1) + QChar(0x2026);
}

} // namespace

LearnPanel::LearnPanel(TokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("learnPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("lessonText"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &LearnPanel::onAnchorClicked);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &LearnPanel::rebuild);
    bindModel();
    rebuild();
}

void LearnPanel::setModel(TokenModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    bindModel();
    rebuild();
}

void LearnPanel::bindModel()
{
    if (!m_model)
        return;
    connect(m_model, &TokenModel::tokenChanged, this, &LearnPanel::scheduleRebuild);
    connect(m_model, &TokenModel::verificationChanged, this, &LearnPanel::scheduleRebuild);
    connect(m_model, &TokenModel::claimsChanged, this, &LearnPanel::scheduleRebuild);
    connect(m_model, &TokenModel::structureChanged, this, &LearnPanel::scheduleRebuild);
    // A model that goes (its tab closed) leaves the panel with none until the next is set.
    connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
}

LearnPanel::~LearnPanel() = default;

QString LearnPanel::html() const
{
    return m_html;
}

QUrl LearnPanel::linkFor(TokenPart part)
{
    for (const PartLink &link : partLinks) {
        if (link.part == part)
            return QUrl(QStringLiteral("part:") + QLatin1String(link.name));
    }
    return QUrl(QStringLiteral("part:token"));
}

void LearnPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void LearnPanel::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void LearnPanel::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != QLatin1String("part"))
        return;
    for (const PartLink &link : partLinks) {
        if (url.path() == QLatin1String(link.name)) {
            emit highlightRequested(link.part);
            return;
        }
    }
}

void LearnPanel::rebuild()
{
    const QPalette pal = palette();
    const auto colored = [&pal](TokenPart part, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\"><code>%2</code></span>")
                .arg(PartColors::part(part, pal).name(), text.toHtmlEscaped());
    };
    // Each section: a heading that links to its part of the window, paragraphs, and a
    // "show me" link at the end.
    QString html;
    const auto section = [&html](TokenPart part, const QString &heading,
                                 const QStringList &paragraphs) {
        const QString href = LearnPanel::linkFor(part).toString();
        html += QStringLiteral("<h3><a href=\"%1\">%2</a></h3>").arg(href, heading.toHtmlEscaped());
        for (const QString &paragraph : paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(paragraph);
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(href, LearnPanel::tr("Show it in the window →").toHtmlEscaped());
    };

    const Token token = m_model ? m_model->parsed() : Token();
    const bool haveToken = token.form() == Token::Form::Jws;
    const QString alg = token.alg();

    html += QStringLiteral("<h2>%1</h2>").arg(tr("How a JWT works").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                    .arg(tr("A short lesson built around the token open in the window. Click a "
                            "heading to "
                            "see the part it talks about.")
                                 .toHtmlEscaped());

    QStringList what {
            tr("A JSON Web Token (JWT, RFC 7519) is a short text that carries a set of "
               "<i>claims</i>: statements such as who the user is and until when the token is "
               "valid. The party that issues it signs it, and the party that receives it can "
               "check that nobody changed it.")};
    if (haveToken)
        what.append(
                tr("The token open now is %n character(s) long.", nullptr, int(token.length())));
    section(TokenPart::Token, tr("What a JWT is"), what);

    section(TokenPart::Token, tr("When to use one"),
            {tr("Use a JWT when servers should not keep a session for every user: a "
                "<i>stateless session</i>. The login server signs a token once; the client "
                "sends it with every request (usually as <code>Authorization: Bearer "
                "…</code>), and any server that shares the secret or holds the public key — "
                "every server behind a load balancer, for instance — can check it without "
                "asking a database."),
             tr("Keep a server-side session instead when you must be able to end a session at "
                "once.")});

    QStringList parts {tr("A JWT is three base64url texts joined by dots: "
                          "<b>header</b>.<b>payload</b>.<b>signature</b>.")};
    if (haveToken) {
        const QString dot = colored(TokenPart::Token, QStringLiteral("."));
        parts.append(
                tr("In the token open now: %1")
                        .arg(colored(TokenPart::Header,
                                     shortened(QString::fromLatin1(token.header().encoded), 60))
                             + dot
                             + colored(TokenPart::Payload,
                                       shortened(QString::fromLatin1(token.payload().encoded), 60))
                             + dot
                             + colored(TokenPart::Signature,
                                       shortened(QString::fromLatin1(token.signature().encoded),
                                                 60))));
    }
    section(TokenPart::Token, tr("Three parts"), parts);

    QStringList header {tr("The header is a small JSON object that says how the token was "
                           "signed: <code>alg</code> names the algorithm and <code>typ</code> "
                           "the type.")};
    if (haveToken) {
        header.append(
                tr("This one reads %1, so the algorithm is %2.")
                        .arg(colored(TokenPart::Header,
                                     shortened(QString::fromUtf8(token.header().decoded), 120)),
                             alg.isEmpty() ? tr("not given") : code(alg)));
    }
    section(TokenPart::Header, tr("The header"), header);

    QStringList payload {tr("The payload holds the claims. Anyone who has the token can read "
                            "it: base64url is an encoding, not encryption. The payload pane "
                            "decoded it without any key.")};
    if (haveToken) {
        payload.append(
                tr("This one reads %1.")
                        .arg(colored(TokenPart::Payload,
                                     shortened(QString::fromUtf8(token.payload().decoded), 160))));
    }
    section(TokenPart::Payload, tr("The payload"), payload);

    QStringList signature {
            tr("The signature is computed over the first two parts exactly as written. With "
               "HS256 the issuer and the receiver share one secret; with RS256, ES256 or EdDSA "
               "the issuer signs with a private key and anyone can check with the public key."),
            tr("If one character of the header or the payload changes, the signature no longer "
               "matches: the signature proves <b>integrity</b>. It hides nothing, though.")};
    if (m_model && haveToken) {
        const std::optional<Algorithm> known = m_model->algorithm();
        if (known && *known != Algorithm::None)
            signature.append(
                    tr("For this token: %1").arg(code(Algorithms::signingFormula(*known))));
        const QString reason = m_model->verifyReason();
        if (!reason.isEmpty())
            signature.append(tr("Right now: %1.").arg(reason.toHtmlEscaped()));
    }
    section(TokenPart::Signature, tr("The signature"), signature);

    QStringList registered {
            tr("RFC 7519 registers seven short claim names, all optional: <code>iss</code> "
               "(issuer), <code>sub</code> (subject), <code>aud</code> (audience), "
               "<code>exp</code> (expiration time), <code>nbf</code> (not before), "
               "<code>iat</code> (issued at) and <code>jti</code> (JWT ID). Times are "
               "NumericDates: seconds since 1970-01-01 00:00 UTC.")};
    if (haveToken && token.payloadObject().isObject) {
        QStringList present;
        for (const Json::Member &member : token.payloadObject().members) {
            const std::optional<Registry::Entry> found
                    = Registry::find(Registry::Place::Payload, member.name);
            if (!found || found->kind != Registry::Kind::Registered)
                continue;
            const Registry::Entry &entry = *found;
            QString item = tr("%1 (%2) = %3")
                                   .arg(code(member.name), entry.title.toHtmlEscaped(),
                                        code(shortened(QString::fromUtf8(member.raw), 60)));
            if (entry.isNumericDate && member.isNumber()) {
                const QDateTime when
                        = QDateTime::fromSecsSinceEpoch(qint64(member.number()), Qt::UTC);
                if (when.isValid())
                    item += QStringLiteral(": ")
                            + QLocale()
                                      .toString(when.toLocalTime(), QLocale::LongFormat)
                                      .toHtmlEscaped();
            }
            present.append(item);
        }
        registered.append(
                present.isEmpty()
                        ? tr("This token uses none of them.")
                        : tr("This token has: %1").arg(present.join(QStringLiteral("; "))));
    }
    section(TokenPart::Payload, tr("Registered claims"), registered);

    // Signing and encrypting (RFC 7516): what a JWE is, with the open one's five parts.
    QStringList encrypted {
            tr("A signature hides nothing; <b>encryption</b> does. An encrypted token (JWE, RFC "
               "7516) has five parts: <b>protected header</b>.<b>encrypted key</b>.<b>IV</b>."
               "<b>ciphertext</b>.<b>tag</b>."),
            tr("How one is made: the sender picks a new random <i>content encryption key</i> "
               "(CEK) and IV, encrypts the claims with them (<code>enc</code>, e.g. A256GCM), "
               "and computes a tag over the ciphertext and the header's ASCII, so that no "
               "byte can change unnoticed. Then it encrypts the CEK for the recipient "
               "(<code>alg</code>, e.g. RSA-OAEP-256 with the recipient's public key) — that "
               "is the encrypted key."),
            tr("Only the recipient's private key (or the shared key) opens it; anyone with the "
               "public key can make one. So encryption alone does not say who sent a token: "
               "to prove that too, sign first and encrypt the signed JWT (a nested token, "
               "<code>cty: \"JWT\"</code>).")};
    if (m_model && token.isJwe()) {
        const QString dot = colored(TokenPart::Token, QStringLiteral("."));
        QString five;
        for (const Segment &s : token.segments()) {
            if (!five.isEmpty())
                five += dot;
            five += colored(s.part, shortened(QString::fromLatin1(s.encoded), 24));
        }
        encrypted.append(tr("The token open now is one: %1").arg(five));
        const QString reason = m_model->verifyReason();
        if (!reason.isEmpty())
            encrypted.append(tr("Right now: %1.").arg(reason.toHtmlEscaped()));
    }
    section(TokenPart::Token, tr("Signed or encrypted"), encrypted);

    QStringList cautions {
            tr("Do not put secrets or personal data in the payload: everyone who sees the token "
               "can read it."),
            tr("A token cannot be revoked before it expires: whoever holds a stolen token can "
               "use it until <code>exp</code>. A deny list on the server brings back the state "
               "a JWT was meant to avoid."),
            tr("So keep lifetimes short (minutes, not days) and renew tokens with a refresh "
               "token."),
            tr("Never accept <code>alg: none</code>, and let the server decide which algorithm "
               "it expects instead of trusting the header."),
            tr("Use a long random secret for HS256 (32 bytes or more): a short secret can be "
               "guessed offline from a single token.")};
    if (haveToken) {
        if (alg == QLatin1String("none"))
            cautions.append(tr("<b>This token is unsecured (alg none): do not trust it.</b>"));
        if (token.payloadObject().isObject && !token.payloadObject().find(u"exp"))
            cautions.append(tr("<b>This token has no exp: it never expires.</b>"));
    }
    section(TokenPart::Payload, tr("Cautions"), cautions);

    m_html = html;
    const int scrolled = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(scrolled);
}
