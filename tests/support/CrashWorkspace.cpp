// CrashWorkspace: set-up, plaintext snapshot and after-kill invariants shared by the kill tests.
#include "CrashWorkspace.h"

#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "model/Feature.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace keyward::test {

CrashWorkspace::CrashWorkspace(QString dataDir, QString workspace, QString root)
    : m_data(std::move(dataDir)), m_workspace(std::move(workspace)), m_root(std::move(root))
{
}

QStringList CrashWorkspace::common() const
{
    return {QStringLiteral("--data-dir"), m_data, QStringLiteral("--workspace"), m_workspace};
}

QString CrashWorkspace::create(const QString &store, const QStringList &keys, const QStringList &features)
{
    const QStringList dd{QStringLiteral("--data-dir"), m_data};
    const CtlRun added =
        runKeywardctl(QStringList{QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), store,
                                  QStringLiteral("--protection"), QStringLiteral("keychain")} +
                      dd);
    if (added.status != 0)
        return QString::fromUtf8(added.failure(0));
    for (const QString &k : keys) {
        const CtlRun made =
            runKeywardctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), k, QStringLiteral("--type"),
                                      QStringLiteral("aes"), QStringLiteral("--store"), store} +
                          dd);
        if (made.status != 0)
            return QString::fromUtf8(made.failure(0));
    }
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    if (!catalog)
        return catalog.error().detail;
    model::Workspace ws(m_workspace, model::Plan::Premium);
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    auto rec = (*catalog)->createWorkspace(ws, m_root);
    if (!rec)
        return rec.error().detail;
    for (qsizetype i = 0; i < features.size(); ++i) {
        auto feature = model::parseFeature(features[i]);
        if (!feature)
            return feature.error().detail;
        if (auto st = (*catalog)->setAssignment({rec->id, *feature, store, keys.value(i), {}}); !st)
            return st.error().detail;
    }
    return {};
}

int CrashWorkspace::snapshot()
{
    m_original.clear();
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        m_original.insert(QDir(m_root).relativeFilePath(p), readFile(p));
    }
    return int(m_original.size());
}

QString CrashWorkspace::restorePlaintext()
{
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        QFile f(QDir(m_root).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(it.value()) != it.value().size())
            return QStringLiteral("cannot put back %1: %2").arg(it.key(), f.errorString());
    }
    // As an import with overwrite would: the object inventory has the objects as plain again (plaintext put
    // behind Keyward's back where it has sealed objects is damage, which encrypt never seals).
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    if (!catalog)
        return catalog.error().detail;
    auto ws = (*catalog)->workspace(m_workspace);
    if (!ws)
        return ws.error().detail;
    const Status st = (*catalog)->transaction([&]() -> Status {
        for (auto it = m_original.begin(); it != m_original.end(); ++it) {
            catalog::InventoryEntry e;
            e.workspaceId = ws->id;
            e.path = it.key();
            e.size = it.value().size();
            if (auto put = (*catalog)->putInventory(e); !put)
                return put;
        }
        return {};
    });
    return st ? QString() : st.error().detail;
}

QString CrashWorkspace::checkInvariants(const QString &where) const
{
    auto fail = [&](const QString &what) { return where + QStringLiteral(": ") + what; };
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    if (!catalog)
        return fail(QStringLiteral("the catalog does not open: %1").arg(catalog.error().detail));
    auto history = (*catalog)->verifyHistory();
    if (!history)
        return fail(QStringLiteral("the history cannot be read: %1").arg(history.error().detail));
    if (!history->intact)
        return fail(QStringLiteral("the history chain breaks at %1: %2").arg(history->badSeq).arg(history->problem));
    auto ws = (*catalog)->workspace(m_workspace);
    if (!ws)
        return fail(QStringLiteral("the workspace is gone: %1").arg(ws.error().detail));
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(m_data, secrets, nullptr);
    auto assignments = (*catalog)->assignments(ws->id);
    if (!assignments)
        return fail(assignments.error().detail);
    for (const catalog::Assignment &a : *assignments) {
        if (auto store = stores.store(a.store); !store)
            return fail(QStringLiteral("store %1 does not open: %2").arg(a.store, store.error().detail));
    }
    jobs::FeatureKeyService keys(**catalog, stores, *ws);
    if (auto loaded = keys.loadRecords(); !loaded)
        return fail(QStringLiteral("the feature keys cannot be read: %1").arg(loaded.error().detail));
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        const QByteArray stored = readFile(QDir(m_root).filePath(it.key()));
        if (!stored.startsWith("KWE1")) {
            if (stored != it.value())
                return fail(QStringLiteral("%1 is neither the original nor sealed").arg(it.key()));
            continue;
        }
        const auto plain = openSealed(stored, keys);
        if (!plain)
            return fail(QStringLiteral("%1 does not open: %2").arg(it.key(), plain.error().detail));
        if (*plain != it.value())
            return fail(QStringLiteral("%1 opens to other bytes").arg(it.key()));
    }
    return {};
}

} // namespace keyward::test
