// PreparedKeyStores: lookups among the stores a job opened before it started.
#include "jobs/PreparedKeyStores.h"

namespace keyward::jobs {

Result<keystore::KeyStore *> PreparedKeyStores::store(const QString &name)
{
    if (keystore::KeyStore *store = m_stores.value(name))
        return store;
    return Error::make(ErrorCode::Unavailable,
                       QStringLiteral("key store '%1' was not opened before the job started").arg(name));
}

} // namespace keyward::jobs
