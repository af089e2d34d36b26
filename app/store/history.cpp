// SPDX-License-Identifier: MIT
#include "history.h"

#include "claims.h"
#include "token.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace {

/// How long a write waits for another program's lock before it gives up: short, as the
/// window waits with it.
constexpr int BusyTimeoutMs = 200;

const QLatin1String driverName("QSQLITE");

// SQLite's primary result codes (sqlite3.h), for the messages.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

/// The token as it is kept: without surrounding whitespace or "Bearer ", each part as it
/// was written. Empty when @p text is not a well-formed JWS or JWE.
QByteArray canonicalToken(QByteArrayView text, Token *parsed)
{
    *parsed = Token::parse(text);
    if (!parsed->isWellFormed()
        || (parsed->form() != Token::Form::Jws && parsed->form() != Token::Form::Jwe))
        return QByteArray();
    QByteArrayList parts;
    for (const Segment &segment : parsed->segments())
        parts << segment.encoded;
    return parts.join('.');
}

std::optional<double> expiry(const Token &token)
{
    const Json::Member *exp = token.payloadObject().find(u"exp");
    if (!exp || !exp->isNumber())
        return std::nullopt;
    const double seconds = exp->number();
    if (!std::isfinite(seconds))
        return std::nullopt;
    return seconds;
}

/// What a search looks in: the title and the decoded header and payload.
bool matches(const History::Entry &entry, const QString &search)
{
    if (entry.title.contains(search, Qt::CaseInsensitive))
        return true;
    const Token token = Token::parse(QByteArrayView(entry.token));
    return QString::fromUtf8(token.header().decoded).contains(search, Qt::CaseInsensitive)
            || QString::fromUtf8(token.payload().decoded).contains(search, Qt::CaseInsensitive);
}

} // namespace

History::History(const QString &databasePath)
    : m_path(databasePath)
    , m_connection(QStringLiteral("jwtlens-history-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

History::~History()
{
    close();
}

QString History::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/history.sqlite");
}

void History::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        close();
}

History::Open History::open(bool create)
{
    if (m_open)
        return Open::Ready;
    m_error.clear();
    m_failure = 0;
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        m_error = tr("The history needs Qt's SQLite driver (QSQLITE, in Debian the package "
                     "libqt6sql6-sqlite), which is not installed. JWT Lens goes on without "
                     "history.");
        return Open::Failed;
    }
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!create)
            return Open::NoFile;
        // Made by us, readable and writable by its owner only: SQLite gives its -wal and
        // -shm files the same permissions.
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("The history folder %1 cannot be made. JWT Lens goes on without "
                         "history.")
                              .arg(QDir::toNativeSeparators(info.absolutePath()));
            return Open::Failed;
        }
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            m_error = tr("The history file %1 cannot be made: %2. JWT Lens goes on without "
                         "history.")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString());
            return Open::Failed;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            fail(error);
            return Open::Failed;
        }
        m_open = true;
        QSqlQuery query(db);
        // Per connection: deleted content is overwritten, temporary tables stay in memory.
        bool ok = query.exec(QStringLiteral("PRAGMA secure_delete = ON"))
                && query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        // Reading the schema is the first access to the file: a damaged or locked file
        // says so here.
        ok = ok && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (ok && create) {
            ok = query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
                    && query.exec(
                            QStringLiteral("CREATE TABLE IF NOT EXISTS tokens ("
                                           " id INTEGER PRIMARY KEY,"
                                           " token TEXT NOT NULL UNIQUE,"
                                           " title TEXT NOT NULL,"
                                           " opened INTEGER NOT NULL," // ms since the epoch, UTC
                                           " expires REAL)")); // the token's exp, NULL when none
        }
        if (!ok) {
            const QSqlError error = query.lastError();
            query = QSqlQuery();
            db = QSqlDatabase();
            close();
            fail(error);
            return Open::Failed;
        }
    }
    return Open::Ready;
}

