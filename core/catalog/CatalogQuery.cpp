// CatalogQuery: statement preparation, value binding and SQLite error mapping for every catalog table.
#include "catalog/CatalogQuery.h"

#include "catalog/CatalogConnection.h"
#include "util/DiskSpace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <optional>

namespace keyward::catalog {

CatalogQuery::CatalogQuery(const CatalogConnection &connection, const QString &sql, QString what)
    : m_connection(connection), m_leased(m_connection.acquireStatement(sql)),
      m_own(m_leased ? QSqlQuery() : QSqlQuery(connection.database())), m_query(m_leased ? *m_leased : m_own),
      m_what(std::move(what)), m_path(connection.path())
{
    // A statement that does not prepare fails in exec(), with the same error mapping as any other failure.
    if (!m_leased)
        m_own.prepare(sql);
}

CatalogQuery::~CatalogQuery()
{
    if (m_leased)
        m_connection.releaseStatement(m_leased);
}

CatalogQuery &CatalogQuery::bind(const QString &name, const QString &value)
{
    m_query.bindValue(name, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

CatalogQuery &CatalogQuery::bind(const QString &name, qint64 value)
{
    m_query.bindValue(name, value);
    return *this;
}

CatalogQuery &CatalogQuery::bind(const QString &name, const QByteArray &value)
{
    m_query.bindValue(name, value);
    return *this;
}

CatalogQuery &CatalogQuery::bind(const QString &name, const QDateTime &value)
{
    return bind(name, timeText(value));
}

QString CatalogQuery::timeText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

CatalogQuery &CatalogQuery::bind(const QString &name, const QJsonObject &value)
{
    return bind(name, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

Status CatalogQuery::exec()
{
    if (!m_query.exec())
        return failure();
    return {};
}

bool CatalogQuery::next()
{
    return m_query.next();
}

QString CatalogQuery::text(int column) const
{
    return m_query.value(column).toString();
}

qint64 CatalogQuery::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QByteArray CatalogQuery::bytes(int column) const
{
    return m_query.value(column).toByteArray();
}

namespace {

// A time as timeText() writes it ("2026-11-30T08:15:02.123Z"), read without QDateTime::fromString's general
// parser (which costs a job loading a large inventory a good part of its start); nullopt for any other form.
std::optional<QDateTime> parseTimeText(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':' ||
        s[19] != u'.' || s[23] != u'Z')
        return std::nullopt;
    bool ok = true;
    auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = s[i].unicode();
            ok = ok && c >= u'0' && c <= u'9';
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!ok || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime CatalogQuery::time(int column) const
{
    return timeFromText(text(column));
}

QDateTime CatalogQuery::timeFromText(const QString &s)
{
    if (s.isEmpty())
        return QDateTime();
    if (auto parsed = parseTimeText(s))
        return *parsed;
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QJsonObject CatalogQuery::json(int column) const
{
    return QJsonDocument::fromJson(text(column).toUtf8()).object();
}

qint64 CatalogQuery::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int CatalogQuery::rowsAffected() const
{
    return m_query.numRowsAffected();
}

Error CatalogQuery::failure() const
{
    const QSqlError e = m_query.lastError();
    return failureOf(e.text(), e.databaseText(), m_what, m_path);
}

Error CatalogQuery::failureOf(const QString &text, const QString &databaseText, const QString &what,
                              const QString &path)
{
    // Only SQLite's own message goes into the detail: it names tables, columns and constraints, never values.
    if (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("busy")))
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the catalog is busy (%1); try again").arg(what));
    if (text.contains(QLatin1String("UNIQUE constraint")))
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1: %2").arg(what, databaseText));
    // SQLite says "disk is full" only for some of the writes a full disk stops (the WAL index cannot be made,
    // for one, comes out as a failed query): the device holding the catalog is asked.
    const QString folder = QFileInfo(path).absolutePath();
    if (text.contains(QLatin1String("disk is full")))
        return diskFullError(folder, QStringLiteral("the catalog cannot be written (%1): %2").arg(what, databaseText));
    if (text.contains(QLatin1String("disk I/O")))
        return whenDiskFull(
            Error::make(ErrorCode::Io,
                        QStringLiteral("the catalog cannot be written (%1): %2").arg(what, databaseText)),
            folder);
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error::make(ErrorCode::Format, QStringLiteral("the catalog %1 is damaged (%2)").arg(path, databaseText));
    return whenDiskFull(
        Error::make(ErrorCode::Io, QStringLiteral("catalog error while %1: %2").arg(what, databaseText)), folder);
}

} // namespace keyward::catalog
