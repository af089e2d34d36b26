// SPDX-License-Identifier: MIT
#pragma once
// The loopback key server of the network tests (tests/data/net/keyserver.py): real HTTPS
// with a CA the test makes, started in initTestCase and stopped in cleanupTestCase. Shared by
// tst_keyfetcher (app/net), tst_keycommand (`jwtlens key`) and, later, the window's tests.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

class KeyServer
{
public:
    KeyServer() = default;
    ~KeyServer() { stop(); }
    KeyServer(const KeyServer &) = delete;
    KeyServer &operator=(const KeyServer &) = delete;

    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    static QString script() { return QFINDTESTDATA("data/net/keyserver.py"); }

    /// An environment without proxy variables: the tests talk to 127.0.0.1 directly (a proxy
    /// set on the machine would otherwise see, or refuse, the loopback requests).
    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                                 "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
            env.remove(QString::fromLatin1(name));
        return env;
    }
    /// The same for this process (a KeyFetcher in the test itself).
    static void clearProxyVariables()
    {
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                                 "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
            qunsetenv(name);
    }

    /// Starts the server and waits for its ports (a few hundred milliseconds: it makes a CA,
    /// three certificates and four keys). False with @p error when it cannot run.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        m_process.setProcessEnvironment(cleanEnvironment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python(), {script(), m_dir.path()});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1").arg(python());
            return false;
        }
        // Standard input stays open: the server runs until it is closed (stop(), or this
        // process going away).
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_process.waitForReadyRead(30000)) {
                *error = QStringLiteral("the key server did not start (python3-cryptography?)");
                stop();
                return false;
            }
            line += m_process.readAllStandardOutput();
        }
        const QJsonObject ports = QJsonDocument::fromJson(line).object();
        for (auto it = ports.begin(); it != ports.end(); ++it) {
            if (it.value().isDouble())
                m_ports.insert(it.key(), it.value().toInt());
        }
        if (m_ports.value(QStringLiteral("https")) <= 0) {
            *error = QStringLiteral("unexpected answer from the key server: %1")
                             .arg(QString::fromUtf8(line));
            stop();
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port(const QString &listener) const { return m_ports.value(listener); }

    /// "https://127.0.0.1:PORT/path" for the listener "https", "wronghost", "selfsigned";
    /// "http://…" for "http", "proxy" and "closed".
    QString url(const QString &listener, const QString &path) const
    {
        const bool tls = listener != QLatin1String("http") && listener != QLatin1String("proxy")
                && listener != QLatin1String("closed");
        return QStringLiteral("%1://127.0.0.1:%2%3")
                .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                .arg(port(listener))
                .arg(path);
    }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString caFile() const { return file(QStringLiteral("ca.pem")); }

    QByteArray readFile(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    /// The JWKS the server serves at /jwks.json, byte for byte.
    QByteArray jwks() const { return readFile(QStringLiteral("jwks.json")); }
    /// kid → RFC 7638 thumbprint, computed by the server (Python), not by jwtlens.
    QHash<QString, QString> thumbprints() const
    {
        QHash<QString, QString> result;
        const QJsonObject o
                = QJsonDocument::fromJson(readFile(QStringLiteral("thumbprints.json"))).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            result.insert(it.key(), it.value().toString());
        return result;
    }

    /// Requests received since the last clearRequests(), as "LISTENER GET /path" lines.
    QStringList requests() const
    {
        QStringList lines
                = QString::fromUtf8(readFile(QStringLiteral("requests.log"))).split(u'\n');
        lines.removeAll(QString());
        return lines;
    }
    void clearRequests() { QFile::remove(file(QStringLiteral("requests.log"))); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QHash<QString, int> m_ports;
};
