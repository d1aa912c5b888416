// ObjectPlan: listing and classifying a workspace's objects for the jobs.
#include "jobs/ObjectPlan.h"

namespace keyward::jobs {

envelope::Kwe1Feature kwe1FeatureFor(model::Feature feature)
{
    switch (feature) {
    case model::Feature::ManagedServices:
        return envelope::Kwe1Feature::ManagedServices;
    case model::Feature::DbfsRoot:
        return envelope::Kwe1Feature::DbfsRoot;
    case model::Feature::ManagedDisks:
        return envelope::Kwe1Feature::ManagedDisks;
    case model::Feature::Platform:
        return envelope::Kwe1Feature::Platform;
    }
    return envelope::Kwe1Feature::Platform;
}

model::Feature featureForKwe1(envelope::Kwe1Feature feature)
{
    switch (feature) {
    case envelope::Kwe1Feature::ManagedServices:
        return model::Feature::ManagedServices;
    case envelope::Kwe1Feature::DbfsRoot:
        return model::Feature::DbfsRoot;
    case envelope::Kwe1Feature::ManagedDisks:
        return model::Feature::ManagedDisks;
    case envelope::Kwe1Feature::Platform:
        return model::Feature::Platform;
    }
    return model::Feature::Platform;
}

Result<QList<PlannedObject>> planObjects(storage::ObjectStore &store, const model::WorkspaceOptions &options)
{
    auto objects = store.list();
    if (!objects)
        return objects.error();
    QList<PlannedObject> out;
    out.reserve(objects->size());
    for (const storage::ObjectInfo &info : *objects) {
        PlannedObject p;
        p.path = info.path;
        p.size = info.size;
        auto cls = model::classifyObject(info.path);
        if (cls) {
            p.objectClass = *cls;
            p.keying = model::keyFeatureFor(*cls, options);
        }
        out << p;
    }
    return out;
}

Result<std::optional<envelope::Kwe1Header>> sniffHeader(QIODevice &device)
{
    const QByteArray head = device.read(envelope::Kwe1Header::Size);
    if (!head.startsWith("KWE1"))
        return std::optional<envelope::Kwe1Header>();
    auto header = envelope::Kwe1Header::parse(head);
    if (!header)
        return header.error();
    return std::optional<envelope::Kwe1Header>(*header);
}

} // namespace keyward::jobs
