// HistoryView: the History view of the console: filters (workspace, by default the one selected; key; feature;
// period), the state of the hash chain (intact, or the first broken entry named, with a way to show it), the
// timeline of rotations per key, and the rotation history as a table, all following the filters.
#pragma once

#include "services/Context.h"
#include "services/HistoryService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace keyward::ui {

class HistoryFilterProxy;
class HistoryModel;
class RotationTimeline;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(services::Context &context, QWidget *parent = nullptr);
    // The workspace selected in the console: the workspace filter shows it (All workspaces stays a choice).
    void setWorkspace(const QString &workspace);
    void reload();
    services::HistoryFilter filter() const;
    // Clears the filters and selects the entry where the chain breaks; false when it is intact or the entry is
    // gone.
    bool showBrokenEntry();

private:
    void rebuildWorkspaces();
    void rebuildKeys();
    void applyFilter();
    void showChainState(const catalog::HistoryCheck &check);

    services::Context &m_context;
    QString m_workspace;
    QComboBox *m_workspaceFilter = nullptr;
    QComboBox *m_keyFilter = nullptr;
    QComboBox *m_featureFilter = nullptr;
    QComboBox *m_periodFilter = nullptr;
    QLabel *m_chainIcon = nullptr;
    QLabel *m_chainState = nullptr;
    QPushButton *m_showBroken = nullptr;
    QLabel *m_count = nullptr;
    HistoryModel *m_history = nullptr;
    HistoryFilterProxy *m_proxy = nullptr;
    RotationTimeline *m_timeline = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace keyward::ui
