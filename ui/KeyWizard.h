// KeyWizard: creates a key (or picks an existing one) in a key store and assigns it to a workspace's features,
// after the pre-flight check list; then offers to encrypt the workspace at once.
//
// Nothing is changed before Apply. A new key is made only on Apply, because a key store with purge protection
// keeps even a deleted key's name for its whole retention period: a key made on "Next" and abandoned by Cancel
// would block that name for weeks. So, for a new key, the check list runs the workspace and store checks for real
// and judges the version the key will make (enabled, its dates, operations, type) with the same rules; the two
// checks that need the key itself (key found, and the wrap and unwrap round trip through the store) are shown as
// not yet run, and Apply runs the whole list again on the key it made before anything is assigned. For an
// existing key the whole list runs on the page. The checks run on the window's thread, briefly: a local vault
// answers in milliseconds, and a store that prompts for its passphrase or PIN must prompt on this thread.
#pragma once

#include "keystore/KeyStore.h"
#include "model/Feature.h"
#include "services/AssignmentService.h"
#include "services/Context.h"
#include "services/KeyService.h"

#include <QWizard>

#include <optional>

namespace keyward::ui {

// What the pages have chosen: the plain value the wizard turns into service calls.
struct KeyWizardPlan
{
    QString workspace;
    QList<model::Feature> features;
    QString store;
    bool newKey = true;
    keystore::CreateKeyRequest key; // new key: name, kind, size, expiry
    services::RotationPresetId preset = services::DefaultRotationPreset;
    QString existingKey; // existing key: its name (its newest version is assigned)

    QString keyName() const { return newKey ? key.name : existingKey; }
    std::optional<keystore::RotationPolicy> policy() const { return services::rotationPreset(preset).policy(); }
    services::AssignRequest assignRequest(model::Feature feature) const;
};

// What Apply did.
struct KeyWizardOutcome
{
    bool applied = false;
    std::optional<services::KeyCreated> created;
    QList<services::AssignResult> assigned;
    QList<QPair<model::Feature, Error>> failed; // features not assigned, and why
};

class KeyWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WorkspacePageId,
        StorePageId,
        KeyParametersPageId,
        PreflightPageId,
        SummaryPageId,
        ResultPageId,
    };
    enum class Start
    {
        NewKey,      // "Create key..."
        ExistingKey, // "Assign key...": the store page opens on the existing keys
    };

    // `workspace`: the one to preselect (the console's selected workspace), if any.
    KeyWizard(services::Context &context, QWidget *parent = nullptr, const QString &workspace = {},
              Start start = Start::NewKey);

    services::Context &context() const { return m_context; }
    KeyWizardPlan &plan() { return m_plan; }
    const KeyWizardPlan &plan() const { return m_plan; }
    const KeyWizardOutcome &outcome() const { return m_outcome; }
    Start start() const { return m_start; }

    // Whether the admin asked, on the last page, to encrypt the workspace now (the window runs the job).
    bool encryptRequested() const;

    // Makes the key if it is new, then assigns it to each feature (each assignment runs the whole check list
    // again). False, with the reason in `error`, when nothing was changed; true once anything was.
    bool apply(Error *error);

signals:
    // Apply changed keys or assignments: the window reads the catalog again.
    void changed();

private:
    services::Context &m_context;
    Start m_start;
    KeyWizardPlan m_plan;
    KeyWizardOutcome m_outcome;
};

} // namespace keyward::ui
