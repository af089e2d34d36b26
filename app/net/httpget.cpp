// SPDX-License-Identifier: MIT
#include "httpget.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace {

QString display(const QUrl &url)
{
    return FetchRules::display(url);
}

} // namespace

HttpGet::HttpGet(QNetworkAccessManager *manager, const FetchOptions &options,
                 const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
    , m_tls(tls)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpGet::onTimeout);
}

HttpGet::~HttpGet()
{
    releaseReply();
}

void HttpGet::start(const QUrl &url)
{
    m_firstUrl = url;
    m_redirects = 0;
    send(url);
}

void HttpGet::abort()
{
    releaseReply();
}

void HttpGet::send(const QUrl &url)
{
    m_url = url;
    m_body.clear();
    m_sslErrors.clear();
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt: each target passes the same checks.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                         QNetworkRequest::Manual); // no cookies kept
    request.setRawHeader("Accept", "application/json, application/jwk-set+json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("jwtlens"));
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_tls);
    emit requesting(url);
    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpGet::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &HttpGet::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpGet::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpGet::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpGet::progress);
    m_timer.start(m_options.timeoutMs);
}

void HttpGet::releaseReply()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpGet::fail(FetchError::Kind kind, const QString &message, int httpStatus)
{
    releaseReply();
    FetchError error;
    error.kind = kind;
    error.url = m_url;
    error.httpStatus = httpStatus;
    error.message = message;
    emit failed(error);
}

QString HttpGet::tooLargeMessage() const
{
    return tr("%1: the response is larger than %2 bytes; refused")
            .arg(display(m_url))
            .arg(m_options.maxBytes);
}

void HttpGet::onMetaDataChanged()
{
    // A declared length over the limit is refused before its body arrives; an undeclared
    // (chunked) one is counted in onReadyRead.
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_options.maxBytes)
        fail(FetchError::Kind::TooLarge, tooLargeMessage());
}

void HttpGet::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxBytes)
        fail(FetchError::Kind::TooLarge, tooLargeMessage());
}

void HttpGet::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails, and these say why.
    m_sslErrors += errors;
}

void HttpGet::onTimeout()
{
    const int ms = m_options.timeoutMs;
    const QString limit
            = ms % 1000 == 0 ? tr("%n second(s)", nullptr, ms / 1000) : tr("%1 ms").arg(ms);
    fail(FetchError::Kind::Timeout,
         tr("%1: no complete answer within %2").arg(display(m_url), limit));
}

QString HttpGet::tlsMessage() const
{
    QStringList reasons;
    QString subject;
    for (const QSslError &e : m_sslErrors) {
        if (subject.isEmpty() && !e.certificate().isNull()) {
            const QSslCertificate cert = e.certificate();
            const QStringList cn = cert.subjectInfo(QSslCertificate::CommonName);
            subject = cn.isEmpty() ? cert.subjectDisplayName() : cn.join(QLatin1String(", "));
        }
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    }
    if (reasons.isEmpty()) {
        return tr("%1: TLS handshake failed: %2")
                .arg(display(m_url), m_reply ? m_reply->errorString() : QString());
    }
    if (subject.isEmpty()) {
        return tr("%1: TLS: the server's certificate is refused: %2")
                .arg(display(m_url), reasons.join(QLatin1String("; ")));
    }
    return tr("%1: TLS: the certificate of \"%2\" is refused: %3")
            .arg(display(m_url), subject, reasons.join(QLatin1String("; ")));
}

FetchError::Kind HttpGet::mapTransportError(int code, QString *message) const
{
    const QString url = display(m_url);
    switch (QNetworkReply::NetworkError(code)) {
    case QNetworkReply::HostNotFoundError:
        *message = tr("%1: cannot resolve the host name \"%2\"").arg(url, m_url.host());
        return FetchError::Kind::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        *message = tr("%1: connection refused by %2 port %3")
                           .arg(url, m_url.host())
                           .arg(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80));
        return FetchError::Kind::ConnectionRefused;
    case QNetworkReply::TimeoutError:
        *message = tr("%1: the connection timed out").arg(url);
        return FetchError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        *message = tlsMessage();
        return FetchError::Kind::Tls;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        *message = tr("%1: proxy: %2").arg(url, m_reply->errorString());
        return FetchError::Kind::Network;
    default:
        if (!m_sslErrors.isEmpty()) {
            *message = tlsMessage();
            return FetchError::Kind::Tls;
        }
        *message = tr("%1: %2").arg(url, m_reply->errorString());
        return FetchError::Kind::Network;
    }
}

void HttpGet::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onReadyRead(); // whatever is left in the buffer (also counted)
    if (!m_reply)
        return; // refused as too large
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QVariant target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);

    if (status >= 300 && status < 400 && target.isValid()) {
        const QUrl next = m_url.resolved(target.toUrl());
        if (m_redirects >= m_options.maxRedirects) {
            fail(FetchError::Kind::TooManyRedirects,
                 tr("%1: more than %n redirect(s)", nullptr, m_options.maxRedirects)
                         .arg(display(m_firstUrl)));
            return;
        }
        const bool fromHttps
                = m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        const bool toHttps
                = next.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        if (fromHttps && !toHttps) {
            fail(FetchError::Kind::InsecureRedirect,
                 tr("%1 redirects to %2: never from https to http")
                         .arg(display(m_url), display(next)));
            return;
        }
        const QString refusal = FetchRules::checkUrl(next);
        if (!refusal.isEmpty()) {
            fail(FetchError::Kind::Refused,
                 tr("%1 redirects to %2: %3").arg(display(m_url), display(next), refusal));
            return;
        }
        ++m_redirects;
        m_timer.stop();
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        send(next);
        return;
    }
    if (status != 0 && (status < 200 || status >= 300)) {
        const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(FetchError::Kind::HttpStatus,
             tr("%1: HTTP %2 %3").arg(display(m_url)).arg(status).arg(reason).trimmed(), status);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status == 0) {
        QString message;
        const FetchError::Kind kind = reply->error() != QNetworkReply::NoError
                ? mapTransportError(reply->error(), &message)
                : FetchError::Kind::Network;
        if (message.isEmpty())
            message = tr("%1: no HTTP answer").arg(display(m_url));
        fail(kind, message);
        return;
    }
    const QByteArray body = m_body;
    const QUrl finalUrl = m_url;
    m_timer.stop();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_body.clear();
    emit succeeded(body, finalUrl);
}
