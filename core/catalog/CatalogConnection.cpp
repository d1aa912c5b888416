// CatalogConnection: opening the catalog file, its connection settings, and nested transactions as savepoints.
#include "catalog/CatalogConnection.h"

#include "catalog/CatalogQuery.h"
#include "util/DiskSpace.h"
#include "util/SafeFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace keyward::catalog {

CatalogConnection::CatalogConnection(QString path, QString name) : m_path(std::move(path)), m_name(std::move(name)) {}

namespace {

// Statements are few (the SQL texts in the catalog's code); the bound guards against a text built from data.
constexpr qsizetype MaxCachedStatements = 128;

// The `:name` placeholders of a statement, outside its quoted literals and identifiers.
QStringList placeholdersOf(const QString &sql)
{
    QStringList names;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            continue;
        }
        if (c != QLatin1Char(':') || i + 1 >= sql.size() ||
            !(sql.at(i + 1).isLetter() || sql.at(i + 1) == QLatin1Char('_')))
            continue;
        qsizetype end = i + 1;
        while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
            ++end;
        const QString name = sql.mid(i, end - i);
        if (!names.contains(name))
            names << name;
        i = end - 1;
    }
    return names;
}

} // namespace

CatalogConnection::~CatalogConnection()
{
    m_leased.clear();
    m_statements.clear(); // every statement goes before the connection it was prepared on
    for (const NativeEntry &e : std::as_const(m_native))
        sqlite3_finalize(e.statement);
    m_native.clear();
    if (m_database.isOpen())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery *CatalogConnection::acquireStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= MaxCachedStatements)
            return nullptr;
        auto statement = std::make_shared<Statement>(Statement{QSqlQuery(m_database), placeholdersOf(sql), false});
        // One that does not prepare is not kept: the caller prepares its own, and its exec() reports the failure.
        if (!statement->query.prepare(sql))
            return nullptr;
        it = m_statements.insert(sql, std::move(statement));
    }
    Statement &statement = **it;
    if (statement.inUse)
        return nullptr;
    statement.inUse = true;
    m_leased.insert(&statement.query, &statement);
    return &statement.query;
}

void CatalogConnection::releaseStatement(QSqlQuery *query) const
{
    query->finish();
    Statement *statement = m_leased.take(query);
    if (!statement)
        return;
    // A value left bound would be used by the next run that does not bind that placeholder.
    for (const QString &name : std::as_const(statement->placeholders))
        query->bindValue(name, QVariant());
    statement->inUse = false;
}

sqlite3_stmt *CatalogConnection::acquireNativeStatement(const char *sql) const
{
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
    auto it = m_native.find(key);
    if (it == m_native.end()) {
        if (m_native.size() >= MaxCachedStatements || !m_handle)
            return nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return nullptr;
        }
        it = m_native.insert(QByteArray(sql), NativeEntry{statement, false});
    }
    if (it->inUse)
        return nullptr;
    it->inUse = true;
    return it->statement;
}

void CatalogConnection::releaseNativeStatement(sqlite3_stmt *statement) const
{
    sqlite3_reset(statement);
    // A value left bound would point at memory its NativeStatement has freed.
    sqlite3_clear_bindings(statement);
    for (NativeEntry &e : m_native) {
        if (e.statement == statement) {
            e.inUse = false;
            return;
        }
    }
}

Result<std::unique_ptr<CatalogConnection>> CatalogConnection::open(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("keyward-catalog-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!makeOwnerOnlyFolder(QFileInfo(path).absolutePath()))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create the folder for %1").arg(path));
    // Owner-only from the first byte: SQLite gives the -wal, -shm and journal files the database file's mode, so
    // the file is made here (0600) before SQLite opens it. A catalog made by an older version is narrowed.
    if (auto st = makeOwnerOnlyFile(path); !st)
        return st.error();
    std::unique_ptr<CatalogConnection> connection(new CatalogConnection(path, name));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        connection->m_database = d;
        if (!d.open())
            return whenDiskFull(
                Error::make(ErrorCode::Io,
                            QStringLiteral("cannot open the catalog %1: %2").arg(path, d.lastError().text())),
                QFileInfo(path).absolutePath());
    }
    // Qt Sql's SQLite driver gives its connection as "sqlite3*" (Qt's documented way to reach it).
    const QVariant handle = connection->m_database.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection->m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection->m_handle)
        return Error::make(
            ErrorCode::Unsupported,
            QStringLiteral("cannot open the catalog %1: Qt's SQLite driver gives no connection handle").arg(path));
    if (auto st = connection->configure(); !st)
        return st.error();
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (auto st = restrictToOwner(path + QLatin1String(suffix)); !st)
            return st.error();
    }
    return connection;
}

