// DemoPlan: how a demo workspace spreads its object count and bytes over the data types, in units with their
// own seeds and byte budgets.
#include "demo/DemoPlan.h"

#include "demo/DemoControlPlane.h"
#include "demo/DemoDisks.h"
#include "demo/DemoModels.h"
#include "demo/DemoResults.h"
#include "demo/DemoRootStorage.h"
#include "model/DataTypeCatalogue.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace keyward::demo {

namespace {

quint64 unitSeed(quint64 seed, int type, qint64 index)
{
    quint64 x = seed ^ (quint64(type + 1) * 0xD6E8FEB86659FD93ULL) ^ (quint64(index) * 0x9E3779B97F4A7C15ULL);
    DemoRandom::splitmix(x);
    return DemoRandom::splitmix(x);
}

} // namespace

const std::vector<TypeSpec> &typeSpecs()
{
    using L = QLatin1String;
    static const std::vector<TypeSpec> specs = {
        {L("notebook-source"), 2, 3, 14, 1.0, 700, makeNotebook},
        {L("git-credentials"), 1, 1, 1, 0, 350, makeGitCredential},
        {L("secrets"), 1, 1, 3, 0, 300, makeSecret},
        {L("sql-queries"), 1, 2, 10, 1.0, 300, makeSqlQueryOrHistory},
        {model::dataTypeIds::NotebookResultsControlPlane, 1, 1, 7, 0.4, 200, makeResultControlPlane},
        {L("dbfs-root-data"), 1, 2, 16, 3.0, 0, makeDbfsFile},
        {L("job-results"), 1, 1, 8, 1.5, 300, makeJobResult},
        {L("sql-results"), 1, 1, 8, 2.5, 0, makeSqlResult},
        {L("mlflow-models"), 5, 1, 5, 6.0, 1900, makeMlflowModel},
        {L("delta-live-tables"), 3, 1, 6, 8.0, 1700, makeDeltaLiveTable},
        {model::dataTypeIds::NotebookResultsRootStorage, 1, 1, 4, 6.0, 0, makeResultRootStorage},
        {L("system-data"), 1, 1, 10, 1.0, 500, makeRevision},
        {L("model-serving-artifacts"), 2, 1, 3, 6.0, 600, makeServingArtifact},
        {L("classic-compute-disks"), 1, 1, 0.1, 60, 0, makeManagedDisk, true},
        {L("model-serving-image"), 1, 3, 2, 4.0, 300, makeServerlessImageItem},
        {L("serverless-disks"), 1, 1, 0.08, 60, 0, makeServerlessDisk, true},
        // The current documentation's rows, last so that the seeds of the rows above stay as they were.
        {model::dataTypeIds::AiBiDashboards, 1, 1, 2, 0, 1600, makeDashboard},
        {model::dataTypeIds::VectorSearch, 1, 1, 1, 0, 900, makeVectorSearchIndex},
    };
    return specs;
}

std::vector<PlannedUnit> plan(const DemoParams &params)
{
    const std::vector<TypeSpec> &specs = typeSpecs();
    std::vector<qint64> units(specs.size());
    qint64 minimum = 0;
    double weights = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        units[t] = specs[t].minimumUnits;
        minimum += qint64(specs[t].minimumUnits) * specs[t].filesPerUnit;
        weights += specs[t].countWeight;
    }
    // The objects beyond the minimum, by weight, in whole units; single-file types take what rounding leaves.
    const qint64 extra = params.objectCount - minimum;
    qint64 assigned = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        const qint64 more = qint64(double(extra) * specs[t].countWeight / weights) / specs[t].filesPerUnit;
        units[t] += more;
        assigned += more * specs[t].filesPerUnit;
    }
    // dbfs-root-data, job-results, sql-results, sql-queries, system-data, both interactive results
    static const int Fillers[] = {5, 6, 7, 3, 11, 4, 10};
    for (qint64 left = extra - assigned, i = 0; left > 0; --left, ++i)
        ++units[Fillers[i % std::size(Fillers)]];

    std::vector<PlannedUnit> out;
    double shares = 0;
    qint64 fixed = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        for (qint64 i = 0; i < units[t]; ++i) {
            const quint64 seed = unitSeed(params.seed, int(t), i);
            DemoRandom jitter(seed ^ 0x5EEDF00DULL);
            // Sizes vary about tenfold, as files of one kind do.
            const double share = specs[t].sizeWeight * std::exp(jitter.unit() * 2.3 - 1.15);
            out.push_back({int(t), i, seed, share});
            shares += share;
            fixed += specs[t].fixedBytes;
        }
    }
    // Disk images come in whole MiB with a floor, so they are sized first and the others share what is left.
    double flexible = double(std::max<qint64>(params.totalBytes - fixed, 0));
    double otherShares = shares;
    const double perShare = shares > 0 ? flexible / shares : 0;
    for (PlannedUnit &u : out) {
        if (specs[u.type].diskImage) {
            u.budget = diskSize(qint64(perShare * u.sizeShare));
            flexible -= double(u.budget);
            otherShares -= u.sizeShare;
        }
    }
    flexible = std::max(flexible, 0.0);
    for (PlannedUnit &u : out) {
        if (!specs[u.type].diskImage)
            u.budget = otherShares > 0 ? qint64(flexible * u.sizeShare / otherShares) : 0;
    }
    return out;
}

} // namespace keyward::demo
