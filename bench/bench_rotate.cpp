// bench_rotate: the one-click rotation on workspaces of different sizes: key-store calls and time for the
// rotation stay flat while the object count grows (no object is read or written).
//
// Usage: bench_rotate [--objects N ...] [--mib M]   (defaults: 10, 1000 and 100000 objects, 256 MiB)
#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "jobs/EncryptJob.h"
#include "jobs/RotateJob.h"
#include "keystore/LocalVault.h"
#include "secrets/SecretStore.h"
#include "storage/LocalFolderStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace keyward;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<qint64> counts;
    qint64 mib = 256;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--objects") && i + 1 < args.size())
            counts << args[++i].toLongLong();
        else if (args[i] == QLatin1String("--mib") && i + 1 < args.size())
            mib = args[++i].toLongLong();
        else {
            std::fprintf(stderr, "usage: bench_rotate [--objects N ...] [--mib M]\n");
            return 2;
        }
    }
    if (counts.isEmpty())
        counts = {10, 1000, 100000};
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("objects"), 9)
               .arg(QStringLiteral("generate s"), 11)
               .arg(QStringLiteral("encrypt s"), 10)
               .arg(QStringLiteral("rotate ms"), 10)
               .arg(QStringLiteral("rotate calls"), 13)
               .arg(QStringLiteral("objects touched"), 16);
    out.flush();
    for (qint64 n : counts) {
        QTemporaryDir dir;
        secrets::MemorySecretStore secrets;
        keystore::VaultOptions o(QStringLiteral("bench"));
        auto vault = keystore::LocalVault::create(dir.filePath(QStringLiteral("v.kwvault")), o, secrets, nullptr);
        keystore::VaultOptions po(jobs::KeyStoreProvider::platformStoreName());
        auto platform = keystore::LocalVault::create(dir.filePath(QStringLiteral("p.kwvault")), po, secrets, nullptr);
        if (!vault || !platform)
            return 1;
        for (const char *k : {"ms", "root", "disks"})
            if (!(*vault)->createKey({QLatin1String(k), keystore::KeyKind::Rsa, 3072}))
                return 1;
        if (!(*platform)->createKey({jobs::KeyStoreProvider::platformKeyName(), keystore::KeyKind::Aes, 256}))
            return 1;
        jobs::FixedKeyStoreProvider stores;
        stores.add(QStringLiteral("v"), std::move(vault).value());
        stores.add(jobs::KeyStoreProvider::platformStoreName(), std::move(platform).value());

        const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
        auto catalog = catalog::Catalog::open(catalogPath);
        model::Workspace w(QStringLiteral("bench"), model::Plan::Premium);
        w.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
        auto ws = (*catalog)->createWorkspace(w, dir.filePath(QStringLiteral("ws")));
        const QList<QPair<model::Feature, const char *>> features = {{model::Feature::ManagedServices, "ms"},
                                                                     {model::Feature::DbfsRoot, "root"},
                                                                     {model::Feature::ManagedDisks, "disks"}};
        for (const auto &[f, k] : features)
            if (!(*catalog)->setAssignment({ws->id, f, QStringLiteral("v"), QLatin1String(k), {}}))
                return 1;

        QElapsedTimer t;
        t.start();
        auto folder = storage::LocalFolderStore::open(ws->storageRoot);
        (*folder)->setSyncWrites(false); // generation only; the jobs open their own, syncing store
        demo::DemoParams params;
        params.objectCount = qMax(n, demo::DemoWorkspace::minimumObjectCount());
        params.totalBytes = qMin<qint64>(mib << 20, params.objectCount * (qint64(64) << 10));
        if (!demo::DemoWorkspace(params).generate(**folder))
            return 1;
        const double generateS = double(t.restart()) / 1000.0;
        jobs::JobSettings settings{catalogPath, QStringLiteral("bench"), 0, 256};
        const jobs::JobReport enc = jobs::EncryptJob(settings, stores).run();
        const double encryptS = double(t.restart()) / 1000.0;
        if (!enc.ok()) {
            std::fprintf(stderr, "encrypt failed: %s\n", qPrintable(enc.message));
            return 1;
        }
        const jobs::JobReport rot = jobs::RotateJob(settings, stores).run();
        if (!rot.ok()) {
            std::fprintf(stderr, "rotate failed: %s\n", qPrintable(rot.message));
            return 1;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(params.objectCount, 9)
                   .arg(generateS, 11, 'f', 1)
                   .arg(encryptS, 10, 'f', 1)
                   .arg(rot.elapsedMs, 10)
                   .arg(rot.storeCalls, 13)
                   .arg(rot.toJson().value(QStringLiteral("objects_touched")).toInteger(), 16);
        out.flush();
    }
    return 0;
}
