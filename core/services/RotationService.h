// RotationService: what a one-click rotation will do before it is done (which features of which workspaces, the
// version each moves off, the feature keys re-wrapped, the key-store calls, and that no object is re-encrypted),
// and whether an old version may be retired, gate by gate. The jobs do the work; this reads the catalog only.
#pragma once

#include "jobs/RetireGates.h"
#include "keystore/KeyStore.h"
#include "services/Context.h"

#include <QList>

namespace keyward::services {

struct RotationStep
{
    QString workspace;
    model::Feature feature = model::Feature::ManagedServices;
    QString store;
    QString key;
    QString currentVersion;    // the version its feature keys are wrapped under now (empty: none yet)
    bool followLatest = false; // the assignment follows the key's newest version (managed disks)
    qint64 featureKeys = 0;    // live feature keys re-wrapped under the new version
    QString resumeVersion;     // a version an interrupted rotation made and did not finish re-wrapping into
};

struct RotationPreview
{
    QList<RotationStep> steps;
    qint64 newVersions = 0;        // rotateKey calls: one per feature with a feature key and no version to resume into
    qint64 unwrapCalls = 0;        // one per feature key, plus one probe each after wrapping
    qint64 wrapCalls = 0;          // one per feature key
    qint64 objectsReencrypted = 0; // always 0: a rotation re-wraps feature keys, never objects
    // Features in scope with no feature key yet: nothing to rotate until encrypt has run.
    QList<RotationStep> skipped;
};

struct RetireCheck
{
    QString store;
    QString key;
    QString version;
    QString newestVersion;
    qint64 holdSeconds = 0;
    jobs::RetireGates gates;
};

class RotationService
{
public:
    explicit RotationService(Context &context) : m_context(context) {}

    // The rotation of `workspace`'s features (all with a key when `features` is empty), as RotateJob does it.
    Result<RotationPreview> preview(const QString &workspace, const QList<model::Feature> &features = {});
    // The rotation of every workspace feature that uses one key of one store.
    Result<RotationPreview> previewKey(const QString &store, const QString &key);
    // The versions of the key assigned to a feature that a retirement could disable: every enabled version but
    // the newest, oldest first. Opens the key's store (which may ask for its secret).
    Result<QList<keystore::KeyVersionInfo>> retireCandidates(const QString &workspace, model::Feature feature);
    // Each retire gate for `version` of the key assigned to the feature, open or closed.
    Result<RetireCheck> retireGates(const QString &workspace, model::Feature feature, const QString &version,
                                    qint64 holdSeconds);

private:
    // The feature's assignment; FeatureHasNoKey when it has none.
    Result<catalog::Assignment> assignmentOf(const QString &workspace, model::Feature feature);
    Status addSteps(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                    const QList<catalog::Assignment> &assignments, RotationPreview &preview);

    Context &m_context;
};

} // namespace keyward::services
