// ObjectPlan: a workspace's objects as the jobs see them: each with its data type, the feature whose key
// seals it (by where it lives, model/ObjectLayout) and what its first bytes say it is.
#pragma once

#include "envelope/Kwe1Header.h"
#include "model/ObjectLayout.h"
#include "model/Workspace.h"
#include "storage/ObjectStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyward::jobs {

struct PlannedObject
{
    QString path;
    qint64 size = 0;
    std::optional<model::ObjectClass> objectClass; // empty: outside every data type's folder
    model::ObjectKeying keying;
};

// The KWE1 feature byte that seals data of a feature.
envelope::Kwe1Feature kwe1FeatureFor(model::Feature feature);
model::Feature featureForKwe1(envelope::Kwe1Feature feature);

// Every object of the store, classified with the workspace's options applied. With `others`, every entry that is
// not an object (folders, symbolic links, special files, temporary files) goes there, for verify to check.
Result<QList<PlannedObject>> planObjects(storage::ObjectStore &store, const model::WorkspaceOptions &options,
                                         QList<storage::ObjectInfo> *others = nullptr);

// What an object's first bytes are: nullopt for an object that does not start with the KWE1 magic (plaintext),
// a Format error for one that does but whose header is not valid, or that almost does (the magic with one byte
// off, or a well-formed header after a damaged magic: damage, never plaintext), the header otherwise.
Result<std::optional<envelope::Kwe1Header>> sniffHeader(QIODevice &device);

} // namespace keyward::jobs
