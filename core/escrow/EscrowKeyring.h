// EscrowKeyring: a FeatureKeyResolver over escrow records and the escrow private key (break-glass recovery).
#pragma once

#include "envelope/FeatureKeyResolver.h"
#include "escrow/EscrowRecord.h"

#include <vector>

namespace keyward::escrow {

class EscrowKeyring final : public envelope::FeatureKeyResolver
{
public:
    explicit EscrowKeyring(crypto::RsaPrivateKey escrowKey) : m_key(std::move(escrowKey)) {}

    void add(EscrowRecord record) { m_records.push_back(std::move(record)); }
    // Finds the record by fk_id alone and opens it; only the records an object needs are ever unwrapped.
    Result<crypto::SecureBytes> featureKey(QByteArrayView fkId) override;

private:
    crypto::RsaPrivateKey m_key;
    std::vector<EscrowRecord> m_records;
};

} // namespace keyward::escrow
