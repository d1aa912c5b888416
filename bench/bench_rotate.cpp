// bench_rotate: the one-click rotation on workspaces whose catalogs hold more and more objects: its key-store calls
// and its time stay flat, since a rotation re-wraps the feature keys and reads or writes no object.
//
// For each size it makes a workspace (double encryption on, three features keyed with AES-256 keys in a local vault,
// the platform layer in a vault of its own), fills it with the demo generator's smallest workspace, runs the encrypt
// job (which makes the feature keys), then adds object-inventory rows up to the size (sealed under the workspace's
// feature keys, as the encrypt job records them; there are no files behind the added rows, which a rotation never
// opens) and runs the rotate job --repeat times.
//
// Usage: bench_rotate [--objects N ...] [--repeat R] [--json FILE]   (defaults: 1000, 100000 and 1000000; 5)
// The figure for a size is the best of its R rotations (the spread is printed beside it).
// With --json, each size's figure (against the first size) is appended to FILE.
#include "BenchSupport.h"
#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "jobs/EncryptJob.h"
#include "jobs/RotateJob.h"
#include "keystore/LocalVault.h"
#include "secrets/SecretStore.h"
#include "storage/LocalFolderStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace keyward;

namespace {

struct Rotation
{
    double ms = 0;
    qint64 calls = 0;
    qint64 touched = 0;
    QString spread;
};

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_rotate: %s\n", qPrintable(what));
    return 1;
}

