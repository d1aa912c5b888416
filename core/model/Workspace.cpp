// Workspace: key assignment and the demo workspace.
#include "model/Workspace.h"

#include <QList>

namespace keyward::model {

Workspace::Workspace(const QString &name, Plan plan, const QString &region)
    : m_name(name), m_plan(plan), m_region(region)
{
}

Workspace Workspace::sample()
{
    Workspace ws(QStringLiteral("contoso-analytics-prod"), Plan::Premium, QStringLiteral("westeurope"));
    const QList<std::pair<Feature, QString>> keys = {
        {Feature::ManagedServices,
         QStringLiteral("https://kv-contoso-cmk.vault.azure.net/keys/managed-services/7c1e04a9")},
        {Feature::DbfsRoot, QStringLiteral("https://kv-contoso-cmk.vault.azure.net/keys/dbfs-root/3f9d2c41")}};
    for (const auto &[feature, keyId] : keys) {
        if (const Status st = ws.assignKey(feature, keyId); !st)
            qWarning("keyward: the sample workspace lost a key: %s", qPrintable(st.error().detail));
    }
    return ws;
}

std::optional<QString> Workspace::keyFor(Feature feature) const
{
    const auto it = m_keys.find(feature);
    if (it == m_keys.end())
        return std::nullopt;
    return it->second;
}

Status Workspace::assignKey(Feature feature, const QString &keyId)
{
    if (!acceptsCustomerKey(feature))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("feature '%1' takes no customer key").arg(featureId(feature)));
    if (keyId.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("empty key identifier"));
    m_keys[feature] = keyId.trimmed();
    return {};
}

void Workspace::clearKey(Feature feature)
{
    m_keys.erase(feature);
}

} // namespace keyward::model
