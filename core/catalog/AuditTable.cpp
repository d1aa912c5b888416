// AuditTable: appending to and reading the audit log of console actions.
#include "catalog/AuditTable.h"

#include "catalog/CatalogQuery.h"

namespace keyward::catalog {

namespace {

AuditEntry readAuditEntry(const CatalogQuery &q)
{
    return AuditEntry{q.integer(0), q.time(1), q.text(2), q.text(3), q.text(4), q.text(5)};
}

} // namespace

Status AuditTable::append(const QString &actor, const QString &action, const QString &target, const QString &detail)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO audit (at, actor, action, target, detail) "
                                  "VALUES (:at, :actor, :action, :target, :detail)"),
                   QStringLiteral("writing the audit log"));
    q.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":actor"), actor)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":target"), target)
        .bind(QStringLiteral(":detail"), detail);
    return q.exec();
}

Result<QList<AuditEntry>> AuditTable::latest(int limit)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT id, at, actor, action, target, detail FROM audit ORDER BY id DESC "
                                  "LIMIT :limit"),
                   QStringLiteral("reading the audit log"));
    q.bind(QStringLiteral(":limit"), limit);
    return q.rows<AuditEntry>(readAuditEntry);
}

} // namespace keyward::catalog
