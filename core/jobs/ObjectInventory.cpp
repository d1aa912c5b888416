// ObjectInventory: loading the inventory and checking one object against it.
#include "jobs/ObjectInventory.h"

namespace keyward::jobs {

namespace {

QString shortHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex().left(16));
}

int generationOf(const std::map<QByteArray, catalog::FeatureKeyRecord> &records, const QByteArray &fkId)
{
    const auto it = records.find(fkId);
    return it == records.end() ? 0 : it->second.generation;
}

} // namespace

Result<ObjectInventory> ObjectInventory::load(catalog::Catalog &catalog, qint64 workspaceId)
{
    auto entries = catalog.inventory(workspaceId);
    if (!entries)
        return entries.error();
    // A past version whose object_id is current (a rekey's older header, which catalogs before schema 3 kept) is
    // never consulted: checkSealed() finds the object current first. Left out, a workspace those catalogs rekeyed
    // many times loads as fast as one never rekeyed.
    auto past = catalog.inventoryPastNoLongerCurrent(workspaceId);
    if (!past)
        return past.error();
    ObjectInventory inventory;
    inventory.m_entries = std::move(entries).value();
    inventory.m_past = std::move(past).value();
    inventory.m_byPath.reserve(inventory.m_entries.size());
    inventory.m_pathOfId.reserve(inventory.m_entries.size());
    for (qsizetype i = 0; i < inventory.m_past.size(); ++i)
        inventory.m_pastById.insert(inventory.m_past.at(i).objectId, i);
    for (qsizetype i = 0; i < inventory.m_entries.size(); ++i) {
        const catalog::InventoryEntry &e = inventory.m_entries.at(i);
        inventory.m_byPath.insert(e.path, i);
        if (e.state == catalog::InventoryState::Sealed && !e.objectId.isEmpty())
            inventory.m_pathOfId.insert(e.objectId, e.path);
    }
    return inventory;
}

const catalog::InventoryEntry *ObjectInventory::entry(const QString &path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.cend() ? nullptr : &m_entries.at(*it);
}

bool ObjectInventory::saysSealed(const QString &path) const
{
    const catalog::InventoryEntry *e = entry(path);
    return e && e->state == catalog::InventoryState::Sealed;
}

std::optional<InventoryFinding>
ObjectInventory::checkSealed(const QString &path, const envelope::Kwe1Header &header, const QByteArray &tag,
                             const std::map<QByteArray, catalog::FeatureKeyRecord> &records) const
{
    const catalog::InventoryEntry *e = entry(path);
    const bool sealedHere = e && e->state == catalog::InventoryState::Sealed;
    if (sealedHere && e->objectId == header.objectId) {
        if (e->tag != tag)
            return InventoryFinding{FindingKind::RolledBack,
                                    QStringLiteral("object %1 ends with another final tag than the inventory recorded: "
                                                   "an older copy of it")
                                        .arg(shortHex(header.objectId))};
        // A rekey rewrites the header in place: an older header put back names an older generation. A newer one
        // is a rekey whose checkpoint was lost with its process (the next rekey run records it).
        if (e->fkId != header.fkId && generationOf(records, header.fkId) < generationOf(records, e->fkId))
            return InventoryFinding{FindingKind::RolledBack,
                                    QStringLiteral("object %1 carries an older header (feature key %2) than the "
                                                   "inventory recorded (feature key %3)")
                                        .arg(shortHex(header.objectId), shortHex(header.fkId), shortHex(e->fkId))};
        return std::nullopt;
    }
    const auto current = m_pathOfId.constFind(header.objectId);
    if (current != m_pathOfId.cend() && *current != path)
        return InventoryFinding{FindingKind::Swapped,
                                QStringLiteral("holds object %1, which the inventory has at %2: swapped or copied")
                                    .arg(shortHex(header.objectId), *current)};
    const QList<qsizetype> pastVersions = m_pastById.values(header.objectId);
    for (qsizetype i : pastVersions) {
        if (m_past.at(i).path == path)
            return InventoryFinding{FindingKind::RolledBack,
                                    QStringLiteral("holds object %1, a version this object had before: an older copy "
                                                   "put back")
                                        .arg(shortHex(header.objectId))};
    }
    if (!pastVersions.isEmpty())
        return InventoryFinding{FindingKind::Swapped,
                                QStringLiteral("holds object %1, an older version of %2: copied over")
                                    .arg(shortHex(header.objectId), m_past.at(pastVersions.first()).path)};
    // A rekey of a double-encrypted object seals its platform layer again, with a new outer object_id; one whose
    // checkpoint was lost with its process leaves an outer object_id never recorded anywhere (the next rekey
    // run records it). A swap or copy among such objects is still caught above, by their recorded object_ids.
    const auto outerFeature = [&](const QByteArray &fkId) {
        const auto it = records.find(fkId);
        return it == records.end() ? std::optional<model::Feature>() : std::optional(it->second.feature);
    };
    if (sealedHere && outerFeature(header.fkId) == model::Feature::Platform &&
        outerFeature(e->fkId) == model::Feature::Platform)
        return std::nullopt;
    if (sealedHere)
        return InventoryFinding{FindingKind::Swapped,
                                QStringLiteral("holds object %1 where the inventory has object %2: replaced")
                                    .arg(shortHex(header.objectId), shortHex(e->objectId))};
    return std::nullopt;
}

std::optional<InventoryFinding> ObjectInventory::checkPlain(const QString &path) const
{
    const catalog::InventoryEntry *e = entry(path);
    if (!e || e->state != catalog::InventoryState::Sealed)
        return std::nullopt;
    return InventoryFinding{FindingKind::Corrupt,
                            QStringLiteral("no KWE1 header where the inventory has sealed object %1: damaged or "
                                           "replaced; it is never sealed again as plaintext")
                                .arg(shortHex(e->objectId))};
}

catalog::InventoryEntry ObjectInventory::sealedEntry(qint64 workspaceId, const QString &path, const QString &feature,
                                                     const envelope::Kwe1Header &header, const QByteArray &tag,
                                                     qint64 size)
{
    catalog::InventoryEntry e;
    e.workspaceId = workspaceId;
    e.path = path;
    e.feature = feature;
    e.state = catalog::InventoryState::Sealed;
    e.size = size;
    e.objectId = header.objectId;
    e.fkId = header.fkId;
    e.tag = tag;
    return e;
}

Result<QByteArray> readFinalTag(QIODevice &device)
{
    const qint64 size = device.size();
    if (size < envelope::Kwe1Header::Size + envelope::Kwe1Header::TagSize)
        return Error::make(ErrorCode::Format, QStringLiteral("too short to hold a KWE1 header and a final tag"));
    if (!device.seek(size - envelope::Kwe1Header::TagSize))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read the final tag"));
    const QByteArray tag = device.read(envelope::Kwe1Header::TagSize);
    if (tag.size() != envelope::Kwe1Header::TagSize)
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read the final tag"));
    return tag;
}

} // namespace keyward::jobs