// Inventory rows for `count` sealed objects beyond those the encrypt job recorded, in one transaction.
Status addInventory(catalog::Catalog &catalog, qint64 workspaceId, qint64 count)
{
    auto fks = catalog.featureKeys(workspaceId, model::Feature::ManagedDisks, catalog::FeatureKeyState::Active);
    if (!fks)
        return fks.error();
    if (fks->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("the encrypt job made no managed-disks feature key"));
    const QByteArray fkId = fks->first().fkId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return catalog.transaction([&]() -> Status {
        for (qint64 i = 0; i < count; ++i) {
            catalog::InventoryEntry e;
            e.workspaceId = workspaceId;
            e.path = QStringLiteral("disks/cluster-%1/disk-%2.img").arg(i % 1000).arg(i, 7, 10, QLatin1Char('0'));
            e.feature = model::featureId(model::Feature::ManagedDisks);
            e.state = catalog::InventoryState::Sealed;
            e.size = 1 << 20;
            e.objectId.resize(16);
            e.tag.resize(16);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(e.objectId.data()), 4);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(e.tag.data()), 4);
            e.fkId = fkId;
            e.updated = now;
            if (auto st = catalog.putInventory(e); !st)
                return st;
        }
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> counts;
    int repeat = 5;
    QString json;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--objects") && i + 1 < args.size())
            counts << args[++i].toLongLong();
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            json = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_rotate [--objects N ...] [--repeat R] [--json FILE]\n");
            return 2;
        }
    }
    if (counts.isEmpty())
        counts = {1000, 100000, 1000000};
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("objects"), 9)
               .arg(QStringLiteral("fill s"), 8)
               .arg(QStringLiteral("rotate ms (best)"), 19)
               .arg(QStringLiteral("store calls"), 12)
               .arg(QStringLiteral("objects touched"), 16);
    out.flush();
    std::optional<Rotation> first;
    qint64 firstCount = 0;
    for (qint64 n : counts) {
        QTemporaryDir dir;
        secrets::MemorySecretStore secrets;
        keystore::VaultOptions o(QStringLiteral("bench"));
        auto vault = keystore::LocalVault::create(dir.filePath(QStringLiteral("v.kwvault")), o, secrets, nullptr);
        keystore::VaultOptions po(jobs::KeyStoreProvider::platformStoreName());
        auto platform = keystore::LocalVault::create(dir.filePath(QStringLiteral("p.kwvault")), po, secrets, nullptr);
        if (!vault || !platform)
            return fail(QStringLiteral("cannot create the vaults"));
        for (const char *k : {"ms", "root", "disks"})
            if (!(*vault)->createKey({QLatin1String(k), keystore::KeyKind::Aes, 256}))
                return fail(QStringLiteral("cannot create the keys"));
        if (!(*platform)->createKey({jobs::KeyStoreProvider::platformKeyName(), keystore::KeyKind::Aes, 256}))
            return fail(QStringLiteral("cannot create the platform key"));
        jobs::FixedKeyStoreProvider stores;
        stores.add(QStringLiteral("v"), std::move(vault).value());
        stores.add(jobs::KeyStoreProvider::platformStoreName(), std::move(platform).value());

        const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
        auto catalog = catalog::Catalog::open(catalogPath);
        if (!catalog)
            return fail(catalog.error().detail);
        model::Workspace w(QStringLiteral("bench"), model::Plan::Premium);
        w.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
        auto ws = (*catalog)->createWorkspace(w, dir.filePath(QStringLiteral("ws")));
        if (!ws)
            return fail(ws.error().detail);
        const QList<QPair<model::Feature, const char *>> features = {{model::Feature::ManagedServices, "ms"},
                                                                     {model::Feature::DbfsRoot, "root"},
                                                                     {model::Feature::ManagedDisks, "disks"}};
        for (const auto &[f, k] : features)
            if (!(*catalog)->setAssignment({ws->id, f, QStringLiteral("v"), QLatin1String(k), {}}))
                return fail(QStringLiteral("cannot assign the keys"));

        QElapsedTimer t;
        t.start();
        auto folder = storage::LocalFolderStore::open(ws->storageRoot);
        if (!folder)
            return fail(folder.error().detail);
        (*folder)->setSyncWrites(false); // generation only; the jobs open their own, syncing store
        demo::DemoParams params;
        params.objectCount = demo::DemoWorkspace::minimumObjectCount();
        params.totalBytes = params.objectCount * (qint64(16) << 10);
        if (!demo::DemoWorkspace(params).generate(**folder))
            return fail(QStringLiteral("cannot generate the workspace"));
        jobs::JobSettings settings{catalogPath, QStringLiteral("bench"), 0, 256};
        const jobs::JobReport enc = jobs::EncryptJob(settings, stores).run();
        if (!enc.ok())
            return fail(QStringLiteral("encrypt failed: %1").arg(enc.message));
        if (auto st = addInventory(**catalog, ws->id, qMax<qint64>(0, n - enc.processed)); !st)
            return fail(st.error().detail);
        const double fillS = double(t.elapsed()) / 1000.0;

        Rotation r;
        std::vector<double> times;
        for (int k = 0; k < repeat; ++k) {
            const jobs::JobReport rot = jobs::RotateJob(settings, stores).run();
            if (!rot.ok())
                return fail(QStringLiteral("rotate failed: %1").arg(rot.message));
            times.push_back(double(rot.elapsedMs));
            r.calls = rot.storeCalls;
            r.touched = rot.toJson().value(QStringLiteral("objects_touched")).toInteger();
        }
        // The best of the runs: the rotation's own cost, without what the rest of the machine added to one run.
        r.ms = *std::min_element(times.begin(), times.end());
        r.spread = QStringLiteral("%1-%2 ms")
                       .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 0)
                       .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 0);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(n, 9)
                   .arg(fillS, 8, 'f', 1)
                   .arg(QStringLiteral("%1 (%2)").arg(r.ms, 0, 'f', 0).arg(r.spread), 19)
                   .arg(r.calls, 12)
                   .arg(r.touched, 16);
        out.flush();
        if (!first) {
            first = r;
            firstCount = n;
        }
        const bool met = r.calls == first->calls && r.touched == 0 && r.ms <= 1.5 * first->ms && r.ms < 1000;
        const bool written = bench::appendFigure(
            json, {QStringLiteral("rotate job, %1 objects in the catalog, local vault").arg(n), r.ms,
                   QStringLiteral("ms"), QStringLiteral("rotate job, %1 objects").arg(firstCount), first->ms,
                   first->ms / r.ms, QStringLiteral("same store calls; <= 1.5x time; < 1 s"), met,
                   QStringLiteral("%1 store calls (%2 at %3 objects), %4 objects touched; %5 runs: %6")
                       .arg(r.calls)
                       .arg(first->calls)
                       .arg(firstCount)
                       .arg(r.touched)
                       .arg(repeat)
                       .arg(r.spread)});
        if (!written)
            return fail(QStringLiteral("cannot write %1").arg(json));
    }
    return 0;
}
