// ObjectInventory: a workspace's object inventory (catalog::InventoryEntry) as an object job reads it, and the
// checks of what an object is against what the jobs last left there: the same object, under the same header,
// with the same final tag. What a sealed object carries that the inventory keeps: its header's object_id and
// fk_id, and its final segment's tag (a rekey rewrites the header in place and keeps the tag).
#pragma once

#include "catalog/Catalog.h"
#include "envelope/Kwe1Header.h"
#include "jobs/JobFinding.h"
#include "jobs/ObjectOutcome.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace keyward::jobs {

// A finding about one object, as the checks below return it.
struct InventoryFinding
{
    FindingKind kind = FindingKind::Error;
    QString detail;
};

class ObjectInventory
{
public:
    static Result<ObjectInventory> load(catalog::Catalog &catalog, qint64 workspaceId);

    const QList<catalog::InventoryEntry> &entries() const { return m_entries; }
    // The entry of a path, or null.
    const catalog::InventoryEntry *entry(const QString &path) const;
    bool saysSealed(const QString &path) const;

    // A sealed object found at `path` with header `header` and final tag `tag`, against the inventory: nullopt
    // when it is what the inventory has there (or the inventory has nothing sealed there and has never seen
    // its object_id), else swapped (the object_id is another path's) or rolled back (a version the path had
    // before, or an older header of the same object). `records` are the workspace's feature keys. An outer
    // platform layer never recorded, where the inventory has another one, passes: a rekey re-sealed it and its
    // checkpoint was lost.
    std::optional<InventoryFinding> checkSealed(const QString &path, const envelope::Kwe1Header &header,
                                                const QByteArray &tag,
                                                const std::map<QByteArray, catalog::FeatureKeyRecord> &records) const;
    // Plaintext (no KWE1 header at all) found where the inventory has a sealed object: damage, never plaintext
    // to seal; nullopt when the inventory has no sealed object there.
    std::optional<InventoryFinding> checkPlain(const QString &path) const;

    // The entry a sealed object at `path` gets.
    static catalog::InventoryEntry sealedEntry(qint64 workspaceId, const QString &path, const QString &feature,
                                               const envelope::Kwe1Header &header, const QByteArray &tag, qint64 size);

private:
    QList<catalog::InventoryEntry> m_entries;
    QHash<QString, qsizetype> m_byPath;
    QHash<QByteArray, QString> m_pathOfId; // sealed objects now: object_id -> path
    QList<catalog::InventoryPast> m_past;
    QMultiHash<QByteArray, qsizetype> m_pastById; // object_id -> index in m_past
};

// The final segment's tag of a KWE1 object (its last 16 bytes); leaves the device's position there. Format
// error for an object too short to hold a header and a tag.
Result<QByteArray> readFinalTag(QIODevice &device);

} // namespace keyward::jobs
