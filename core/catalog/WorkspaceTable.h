// WorkspaceTable: the `workspaces` rows: name, plan, region, options and the object store's location.
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

namespace keyward::catalog {

class CatalogConnection;

class WorkspaceTable
{
public:
    explicit WorkspaceTable(const CatalogConnection &connection) : m_connection(connection) {}

    Result<WorkspaceRecord> create(const model::Workspace &workspace, const QString &storageRoot);
    Result<QList<WorkspaceRecord>> all();
    Result<WorkspaceRecord> byName(const QString &name);
    Result<WorkspaceRecord> byId(qint64 id);
    Status update(const WorkspaceRecord &record);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
