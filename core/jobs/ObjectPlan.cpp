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

Result<QList<PlannedObject>> planObjects(storage::ObjectStore &store, const model::WorkspaceOptions &options,
                                         QList<storage::ObjectInfo> *others)
{
    auto objects = others ? store.listEntries() : store.list();
    if (!objects)
        return objects.error();
    QList<PlannedObject> out;
    out.reserve(objects->size());
    for (const storage::ObjectInfo &info : *objects) {
        if (info.kind != storage::EntryKind::Object || info.temporary) {
            if (others)
                *others << info;
            continue;
        }
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

namespace {

// A start that is almost a KWE1 header: the magic with one byte off, or the fixed fields after the magic all in
// range in an object whose size fits a KWE1 body. Plaintext begins like this by chance about once in 10^8
// objects; a sealed object with a damaged first bytes always does, and must not be taken for plaintext.
bool looksLikeDamagedHeader(const QByteArray &head, qint64 objectSize)
{
    using envelope::Kwe1Header;
    if (head.size() < 8)
        return false;
    int off = 0;
    for (int i = 0; i < 4; ++i)
        off += head.at(i) != "KWE1"[i] ? 1 : 0;
    if (off <= 1 && head.size() == Kwe1Header::Size)
        return true;
    const auto byte = [&](int i) { return int(static_cast<unsigned char>(head.at(i))); };
    const bool fixedFields = byte(4) == Kwe1Header::Version && byte(5) >= 1 && byte(5) <= 4 &&
                             byte(6) >= Kwe1Header::MinSegmentLog2 && byte(6) <= Kwe1Header::MaxSegmentLog2 &&
                             byte(7) == 0;
    return fixedFields && head.size() == Kwe1Header::Size &&
           Kwe1Header::segmentCountForBody(objectSize - Kwe1Header::Size, byte(6)).ok();
}

} // namespace

Result<std::optional<envelope::Kwe1Header>> sniffHeader(QIODevice &device)
{
    const QByteArray head = device.read(envelope::Kwe1Header::Size);
    if (looksLikeDamagedHeader(head, device.size()) && !head.startsWith("KWE1"))
        return Error::make(ErrorCode::Format, QStringLiteral("begins with a damaged KWE1 header (magic %1): damage, "
                                                             "not plaintext")
                                                  .arg(QString::fromLatin1(head.left(4).toHex())));
    if (!head.startsWith("KWE1"))
        return std::optional<envelope::Kwe1Header>();
    auto header = envelope::Kwe1Header::parse(head);
    if (!header)
        return header.error();
    return std::optional<envelope::Kwe1Header>(*header);
}

} // namespace keyward::jobs
