// DemoWorkspace: checks the parameters, then makes the planned units one by one, each with its data type's
// maker, adding up what was written.
#include "demo/DemoWorkspace.h"

#include "demo/DemoPlan.h"
#include "demo/DemoUnit.h"
#include "model/DataTypeCatalogue.h"

#include <QJsonObject>

namespace keyward::demo {

QJsonObject DemoSummary::toJson() const
{
    QJsonObject types;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        types.insert(it.key(), QJsonObject{{QStringLiteral("objects"), double(it->objects)},
                                           {QStringLiteral("bytes"), double(it->bytes)}});
    return {{QStringLiteral("objects"), double(objects)},
            {QStringLiteral("bytes"), double(bytes)},
            {QStringLiteral("types"), types}};
}

qint64 DemoWorkspace::minimumObjectCount()
{
    qint64 minimum = 0;
    for (const TypeSpec &spec : typeSpecs())
        minimum += qint64(spec.minimumUnits) * spec.filesPerUnit;
    return minimum;
}

Result<DemoSummary> DemoWorkspace::generate(storage::ObjectStore &store, const DemoProgress &progress) const
{
    if (m_params.objectCount < minimumObjectCount())
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("a demo workspace needs at least %1 objects to hold every data type (asked for %2)")
                .arg(minimumObjectCount())
                .arg(m_params.objectCount));
    if (m_params.totalBytes < 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the total size cannot be negative"));

    DemoSummary summary;
    for (const model::DataType &type : model::DataTypeCatalogue::all())
        summary.perType.insert(type.id, {});
    DemoRun run{store, progress, summary, m_params.objectCount};
    for (const PlannedUnit &p : plan(m_params)) {
        const TypeSpec &spec = typeSpecs()[p.type];
        DemoUnit unit(run, spec.id, p.index, p.seed, p.budget);
        if (Status made = spec.make(unit); !made)
            return made.error();
    }
    return summary;
}

} // namespace keyward::demo
