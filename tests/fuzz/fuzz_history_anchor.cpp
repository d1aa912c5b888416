// fuzz_history_anchor: a compliance report handed back for checking (`report verify`): the history head it carries
// ("history": {"entries", "headSeq", "headHash"}) is read before anything is trusted. What reads writes back the same.
#include "FuzzSupport.h"

#include "compliance/HistoryAnchor.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::compliance;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    auto anchor = HistoryAnchor::fromReport(bytes);
    if (!anchor)
        return 0;
    KW_FUZZ_CHECK(anchor->headHash.isEmpty() || anchor->headHash.size() == 32);
    const QJsonObject report{{QStringLiteral("history"), anchor->toJson()}};
    auto again = HistoryAnchor::fromReport(QJsonDocument(report).toJson(QJsonDocument::Compact));
    KW_FUZZ_CHECK(again);
    KW_FUZZ_CHECK(again->entries == anchor->entries && again->headSeq == anchor->headSeq &&
                  again->headHash == anchor->headHash);
    return 0;
}
