// SecretStore: the in-memory store.
#include "secrets/SecretStore.h"

namespace keyward::secrets {

static Error simulated(ErrorCode code)
{
    return Error::make(code, QStringLiteral("the secret store is not answering (simulated)"));
}

Result<crypto::SecureBytes> MemorySecretStore::read(const QString &key)
{
    if (m_failure)
        return simulated(*m_failure);
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no secret named %1").arg(key));
    return it->second.clone();
}

Status MemorySecretStore::write(const QString &key, const crypto::SecureBytes &secret)
{
    if (m_failure)
        return simulated(*m_failure);
    m_secrets.insert_or_assign(key, secret.clone());
    return {};
}

Status MemorySecretStore::remove(const QString &key)
{
    if (m_failure)
        return simulated(*m_failure);
    m_secrets.erase(key);
    return {};
}

} // namespace keyward::secrets
