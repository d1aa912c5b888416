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

Status NativeStatement::exec()
{
    sqlite3 *db = m_connection.handle();
    if (!m_statement) {
        const QString message = QString::fromUtf8(sqlite3_errstr(m_prepareError ? m_prepareError : SQLITE_ERROR));
        return CatalogQuery::failureOf(message, message, m_what, m_connection.path());
    }
    const int rc = sqlite3_step(m_statement);
    // The message is read before the reset, which would replace it.
    const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        return CatalogQuery::failureOf(message, message, m_what, m_connection.path());
    return {};
}

} // namespace keyward::catalog
