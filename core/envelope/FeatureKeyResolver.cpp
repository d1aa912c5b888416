// FeatureKeyResolver: the in-memory key ring.
#include "envelope/FeatureKeyResolver.h"

namespace keyward::envelope {

void FeatureKeyRing::add(const QByteArray &fkId, crypto::SecureBytes fk)
{
    m_keys.insert_or_assign(fkId, std::move(fk));
}

bool FeatureKeyRing::contains(QByteArrayView fkId) const
{
    return m_keys.find(fkId.toByteArray()) != m_keys.end();
}

Result<crypto::SecureBytes> FeatureKeyRing::featureKey(QByteArrayView fkId)
{
    const auto it = m_keys.find(fkId.toByteArray());
    if (it == m_keys.end())
        return Error::make(
            ErrorCode::Key,
            QStringLiteral("no feature key with id %1 is known").arg(QString::fromLatin1(fkId.toByteArray().toHex())));
    return it->second.clone();
}

} // namespace keyward::envelope
