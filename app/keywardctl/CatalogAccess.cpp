// CatalogAccess: opening the catalog for a command, audited changes, catalog rows to model workspaces.
#include "CatalogAccess.h"

namespace keyward::cli {

CatalogAccess::CatalogAccess(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString CatalogAccess::path() const
{
    return catalog::Catalog::defaultPath(m_dataDir);
}

Status CatalogAccess::open()
{
    if (m_catalog)
        return {};
    auto opened = catalog::Catalog::open(path());
    if (!opened)
        return opened.error();
    m_catalog = std::move(opened).value();
    return {};
}

Status CatalogAccess::change(const QString &action, const QString &target, const QString &detail,
                             const std::function<Status(catalog::Catalog &)> &change)
{
    return m_catalog->transaction([&]() -> Status {
        if (auto st = change(*m_catalog); !st)
            return st;
        return m_catalog->audit(action, target, detail);
    });
}

Result<catalog::WorkspaceRecord> CatalogAccess::workspace(const QString &name)
{
    return m_catalog->workspace(name);
}

Result<model::Workspace> CatalogAccess::modelWorkspace(const catalog::WorkspaceRecord &record)
{
    auto assignments = m_catalog->assignments(record.id);
    if (!assignments)
        return assignments.error();
    model::Workspace ws = record.workspace;
    for (const catalog::Assignment &a : *assignments) {
        if (auto st = ws.assignKey(a.feature, assignmentKeyRef(a)); !st)
            return st.error();
    }
    return ws;
}

QString assignmentKeyRef(const catalog::Assignment &assignment)
{
    QString ref = assignment.store + QLatin1Char('/') + assignment.keyName;
    if (!assignment.followLatest())
        ref += QLatin1Char('/') + assignment.keyVersion;
    return ref;
}

} // namespace keyward::cli
