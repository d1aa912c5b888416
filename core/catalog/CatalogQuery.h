// CatalogQuery: one SQL statement on the catalog's connection: named values in, rows out, failures as an Error.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace keyward::catalog {

class CatalogConnection;

class CatalogQuery
{
public:
    // `what` says what the statement is doing, for the error ("reading job 7"). A failure's detail is made of
    // `what` and SQLite's message only: bound values (wrapped keys among them) never reach it.
    CatalogQuery(const CatalogConnection &connection, const QString &sql, QString what);
    ~CatalogQuery();
    CatalogQuery(const CatalogQuery &) = delete;
    CatalogQuery &operator=(const CatalogQuery &) = delete;

    // Values for the statement's `:name` placeholders. Text columns are NOT NULL, so a null string binds as ''
    // and an invalid time as ''; times are stored as ISO 8601 UTC with milliseconds, objects as compact JSON.
    CatalogQuery &bind(const QString &name, const QString &value);
    CatalogQuery &bind(const QString &name, qint64 value);
    CatalogQuery &bind(const QString &name, const QByteArray &value);
    CatalogQuery &bind(const QString &name, const QDateTime &value);
    CatalogQuery &bind(const QString &name, const QJsonObject &value);
    CatalogQuery &bind(const QString &name, const char *value) = delete; // would bind as a blob, not as text
    // A time as bind() stores it, for a caller that binds one time to many rows.
    static QString timeText(const QDateTime &value);
    // A time as read back from what timeText() (or an older version) stored; invalid for ''.
    static QDateTime timeFromText(const QString &text);
    // The error for a failed statement of `what` on the catalog at `path`, from SQLite's message (`text`, and
    // `databaseText`, SQLite's part of it): busy, conflict, disk full, damaged or another I/O failure.
    static Error failureOf(const QString &text, const QString &databaseText, const QString &what, const QString &path);

    Status exec();
    bool next();

    // The current row's columns, in the order the SELECT names them.
    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray bytes(int column) const;
    QDateTime time(int column) const;
    QJsonObject json(int column) const;

    qint64 lastInsertId() const;
    int rowsAffected() const;

    // Runs the statement and reads each row with `read(const CatalogQuery &)`, which returns a T or a Result<T>.
    template <typename T, typename Read> Result<QList<T>> rows(Read read);
    // Runs the statement and reads its first row; `missing` when there is none.
    template <typename T, typename Read> Result<T> one(Read read, const Error &missing);

private:
    Error failure() const;

    const CatalogConnection &m_connection;
    QSqlQuery *m_leased = nullptr; // the connection's prepared statement, while this query has it
    QSqlQuery m_own;               // otherwise a statement of its own
    QSqlQuery &m_query;
    QString m_what;
    QString m_path;
};

template <typename T, typename Read> Result<QList<T>> CatalogQuery::rows(Read read)
{
    if (auto st = exec(); !st)
        return st.error();
    QList<T> out;
    while (next()) {
        Result<T> row = read(*this);
        if (!row)
            return row.error();
        out << std::move(*row);
    }
    return out;
}

template <typename T, typename Read> Result<T> CatalogQuery::one(Read read, const Error &missing)
{
    if (auto st = exec(); !st)
        return st.error();
    if (!next())
        return missing;
    return read(*this);
}

} // namespace keyward::catalog
