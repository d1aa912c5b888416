// NativeStatement: a catalog statement run through SQLite's own interface on Qt Sql's connection.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <array>

struct sqlite3_stmt;

namespace keyward::catalog {

class CatalogConnection;

// For the statements a job runs once per object (a batch's checkpoints and inventory entries, the inventory it loads
// at its start): Qt Sql hands each value through a QVariant and each text as UTF-16, which costs a row more than
// SQLite's own work. The statement is
// prepared once per connection (cached like CatalogConnection::acquireStatement()) and runs on the same connection,
// inside the same transactions, as every CatalogQuery. Failures are mapped as CatalogQuery maps them: `what` and
// SQLite's message, never a bound value.
class NativeStatement
{
public:
    // `sql` takes its values as numbered parameters, ?1 to ?N (N at most MaxParameters).
    NativeStatement(const CatalogConnection &connection, const char *sql, QString what);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    static constexpr int MaxParameters = 16;

    NativeStatement &bindInteger(int index, qint64 value);
    // A null string binds as '' (text columns are NOT NULL), as CatalogQuery::bind does.
    NativeStatement &bindText(int index, QStringView value);
    // A null array binds as NULL, an empty one as a blob of no bytes.
    NativeStatement &bindBlob(int index, const QByteArray &value);
    // Runs the statement once with the values bound (it must return no rows), then readies it for the next run.
    Status exec();
    // Runs a query a row at a time: true with the next row, false after the last (then it is ready to run again),
    // or the error.
    Result<bool> next();
    // The current row's columns, in the order the SELECT names them: a NULL text as '', a NULL blob as a null array.
    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray bytes(int column) const;
    QDateTime time(int column) const; // as CatalogQuery::time() reads it

private:
    Error failure(int rc) const;

    const CatalogConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
    bool m_leased = false; // the connection's cached statement, else one of its own
    int m_prepareError = 0;
    QString m_what;
    std::array<QByteArray, MaxParameters> m_values; // bound without a copy: kept until the next run
};

} // namespace keyward::catalog
