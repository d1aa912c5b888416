// FeatureKeyTable: the `feature_keys` rows: each feature-key generation, wrapped under its KEK (never in clear).
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace keyward::catalog {

class CatalogConnection;

class FeatureKeyTable
{
public:
    explicit FeatureKeyTable(const CatalogConnection &connection) : m_connection(connection) {}

    Status insert(const FeatureKeyRecord &record);
    Status update(const FeatureKeyRecord &record);
    Result<FeatureKeyRecord> byId(const QByteArray &fkId);
    Result<QList<FeatureKeyRecord>> ofWorkspace(qint64 workspaceId, std::optional<model::Feature> feature,
                                                std::optional<FeatureKeyState> state);
    Result<QList<FeatureKeyRecord>> wrappedBy(const QString &store, const QString &keyName, const QString &version);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
