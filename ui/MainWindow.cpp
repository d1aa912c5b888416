// MainWindow: wires the workspace panel, the matrix model and view, the legend, menus and status bar.
#include "MainWindow.h"

#include "CoverageStyle.h"
#include "LegendWidget.h"
#include "MatrixModel.h"
#include "MatrixView.h"
#include "WorkspacePanel.h"
#include "model/MatrixRules.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

namespace keyward::ui {

using namespace keyward::model;

MainWindow::MainWindow(QWidget *parent) : MainWindow(Workspace::sample(), parent) {}

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_initial(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(CoverageStyle::appIcon());
    m_model = new MatrixModel(this);
    m_model->setObjectName(QStringLiteral("matrixModel"));
    createActions();
    createCentralWidget();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_summary, 1);

    setWorkspace(workspace);
    // Large enough to show the whole matrix without scrolling, but never larger than the screen.
    QSize size(1380, 880);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize());
    resize(size);
}

void MainWindow::createActions()
{
    m_quit = new QAction(CoverageStyle::actionIcon(QStringLiteral("quit")), tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setStatusTip(tr("Close the console"));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_reset = new QAction(CoverageStyle::actionIcon(QStringLiteral("reset")), tr("&Reset"), this);
    m_reset->setObjectName(QStringLiteral("actionReset"));
    m_reset->setToolTip(tr("Go back to the workspace's own plan and options"));
    connect(m_reset, &QAction::triggered, this, &MainWindow::resetWorkspace);

    m_about = new QAction(CoverageStyle::actionIcon(QStringLiteral("about")), tr("&About Keyward"), this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quit);
    QMenu *view = menuBar()->addMenu(tr("&Workspace"));
    view->addAction(m_reset);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);

    m_panel = new WorkspacePanel(central);
    connect(m_panel, &WorkspacePanel::workspaceEdited, this, &MainWindow::onWorkspaceEdited);
    layout->addWidget(m_panel);

    // Title and one line of guidance on a single row, to leave the height to the matrix.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("matrixTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(central);
    m_subtitle->setObjectName(QStringLiteral("matrixSubtitle"));
    QPalette p = m_subtitle->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    m_subtitle->setPalette(p);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_subtitle, 1, Qt::AlignBottom);
    layout->addLayout(titleRow);

    m_view = new MatrixView(central);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    m_legend = new LegendWidget(central);
    layout->addWidget(m_legend);
    setCentralWidget(central);
}

void MainWindow::setWorkspace(const Workspace &workspace)
{
    m_panel->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    refreshTexts();
}

const Workspace &MainWindow::workspace() const
{
    return m_model->workspace();
}

void MainWindow::onWorkspaceEdited()
{
    m_model->setWorkspace(m_panel->workspace());
    refreshTexts();
}

void MainWindow::resetWorkspace()
{
    setWorkspace(m_initial);
}

void MainWindow::refreshTexts()
{
    const Workspace &ws = m_model->workspace();
    setWindowTitle(tr("%1 - Keyward").arg(ws.name()));
    m_title->setText(tr("Encryption coverage"));
    const QString where = ws.region().isEmpty() ? planDisplayName(ws.plan())
                                                : tr("%1 plan, %2").arg(planDisplayName(ws.plan()), ws.region());
    m_subtitle->setText(
        tr("Which key protects each type of data in %1 (%2). Hover a cell for the reason.").arg(ws.name(), where));

    // "Label: count" pairs with the badges' own names avoid plural forms in untranslated English.
    const QList<MatrixCell> &cells = m_model->cells();
    const QMap<Coverage, int> counts = countByCoverage(cells);
    QStringList parts;
    parts << tr("%1 data types").arg(cells.size());
    for (Coverage c : allCoverages()) {
        if (const int n = counts.value(c))
            parts << tr("%1: %2").arg(coverageDisplayName(c)).arg(n);
    }
    m_summary->setText(parts.join(QStringLiteral("  \u00B7  ")));
}

void MainWindow::showAbout()
{
    // Non-blocking, so tests (and scripted screenshots) can find it and close it.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Keyward"));
    box->setIconPixmap(CoverageStyle::appIcon().pixmap(QSize(64, 64)));
    box->setTextFormat(Qt::RichText);
    QString version = QCoreApplication::applicationVersion();
    box->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
            .arg(version.isEmpty() ? tr("Keyward") : tr("Keyward %1").arg(version).toHtmlEscaped(),
                 tr("A console for customer-managed encryption keys of data platform workspaces.").toHtmlEscaped(),
                 tr("See which key protects each type of data, set keys up, rotate them and prove it.")
                     .toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace keyward::ui
