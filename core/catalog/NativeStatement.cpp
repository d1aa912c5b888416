// NativeStatement: binding, running and error mapping through SQLite's own interface.
#include "catalog/NativeStatement.h"

#include "catalog/CatalogConnection.h"
#include "catalog/CatalogQuery.h"

#include <sqlite3.h>

namespace keyward::catalog {

NativeStatement::NativeStatement(const CatalogConnection &connection, const char *sql, QString what)
    : m_connection(connection), m_what(std::move(what))
{
    m_statement = m_connection.acquireNativeStatement(sql);
    m_leased = m_statement != nullptr;
    if (!m_statement)
        m_prepareError = sqlite3_prepare_v2(m_connection.handle(), sql, -1, &m_statement, nullptr);
}

NativeStatement::~NativeStatement()
{
    if (m_leased)
        m_connection.releaseNativeStatement(m_statement);
    else
        sqlite3_finalize(m_statement);
}

NativeStatement &NativeStatement::bindInteger(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

NativeStatement &NativeStatement::bindText(int index, QStringView value)
{
    Q_ASSERT(index >= 1 && index <= MaxParameters);
    QByteArray &utf8 = m_values[std::size_t(index - 1)];
    utf8 = value.toUtf8();
    if (m_statement)
        sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

NativeStatement &NativeStatement::bindBlob(int index, const QByteArray &value)
{
    Q_ASSERT(index >= 1 && index <= MaxParameters);
    if (!m_statement)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return *this;
    }
    QByteArray &kept = m_values[std::size_t(index - 1)];
    kept = value; // shares the bytes, which then stay put until the next run
    sqlite3_bind_blob(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
    return *this;
}

Error NativeStatement::failure(int rc) const
{
    // SQLite's message for the statement's last step, read before a reset replaces it; else its code's.
    const char *said = m_statement ? sqlite3_errmsg(m_connection.handle()) : sqlite3_errstr(rc);
    const QString message = QString::fromUtf8(said);
    return CatalogQuery::failureOf(message, message, m_what, m_connection.path());
}

Status NativeStatement::exec()
{
    if (!m_statement)
        return failure(m_prepareError ? m_prepareError : SQLITE_ERROR);
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        const Error e = failure(rc);
        sqlite3_reset(m_statement);
        return e;
    }
    sqlite3_reset(m_statement);
    return {};
}

Result<bool> NativeStatement::next()
{
    if (!m_statement)
        return failure(m_prepareError ? m_prepareError : SQLITE_ERROR);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement); // ends its read snapshot
        return false;
    }
    const Error e = failure(rc);
    sqlite3_reset(m_statement);
    return e;
}

QString NativeStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QStringLiteral("");
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDateTime NativeStatement::time(int column) const
{
    return CatalogQuery::timeFromText(text(column));
}

QByteArray NativeStatement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

} // namespace keyward::catalog
