// DemoService: the whole flow on a demo workspace, through the same services and jobs an admin uses: a local
// vault with three keys, a workspace with sample data of every type, keys assigned after their check list,
// encrypt, verify, rotate, verify again, the history checked. Safe to run again: it carries on from what
// exists, and refuses a workspace of that name that the demo did not make.
#pragma once

#include "jobs/JobObserver.h"
#include "jobs/JobReport.h"
#include "services/Context.h"
#include "services/DemoSteps.h"
#include "storage/AzureBlobStore.h"

#include <memory>

namespace keyward::services {

struct DemoRequest
{
    QString workspace = QStringLiteral("demo");
    qint64 objects = 300; // raised to the generator's minimum
    qint64 sizeMiB = 64;
    // Where the workspace keeps its objects: empty for <data dir>/workspaces/<name>, or an "azure-blob:" container
    // location, whose credential is `storageCredential` or the one the OS keychain holds for it already.
    QString storage;
    std::shared_ptr<const storage::AzureBlobCredential> storageCredential; // shared: the request stays copyable
    // The key store of the demo's keys: empty for the demo's own local vault (made when missing), or a store the
    // admin added (Azure Key Vault, Managed HSM, a PKCS#11 token). A key type the store does not offer becomes
    // RSA-3072.
    QString store;
    QString storeName() const;
};

class DemoObserver
{
public:
    virtual ~DemoObserver() = default;
    virtual void demoStep(DemoStep step, const QStringList &args) = 0;
    virtual void demoJobFinished(const jobs::JobReport &report) { Q_UNUSED(report); }
    // Progress, findings and cancel of the job that runs now; null for none.
    virtual jobs::JobObserver *jobObserver() { return nullptr; }
};

struct DemoResult
{
    QString workspace;
    QList<jobs::JobReport> jobs; // encrypt, verify, rotate, verify
    bool historyIntact = false;
    // Every job finished and found nothing.
    bool clean() const;
};

class DemoService
{
public:
    static QString vaultName() { return QStringLiteral("demo-vault"); }
    static QString origin() { return QStringLiteral("demo"); }

    explicit DemoService(Context &context) : m_context(context) {}
    // An error when a step before the jobs fails; the jobs' own outcomes are in the result.
    Result<DemoResult> run(const DemoRequest &request, DemoObserver *observer = nullptr);

private:
    // Refused when a workspace of that name exists that the demo did not make.
    Status checkWorkspaceIsOurs(const QString &name);
    Status ensureVaultAndKeys(const DemoRequest &request);
    Result<catalog::WorkspaceRecord> ensureWorkspace(const DemoRequest &request);
    Status ensureAssignments(const DemoRequest &request, const catalog::WorkspaceRecord &workspace);
    void step(DemoStep step, const QStringList &args = {});

    Context &m_context;
    DemoObserver *m_observer = nullptr;
};

} // namespace keyward::services
