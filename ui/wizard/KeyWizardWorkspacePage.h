// KeyWizardWorkspacePage: step 1 of the key wizard: the workspace and the features its key will protect.
#pragma once

#include "model/Feature.h"
#include "services/WorkspaceService.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace keyward::ui {

class KeyWizard;

class KeyWizardWorkspacePage : public QWizardPage
{
    Q_OBJECT
public:
    KeyWizardWorkspacePage(KeyWizard *wizard, const QString &workspace);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void onWorkspaceChanged();
    const services::WorkspaceDetails *current() const;

    KeyWizard *m_wizard;
    QString m_preselected;
    QList<services::WorkspaceDetails> m_workspaces;
    QComboBox *m_workspace = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_problem = nullptr;
    QMap<model::Feature, QCheckBox *> m_features;
    QMap<model::Feature, QLabel *> m_now; // the key each feature has now
};

} // namespace keyward::ui
