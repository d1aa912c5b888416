// FeatureKeyResolver: how a KWE1 reader finds the feature key (FK) named by an object's fk_id.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <map>

namespace keyward::envelope {

class FeatureKeyResolver
{
public:
    virtual ~FeatureKeyResolver() = default;
    // The 32-byte FK for `fkId`, or a Key error saying why there is none.
    virtual Result<crypto::SecureBytes> featureKey(QByteArrayView fkId) = 0;
};

// An in-memory set of FKs looked up by fk_id alone.
class FeatureKeyRing final : public FeatureKeyResolver
{
public:
    void add(const QByteArray &fkId, crypto::SecureBytes fk);
    bool contains(QByteArrayView fkId) const;
    Result<crypto::SecureBytes> featureKey(QByteArrayView fkId) override;

private:
    std::map<QByteArray, crypto::SecureBytes> m_keys;
};

} // namespace keyward::envelope
