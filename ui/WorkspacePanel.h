// WorkspacePanel: the controls beside the matrix: which workspace, its plan, its options and its keys.
#pragma once

#include "model/Workspace.h"
#include "util/Result.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

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

    // Makes a change real (the console: through the services). Without a handler the panel applies the settings
    // rules itself (the what-if viewer). Either way a refused change is shown, with its reason, next to the
    // control that asked for it, and the controls go back to what the workspace is.
    using ChangeHandler = std::function<Status(const model::Workspace &next)>;
    void setChangeHandler(ChangeHandler handler) { m_handler = std::move(handler); }
    // The last refusal, while it is shown.
    const std::optional<Error> &refusal() const { return m_lastRefusal; }
    // The control the shown refusal is next to; nullptr when none is shown.
    QWidget *refusedControl() const { return m_refusedControl; }

signals:
    // The user changed the plan or an option and the change was allowed; workspace() holds the new value.
    void workspaceEdited();

private:
    void onPlanToggled();
    void onOptionToggled(model::WorkspaceOption option, bool on);
    // Applies a change when the workspace rules (or the handler) allow it; otherwise shows why next to `control`
    // and keeps the controls as they were.
    void apply(const model::Workspace &next, QWidget *control);
    void showRefusal(QWidget *control, const Error &error);
    void clearRefusal();
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
    ChangeHandler m_handler;
    std::optional<Error> m_lastRefusal;
    QWidget *m_refusedControl = nullptr;
};

} // namespace keyward::ui
