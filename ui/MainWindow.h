// MainWindow: the console's top-level window: the workspace's coverage matrix, its controls and legend.
#pragma once

#include "model/Workspace.h"

#include <QMainWindow>

class QAction;
class QLabel;

namespace keyward::ui {

class LegendWidget;
class MatrixModel;
class MatrixView;
class WorkspacePanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens on the demo workspace.
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const model::Workspace &workspace, QWidget *parent = nullptr);

    void setWorkspace(const model::Workspace &workspace);
    const model::Workspace &workspace() const;
    MatrixModel *matrixModel() const { return m_model; }

private:
    void createActions();
    void createCentralWidget();
    void onWorkspaceEdited();
    void refreshTexts();
    void showAbout();
    void resetWorkspace();

    model::Workspace m_initial; // what Reset goes back to
    MatrixModel *m_model = nullptr;
    MatrixView *m_view = nullptr;
    WorkspacePanel *m_panel = nullptr;
    LegendWidget *m_legend = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_reset = nullptr;
};

} // namespace keyward::ui
