// DemoCommand: keywardctl demo: the headless main job: a demo workspace with keys in a local vault,
// assigned, encrypted, verified, rotated and verified again, saying what it does at each step.
#include "CliSupport.h"

#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "jobs/EncryptJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "keystore/LocalVault.h"
#include "model/MatrixRules.h"
#include "storage/LocalFolderStore.h"

#include <QDir>
#include <QJsonArray>

namespace keyward::cli {

namespace {

void step(const QString &text)
{
    out() << "==> " << text << Qt::endl;
}

void jobLine(const jobs::JobReport &r)
{
    out() << "    " << r.message
          << Text::tr(" (job %1, %2 ms, %3 key-store calls)").arg(r.jobId).arg(r.elapsedMs).arg(r.storeCalls)
          << Qt::endl;
}

} // namespace

int runDemo(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), Text::tr("The demo workspace's name."),
                                   QStringLiteral("NAME"), QStringLiteral("demo"));
    const QCommandLineOption objectsOpt(QStringLiteral("objects"), Text::tr("Objects to generate."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption sizeOpt(QStringLiteral("size-mib"), Text::tr("Approximate data size in MiB."),
                                     QStringLiteral("MIB"), QStringLiteral("64"));
    parser.addOptions({wsOpt, objectsOpt, sizeOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Run the whole flow on a demo workspace: a local vault with three keys, a "
                                      "workspace with sample data of every type, keys assigned, encrypt, verify, "
                                      "rotate, verify again. Safe to run again: it carries on from what exists."));
        rc >= 0)
        return rc;
    access.configure(parser);
    const QString wsName = parser.value(wsOpt);
    const QString vaultName = QStringLiteral("demo-vault");

    step(Text::tr("data directory %1").arg(access.dataDir()));
    // 1. The key store and its keys.
    if (!access.registry().find(vaultName)) {
        keystore::VaultOptions options(vaultName);
        auto vault = keystore::LocalVault::create(keystore::LocalVault::pathFor(access.dataDir(), vaultName), options,
                                                  access.secrets(), &access.prompt());
        if (!vault)
            return report(cmd, vault.error());
        keystore::StoreConfig config;
        config.name = vaultName;
        config.kind = QStringLiteral("local");
        config.vaultPath = (*vault)->path();
        if (auto st = access.registry().add(config); !st)
            return report(cmd, st.error());
        step(Text::tr("created local vault '%1' (master key in %2; soft delete and purge protection on)")
                 .arg(vaultName, (*vault)->protection() == keystore::VaultProtection::Keychain
                                     ? Text::tr("the OS keychain")
                                     : Text::tr("a passphrase")));
    } else {
        step(Text::tr("using local vault '%1'").arg(vaultName));
    }
    jobs::RegistryKeyStoreProvider stores(access.dataDir(), access.secrets(), &access.prompt());
    auto vault = stores.store(vaultName);
    if (!vault)
        return report(cmd, vault.error());
    const QList<std::tuple<QString, keystore::KeyKind, int, model::Feature>> keys = {
        {QStringLiteral("demo-managed-services"), keystore::KeyKind::Aes, 256, model::Feature::ManagedServices},
        {QStringLiteral("demo-dbfs-root"), keystore::KeyKind::Rsa, 3072, model::Feature::DbfsRoot},
        {QStringLiteral("demo-managed-disks"), keystore::KeyKind::Aes, 256, model::Feature::ManagedDisks}};
    for (const auto &[name, kind, bits, feature] : keys) {
        if ((*vault)->keyVersion(name))
            continue;
        auto made = (*vault)->createKey({name, kind, bits});
        if (!made)
            return report(cmd, made.error());
        step(Text::tr("created key %1 (%2-%3)").arg(made->id, keystore::keyKindName(kind)).arg(bits));
    }

    // 2. The workspace, its data and its assignments.
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(access.dataDir()));
    if (!catalog)
        return report(cmd, catalog.error());
    auto ws = (*catalog)->workspace(wsName);
    if (!ws) {
        model::Workspace w(wsName, model::Plan::Premium, QStringLiteral("westeurope"));
        w.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
        w.setOption(model::WorkspaceOption::ManagedDiskRotateToLatest, true);
        ws = (*catalog)->createWorkspace(w,
                                         QDir(access.dataDir()).filePath(QStringLiteral("workspaces/%1").arg(wsName)));
        if (!ws)
            return report(cmd, ws.error());
        (void)(*catalog)->audit(QStringLiteral("workspace.create"), wsName, QStringLiteral("demo"));
        auto folder = storage::LocalFolderStore::open(ws->storageRoot);
        if (!folder)
            return report(cmd, folder.error());
        // Sample data can be made again if the machine stops half way: no fsync per object while generating.
        (*folder)->setSyncWrites(false);
        demo::DemoParams params;
        params.objectCount = qMax(demo::DemoWorkspace::minimumObjectCount(), parser.value(objectsOpt).toLongLong());
        params.totalBytes = parser.value(sizeOpt).toLongLong() << 20;
        auto summary = demo::DemoWorkspace(params).generate(**folder);
        if (!summary)
            return report(cmd, summary.error());
        step(Text::tr("created workspace '%1' (Premium, double encryption of the DBFS root, disks follow the newest "
                      "key) with %2 objects, %3 MiB of sample data for %4 data types at %5")
                 .arg(wsName)
                 .arg(summary->objects)
                 .arg(summary->bytes >> 20)
                 .arg(summary->perType.size())
                 .arg(ws->storageRoot));
    } else {
        step(Text::tr("using workspace '%1' at %2").arg(wsName, ws->storageRoot));
    }
    for (const auto &[name, kind, bits, feature] : keys) {
        Q_UNUSED(kind);
        Q_UNUSED(bits);
        auto existing = (*catalog)->assignment(ws->id, feature);
        if (existing && existing->has_value())
            continue;
        const bool followLatest = feature == model::Feature::ManagedDisks;
        const QString version = followLatest ? QString() : (*vault)->keyVersion(name)->version;
        if (auto st = (*catalog)->setAssignment({ws->id, feature, vaultName, name, version}); !st)
            return report(cmd, st.error());
        (void)(*catalog)->audit(QStringLiteral("assign"), wsName,
                                QStringLiteral("%1 -> %2/%3").arg(model::featureId(feature), vaultName, name));
        step(Text::tr("assigned %1/%2 to %3%4")
                 .arg(vaultName, name, model::featureId(feature),
                      followLatest ? Text::tr(" (follows the newest version)") : QString()));
    }

    // 3. The jobs.
    jobs::JobSettings settings;
    settings.catalogPath = (*catalog)->path();
    settings.workspace = wsName;
    int rc = ExitOk;
    auto runJob = [&](jobs::Job &job, const QString &what) {
        step(what);
        const jobs::JobReport r = job.run();
        jobLine(r);
        for (qsizetype i = 0; i < r.findings.size() && i < 5; ++i)
            out() << "    " << jobs::findingKindName(r.findings.at(i).kind) << ' ' << r.findings.at(i).object << ' '
                  << r.findings.at(i).detail << Qt::endl;
        if (!r.ok() || !r.findings.isEmpty())
            rc = r.ok() ? ExitFindings : ExitFailure;
        return r;
    };
    jobs::EncryptJob encrypt(settings, stores);
    runJob(encrypt, Text::tr("encrypt: sealing every object whose feature has a key"));
    jobs::VerifyJob verify(settings, stores);
    runJob(verify, Text::tr("verify: every object parsed, under its feature's key, every segment authenticated"));
    jobs::RotateJob rotate(settings, stores);
    const jobs::JobReport rotated =
        runJob(rotate, Text::tr("rotate: new key versions, feature keys re-wrapped, no object touched"));
    for (const jobs::RotatedFeature &f : rotated.rotate ? rotated.rotate->rotated : QList<jobs::RotatedFeature>())
        out() << "    " << model::featureId(f.feature) << ": " << f.oldVersion.left(8) << " -> " << f.newVersion.left(8)
              << Qt::endl;
    jobs::VerifyJob again(settings, stores);
    runJob(again, Text::tr("verify again, under the new key versions"));
    auto check = (*catalog)->verifyHistory();
    if (check)
        step(check->intact ? Text::tr("rotation history intact: %1 entries").arg(check->entries)
                           : Text::tr("rotation history broken: %1").arg(check->problem));
    step(rc == ExitOk ? Text::tr("done: workspace '%1' is encrypted under customer-managed keys").arg(wsName)
                      : Text::tr("finished with problems (see above)"));
    return rc;
}

} // namespace keyward::cli
