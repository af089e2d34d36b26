// SPDX-License-Identifier: MIT
#pragma once
// Private to app/net: the one place that sends a request.

#include "keyfetcher.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// One GET under the rules of FetchOptions: redirects followed by hand (so that each target is
/// checked like the first URL), a timer per request, the body counted as it arrives. Ends with
/// exactly one of succeeded() or failed(), unless abort() is called first (then neither).
class HttpGet : public QObject
{
    Q_OBJECT

public:
    HttpGet(QNetworkAccessManager *manager, const FetchOptions &options,
            const QSslConfiguration &tls, QObject *parent = nullptr);
    ~HttpGet() override;

    /// @p url must have passed FetchRules::checkUrl.
    void start(const QUrl &url);
    void abort();

signals:
    void requesting(const QUrl &url);
    void progress(qint64 received, qint64 total);
    void succeeded(const QByteArray &body, const QUrl &finalUrl);
    void failed(const FetchError &error);

private:
    void send(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    /// Drops the running reply (without its signals) and emits failed().
    void fail(FetchError::Kind kind, const QString &message, int httpStatus = 0);
    void releaseReply();
    FetchError::Kind mapTransportError(int error, QString *message) const;
    QString tlsMessage() const;
    QString tooLargeMessage() const;

    QNetworkAccessManager *m_manager;
    const FetchOptions m_options;
    const QSslConfiguration m_tls;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_firstUrl;
    QUrl m_url;
    QByteArray m_body;
    int m_redirects = 0;
    QList<QSslError> m_sslErrors;
};
