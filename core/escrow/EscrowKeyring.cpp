// EscrowKeyring: fk_id lookup over escrow records.
#include "escrow/EscrowKeyring.h"

namespace keyward::escrow {

Result<crypto::SecureBytes> EscrowKeyring::featureKey(QByteArrayView fkId)
{
    std::optional<Error> firstFailure;
    for (const EscrowRecord &record : m_records) {
        if (record.fkId != fkId)
            continue;
        auto fk = record.open(m_key);
        if (fk)
            return fk;
        if (!firstFailure)
            firstFailure = fk.error();
    }
    if (firstFailure)
        return *firstFailure;
    return Error::make(ErrorCode::Key, QStringLiteral("no escrow record for feature key %1 was given")
                                           .arg(QString::fromLatin1(fkId.toByteArray().toHex())));
}

} // namespace keyward::escrow
