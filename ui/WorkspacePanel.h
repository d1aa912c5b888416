// WorkspacePanel: the controls beside the matrix: which workspace, its plan, its options and its keys.
#pragma once

#include "model/Workspace.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace keyward::ui {

class WorkspacePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspacePanel(QWidget *parent = nullptr);

    // Shows the workspace without emitting workspaceEdited().
    void setWorkspace(const model::Workspace &workspace);
    const model::Workspace &workspace() const { return m_workspace; }

signals:
    // The user changed the plan or an option and the change was allowed; workspace() holds the new value.
    void workspaceEdited();

private:
    void onPlanToggled();
    void onOptionToggled(model::WorkspaceOption option, bool on);
    // Applies a change when the workspace rules allow it; otherwise shows why and keeps the controls as they were.
    void apply(const model::Workspace &next);
    void showRefusal(const QString &text);
    void refresh();

    model::Workspace m_workspace;
    model::Workspace m_created; // as given to setWorkspace(): what creation-time options were
    bool m_updating = false;    // set while refresh() writes the controls, so they do not echo back
    QLabel *m_name = nullptr;
    QLabel *m_region = nullptr;
    QRadioButton *m_standard = nullptr;
    QRadioButton *m_premium = nullptr;
    QLabel *m_planNote = nullptr;
    QLabel *m_refusal = nullptr;
    QMap<model::WorkspaceOption, QCheckBox *> m_options;
    QMap<model::Feature, QLabel *> m_keys;
};

} // namespace keyward::ui
