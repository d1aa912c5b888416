// CatalogConnection: one Qt Sql connection to the catalog file (WAL, full sync, foreign keys) and its transactions.
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace keyward::catalog {

class CatalogConnection
{
public:
    // Opens `path` (creating the file and its folder) and checks it is an SQLite database, in a time that does not
    // grow with the catalog (a damaged page is found when it is read, and by checkIntegrity()); the schema is
    // CatalogSchema's business. One connection per thread: Qt Sql connections must stay on the thread that made them.
    static Result<std::unique_ptr<CatalogConnection>> open(const QString &path);
    ~CatalogConnection();
    CatalogConnection(const CatalogConnection &) = delete;
    CatalogConnection &operator=(const CatalogConnection &) = delete;

    QString path() const { return m_path; }
    QString name() const { return m_name; } // the QSqlDatabase connection name
    QSqlDatabase database() const { return m_database; }

    // The prepared statement for `sql`, parsed and planned once per connection and reused by every CatalogQuery of
    // that text: a job records each object with the same few statements, and preparing them took most of its
    // catalog time. Null while the statement is in use (a query run while another of the same text is still
    // open), or when the cache is full: the caller prepares its own. The lease ends with release().
    QSqlQuery *acquireStatement(const QString &sql) const;
    // Ends a lease: the statement is reset (a SELECT stops holding its read snapshot) and its values unbound.
    void releaseStatement(QSqlQuery *statement) const;

    // SQLite's own connection, under Qt Sql's (for NativeStatement): the same one, on the same thread.
    sqlite3 *handle() const { return m_handle; }
    // NativeStatement's prepared statement for `sql`, leased as acquireStatement() leases Qt Sql's: null while in
    // use, when the cache is full or when it does not prepare (the caller prepares its own).
    sqlite3_stmt *acquireNativeStatement(const char *sql) const;
    // Ends the lease: the statement is reset and its values unbound.
    void releaseNativeStatement(sqlite3_stmt *statement) const;

    // Runs `body` in one transaction (IMMEDIATE): all of it is kept, or none. Nested calls are savepoints.
    Status transaction(const std::function<Status()> &body);
    // Runs `action` once the outermost transaction now open commits (at once when none is open); never when it
    // is rolled back.
    void afterCommit(std::function<void()> action);
    // SQLite's quick_check over the whole file: Format ("damaged") when a page or an index is not sound. It reads
    // every page, so it takes time in proportion to the catalog.
    Status checkIntegrity();

private:
    CatalogConnection(QString path, QString name);
    Status configure();
    Error damaged() const;
    Status begin(bool outer, const QString &savepoint);
    Status finish(bool outer, const QString &savepoint);
    Error abandon(Error failure, bool outer, const QString &savepoint);
    Status undo(bool outer, const QString &savepoint);

    struct Statement
    {
        QSqlQuery query;
        QStringList placeholders; // its `:name`s, unbound when a lease ends
        bool inUse = false;
    };

    QString m_path;
    QString m_name;
    QSqlDatabase m_database;
    mutable QHash<QString, std::shared_ptr<Statement>> m_statements; // a cache: no observable state
    mutable QHash<const QSqlQuery *, Statement *> m_leased;          // the statements in use, by their query
    sqlite3 *m_handle = nullptr;                                     // Qt Sql's connection's own
    struct NativeEntry
    {
        sqlite3_stmt *statement = nullptr;
        bool inUse = false;
    };
    mutable QHash<QByteArray, NativeEntry> m_native; // finalized before the connection closes
    int m_depth = 0;                                 // open transactions and savepoints
    QList<std::function<void()>> m_afterCommit;
};

} // namespace keyward::catalog