Status CatalogConnection::configure()
{
    // WAL: readers never wait for the writer; synchronous=FULL: a committed transaction survives power loss.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        CatalogQuery q(*this, QString::fromLatin1(pragma), QStringLiteral("opening %1").arg(m_path));
        if (auto st = q.exec(); !st)
            return st;
    }
    // The header and the schema are read ("not a database" for a file that is something else); not every page,
    // which would make each command's start take time in proportion to the catalog.
    CatalogQuery schema(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                        QStringLiteral("checking %1").arg(m_path));
    if (auto st = schema.exec(); !st)
        return st;
    if (!schema.next())
        return damaged();
    return {};
}

Error CatalogConnection::damaged() const
{
    return Error::make(ErrorCode::Format,
                       QStringLiteral("the catalog %1 is damaged; it was left as it is").arg(m_path));
}

Status CatalogConnection::checkIntegrity()
{
    CatalogQuery check(*this, QStringLiteral("PRAGMA quick_check"), QStringLiteral("checking %1").arg(m_path));
    if (auto st = check.exec(); !st)
        return st;
    if (!check.next() || check.text(0) != QLatin1String("ok"))
        return damaged();
    return {};
}

Status CatalogConnection::transaction(const std::function<Status()> &body)
{
    // Nested calls become savepoints, so a function that keeps itself atomic can run inside a larger transaction.
    const bool outer = m_depth == 0;
    const QString savepoint = QStringLiteral("kw_%1").arg(m_depth);
    if (auto begun = begin(outer, savepoint); !begun)
        return begun;
    const qsizetype pending = m_afterCommit.size(); // what a rolled-back savepoint must drop
    ++m_depth;
    Status st = body();
    --m_depth;
    if (st)
        st = finish(outer, savepoint);
    if (!st) {
        m_afterCommit.resize(outer ? 0 : pending);
        return abandon(st.error(), outer, savepoint);
    }
    if (outer) {
        const auto actions = std::exchange(m_afterCommit, {});
        for (const auto &action : actions)
            action();
    }
    return {};
}

void CatalogConnection::afterCommit(std::function<void()> action)
{
    if (m_depth == 0)
        action();
    else
        m_afterCommit << std::move(action);
}

Status CatalogConnection::begin(bool outer, const QString &savepoint)
{
    CatalogQuery q(*this, outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT %1").arg(savepoint),
                   QStringLiteral("starting a transaction"));
    return q.exec();
}

Status CatalogConnection::finish(bool outer, const QString &savepoint)
{
    CatalogQuery q(*this, outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(savepoint),
                   QStringLiteral("committing"));
    return q.exec();
}

Error CatalogConnection::abandon(Error failure, bool outer, const QString &savepoint)
{
    // The step's own failure is what the caller acts on; a failed rollback is added to it, since the connection may
    // then still be inside the transaction.
    if (auto undone = undo(outer, savepoint); !undone)
        failure.detail = QStringLiteral("%1 (and the catalog could not undo the step: %2)")
                             .arg(failure.detail, undone.error().detail);
    return failure;
}

Status CatalogConnection::undo(bool outer, const QString &savepoint)
{
    CatalogQuery back(*this, outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO %1").arg(savepoint),
                      QStringLiteral("rolling back"));
    if (auto st = back.exec(); !st || outer)
        return st;
    // ROLLBACK TO keeps the savepoint open; release it so the enclosing transaction goes on without it.
    CatalogQuery release(*this, QStringLiteral("RELEASE %1").arg(savepoint), QStringLiteral("rolling back"));
    return release.exec();
}

} // namespace keyward::catalog