void History::close()
{
    if (!m_open && !QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

void History::closeIfOff()
{
    if (!m_enabled)
        close();
}

bool History::fail(const QSqlError &error)
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString detail = error.driverText().isEmpty() ? error.text() : error.databaseText();
    m_failure = error.nativeErrorCode().toInt() & 0xff;
    switch (m_failure) {
    case SqliteBusy:
    case SqliteLocked:
        m_error = tr("The history file %1 is in use by another program (%2). JWT Lens goes on "
                     "without history for now.")
                          .arg(file, detail);
        break;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        m_error = tr("The history file %1 is damaged (%2). JWT Lens goes on without history; "
                     "Clear History deletes the file.")
                          .arg(file, detail);
        break;
    case SqliteReadOnly:
    case SqliteCantOpen:
        m_error = tr("The history file %1 cannot be opened for writing (%2). JWT Lens goes on "
                     "without history.")
                          .arg(file, detail);
        break;
    case SqliteFull:
        m_error = tr("The disk holding the history file %1 is full. JWT Lens goes on without "
                     "history.")
                          .arg(file);
        break;
    default:
        m_error = tr("The history file %1 cannot be used (%2). JWT Lens goes on without "
                     "history.")
                          .arg(file, detail);
        break;
    }
    return false;
}

History::Result History::prepareAdd(QByteArrayView text, QByteArray *token,
                                    std::optional<double> *exp, QDateTime *now)
{
    if (!m_enabled)
        return Result::Off;
    Token parsed;
    *token = canonicalToken(text, &parsed);
    if (token->isEmpty())
        return Result::NotAToken;
    *now = QDateTime::currentDateTimeUtc();
    *exp = expiry(parsed);
    if (m_onlyExpired && (!*exp || **exp > double(now->toSecsSinceEpoch())))
        return Result::NotExpired;
    if (open(true) != Open::Ready)
        return Result::Failed;
    return Result::Done;
}

History::Result History::add(QByteArrayView text, const QString &title)
{
    QByteArray token;
    std::optional<double> exp;
    QDateTime now;
    if (const Result ready = prepareAdd(text, &token, &exp, &now); ready != Result::Done)
        return ready;

    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
            "INSERT INTO tokens (token, title, opened, expires) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (token) DO UPDATE SET title = excluded.title, opened = excluded.opened"));
    query.addBindValue(QString::fromLatin1(token));
    query.addBindValue(title.isNull() ? QString(QLatin1String("")) : title); // NOT NULL
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(exp ? QVariant(*exp) : QVariant());
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query = QSqlQuery();
        close(); // the next call opens the file again
        fail(error);
        return Result::Failed;
    }
    return Result::Done;
}

History::Result History::addEdited(qint64 *entry, QByteArrayView text, const QString &title)
{
    QByteArray token;
    std::optional<double> exp;
    QDateTime now;
    if (const Result ready = prepareAdd(text, &token, &exp, &now); ready != Result::Done)
        return ready;

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString titleText = title.isNull() ? QString(QLatin1String("")) : title; // NOT NULL
    qint64 result = *entry;
    bool overwritten = false; ///< the entry's former token was replaced or deleted
    QSqlError error;
    bool ok = db.transaction();
    {
        QSqlQuery query(db);
        const auto run = [&query, &ok](const QString &sql, const QVariantList &values) {
            if (!ok)
                return false;
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
            return ok;
        };
        qint64 existing = 0;
        if (run(QStringLiteral("SELECT id FROM tokens WHERE token = ?"),
                {QString::fromLatin1(token)})
            && query.next()) {
            existing = query.value(0).toLongLong();
        }
        const QVariant expires = exp ? QVariant(*exp) : QVariant();
        if (existing != 0) {
            // Kept already (this entry, or one opened or made before): it is brought forward.
            run(QStringLiteral("UPDATE tokens SET title = ?, opened = ? WHERE id = ?"),
                {titleText, now.toMSecsSinceEpoch(), existing});
            if (existing != *entry) {
                if (*entry != 0) {
                    run(QStringLiteral("DELETE FROM tokens WHERE id = ?"), {*entry});
                    overwritten = query.numRowsAffected() > 0;
                }
                result = 0;
            }
        } else {
            if (*entry != 0) {
                run(QStringLiteral("UPDATE tokens SET token = ?, title = ?, opened = ?, "
                                   "expires = ? WHERE id = ?"),
                    {QString::fromLatin1(token), titleText, now.toMSecsSinceEpoch(), expires,
                     *entry});
                overwritten = ok && query.numRowsAffected() > 0;
            }
            if (!overwritten) {
                run(QStringLiteral("INSERT INTO tokens (token, title, opened, expires) "
                                   "VALUES (?, ?, ?, ?)"),
                    {QString::fromLatin1(token), titleText, now.toMSecsSinceEpoch(), expires});
                result = ok ? query.lastInsertId().toLongLong() : 0;
            }
        }
        if (!ok)
            error = query.lastError();
    }
    if (ok && !db.commit()) {
        ok = false;
        error = db.lastError();
    }
    if (!ok) {
        db.rollback();
        db = QSqlDatabase();
        close(); // the next call opens the file again
        fail(error);
        return Result::Failed;
    }
    // The half-made token the entry held is not left in free pages or the log.
    if (overwritten && !checkpoint()) {
        db = QSqlDatabase();
        close();
        *entry = result;
        return Result::Failed;
    }
    *entry = result;
    return Result::Done;
}

