// AssignmentTable: the `assignments` rows: which key of which store serves a feature of a workspace.
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace keyward::catalog {

class CatalogConnection;

class AssignmentTable
{
public:
    explicit AssignmentTable(const CatalogConnection &connection) : m_connection(connection) {}

    Status set(const Assignment &assignment);
    Status clear(qint64 workspaceId, model::Feature feature);
    Result<QList<Assignment>> ofWorkspace(qint64 workspaceId);
    Result<std::optional<Assignment>> find(qint64 workspaceId, model::Feature feature);
    Result<QList<Assignment>> ofKey(const QString &store, const QString &keyName);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
