// fuzz_escrow_record: the keyward-escrow/1 JSON parser must refuse malformed records cleanly, and what it
// accepts must survive a write/read round trip unchanged.
#include "escrow/EscrowRecord.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward::escrow;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto record = EscrowRecord::fromJson(bytes);
    if (!record)
        return 0;
    auto again = EscrowRecord::fromJson(record->toJson());
    if (!again || again->fkId != record->fkId || again->wrappedFk != record->wrappedFk ||
        again->recipientSha256 != record->recipientSha256 || again->feature != record->feature)
        std::abort();
    return 0;
}