std::optional<QList<History::Entry>> History::entries(const QString &search)
{
    const Open state = open(false);
    if (state == Open::NoFile)
        return QList<Entry>();
    if (state == Open::Failed)
        return std::nullopt;
    QList<Entry> list;
    bool ok = false;
    QSqlError error;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.setForwardOnly(true);
        ok = query.exec(QStringLiteral("SELECT id, token, title, opened, expires FROM tokens "
                                       "ORDER BY opened DESC, id DESC"));
        while (ok && query.next()) {
            Entry entry;
            entry.id = query.value(0).toLongLong();
            entry.token = query.value(1).toString().toLatin1();
            entry.title = query.value(2).toString();
            entry.opened = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
            if (!query.value(4).isNull()) {
                entry.expires = QDateTime::fromMSecsSinceEpoch(
                        qint64(std::llround(query.value(4).toDouble() * 1000.0)), Qt::UTC);
            }
            if (search.isEmpty() || matches(entry, search))
                list.append(entry);
        }
        error = query.lastError();
    }
    if (!ok) {
        // A file made elsewhere with no table of ours holds no history.
        if (error.databaseText().startsWith(QLatin1String("no such table"))) {
            closeIfOff();
            return QList<Entry>();
        }
        close();
        fail(error);
        return std::nullopt;
    }
    closeIfOff();
    return list;
}

std::optional<QByteArray> History::token(qint64 id)
{
    if (open(false) != Open::Ready)
        return std::nullopt;
    std::optional<QByteArray> token;
    QSqlError error;
    bool ok = false;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("SELECT token FROM tokens WHERE id = ?"));
        query.addBindValue(id);
        ok = query.exec();
        if (ok && query.next())
            token = query.value(0).toString().toLatin1();
        error = query.lastError();
    }
    if (!ok) {
        close();
        fail(error);
        return std::nullopt;
    }
    closeIfOff();
    return token;
}

bool History::checkpoint()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // TRUNCATE waits for readers (up to the busy timeout), copies every page back into
    // the file and empties the -wal file: the deleted rows' old pages go with it.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
        const QSqlError error = query.lastError();
        query = QSqlQuery();
        return fail(error);
    }
    if (query.value(0).toInt() != 0) {
        m_error = tr("The history entry was deleted, but another program is reading the "
                     "history file %1: its old copy leaves the file's log when that program "
                     "lets go.")
                          .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

History::Result History::remove(qint64 id)
{
    const Open state = open(false);
    if (state == Open::NoFile)
        return Result::Done;
    if (state == Open::Failed)
        return Result::Failed;
    bool ok = false;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("DELETE FROM tokens WHERE id = ?"));
        query.addBindValue(id);
        ok = query.exec() || fail(query.lastError());
    }
    ok = ok && checkpoint();
    if (!ok) {
        close();
        return Result::Failed;
    }
    closeIfOff();
    return Result::Done;
}

History::Result History::removeNotExpired(const QDateTime &now)
{
    const Open state = open(false);
    if (state == Open::NoFile)
        return Result::Done;
    if (state == Open::Failed)
        return Result::Failed;
    bool ok = false;
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(QStringLiteral("DELETE FROM tokens WHERE expires IS NULL OR expires > ?"));
        query.addBindValue(double(now.toMSecsSinceEpoch()) / 1000.0);
        ok = query.exec() || fail(query.lastError());
    }
    ok = ok && checkpoint();
    if (!ok) {
        close();
        return Result::Failed;
    }
    closeIfOff();
    return Result::Done;
}

History::Result History::clear()
{
    // Overwrite the rows first (secure_delete), so that their bytes do not outlive the
    // file in the disk's free blocks any more than needed; then delete the files.
    const Open state = open(false);
    if (state == Open::Ready) {
        bool ok = false;
        QSqlError error;
        {
            QSqlQuery query(QSqlDatabase::database(m_connection, false));
            ok = query.exec(QStringLiteral("DELETE FROM tokens"));
            error = query.lastError();
        }
        const int code = error.nativeErrorCode().toInt() & 0xff;
        const bool noTable = error.databaseText().startsWith(QLatin1String("no such table"));
        if (!ok && !noTable && code != SqliteCorrupt && code != SqliteNotADatabase) {
            close();
            fail(error);
            return Result::Failed;
        }
        if (ok && !checkpoint()) {
            close();
            return Result::Failed;
        }
    } else if (state == Open::Failed && QFileInfo::exists(m_path)) {
        // Only a file that is damaged is deleted without being read; one that is in use is
        // not ours to take away.
        if (m_failure != SqliteCorrupt && m_failure != SqliteNotADatabase)
            return Result::Failed;
    }
    close();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            m_error = tr("The history file %1 cannot be deleted. Delete it by hand.")
                              .arg(QDir::toNativeSeparators(file));
            return Result::Failed;
        }
    }
    m_error.clear();
    return Result::Done;
}
