// DemoWorkspace: realistic sample data for every data type, written into an ObjectStore, the same for the same seed.
#pragma once

#include "storage/ObjectStore.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace keyward::demo {

struct DemoParams
{
    quint64 seed = 1;
    // Exactly this many objects are written; it must be at least DemoWorkspace::minimumObjectCount(), the
    // objects that show every data type (and every notebook format) once.
    qint64 objectCount = 300;
    // Roughly this many bytes in all, counting each object's size as stat() reports it. Disk images are
    // sparse: they count in full but take little room. Objects that real services keep small (credentials,
    // metadata, notebooks) stay small, so a tiny total with many objects comes out larger than asked.
    qint64 totalBytes = qint64(64) << 20;
};

struct DemoTypeSummary
{
    qint64 objects = 0;
    qint64 bytes = 0;
};

struct DemoSummary
{
    QMap<QString, DemoTypeSummary> perType; // by DataTypeCatalogue id; every row is present
    qint64 objects = 0;
    qint64 bytes = 0;

    // {objects, bytes, types: {id: {objects, bytes}}}
    QJsonObject toJson() const;
};

// Called after each object; returning false stops the generation, which then fails with Cancelled.
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

class DemoWorkspace
{
public:
    explicit DemoWorkspace(const DemoParams &params = {}) : m_params(params) {}

    static qint64 minimumObjectCount();

    // Writes the objects through openWrite()/commit(), at the paths model/ObjectLayout gives each data type.
    // Objects already in the store at the same paths are replaced; others are left alone. No object starts
    // with the KWE1 magic: everything is plaintext, as a workspace is before the encrypt job runs.
    Result<DemoSummary> generate(storage::ObjectStore &store, const DemoProgress &progress = {}) const;

    const DemoParams &params() const { return m_params; }

private:
    DemoParams m_params;
};

} // namespace keyward::demo
