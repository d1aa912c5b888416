// fuzz_stores_json: the store registry (stores.json) as StoreRegistry reads it: the document, then each store's
// entry through StoreConfig::fromJson. An entry that reads must write back to JSON that reads the same.
#include "FuzzSupport.h"

#include "keystore/StoreRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::keystore;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError)
        return 0;
    // The registry's entries, or the input as one entry.
    QJsonArray entries = doc.object().value(QStringLiteral("stores")).toArray();
    if (entries.isEmpty())
        entries.append(doc.object());
    for (const auto &v : std::as_const(entries)) {
        auto config = StoreConfig::fromJson(v.toObject());
        if (!config)
            continue;
        KW_FUZZ_CHECK(!config->name.isEmpty());
        const QJsonObject written = config->toJson();
        auto again = StoreConfig::fromJson(written);
        KW_FUZZ_CHECK(again);
        KW_FUZZ_CHECK(again->name == config->name && again->kind == config->kind && again->id == config->id &&
                      again->vaultPath == config->vaultPath);
        KW_FUZZ_CHECK(again->toJson() == written);
    }
    return 0;
}
