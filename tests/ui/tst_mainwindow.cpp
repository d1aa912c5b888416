// tst_mainwindow: the console window: widgets present by name, plan and option controls drive the matrix live.
#include "CoverageDelegate.h"
#include "LegendWidget.h"
#include "MainWindow.h"
#include "MatrixModel.h"
#include "MatrixView.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>

using namespace keyward;
using namespace keyward::model;
using keyward::ui::MainWindow;
using keyward::ui::MatrixModel;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Clicks on the indicator, where a real user aims; the label's centre may lie outside the click area.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

int coverageOf(const MatrixModel *model, const char *id)
{
    const int row = model->rowOfDataType(QString::fromLatin1(id));
    for (int c = MatrixModel::ManagedServicesColumn; c < MatrixModel::ColumnCount; ++c) {
        const QVariant v = model->index(row, c).data(MatrixModel::CoverageRole);
        if (v.isValid())
            return v.toInt();
    }
    return -1;
}

bool noteOf(const MatrixModel *model, const char *id, int role)
{
    const int row = model->rowOfDataType(QString::fromLatin1(id));
    for (int c = MatrixModel::ManagedServicesColumn; c < MatrixModel::ColumnCount; ++c) {
        if (model->index(row, c).data(MatrixModel::CoverageRole).isValid())
            return model->index(row, c).data(role).toBool();
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensOnSampleMatrix();
    void layoutFits();
    void planSwitch();
    void notebookResultsOption();
    void doubleEncryptionOption();
    void rotateToLatestOption();
    void reset();
    void about();
    void quit();

private:
    MainWindow *m_window = nullptr;
    MatrixModel *m_model = nullptr;
};

void TestMainWindow::init()
{
    Workspace ws = Workspace::sample();
    // Key managed disks too, so rotate-to-latest has something to act on.
    QVERIFY(ws.assignKey(Feature::ManagedDisks, QStringLiteral("https://kv.example/keys/disks/5")).ok());
    m_window = new MainWindow(ws);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_model = child<MatrixModel>(m_window, "matrixModel");
    QVERIFY(m_model);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_model = nullptr;
}

void TestMainWindow::opensOnSampleMatrix()
{
    MainWindow plain; // default constructor: the demo workspace
    QCOMPARE(plain.workspace(), Workspace::sample());

    auto *view = child<ui::MatrixView>(m_window, "matrixView");
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY(!view->accessibleName().isEmpty()); // a screen reader names the table
    QCOMPARE(view->model(), m_model);
    QCOMPARE(m_model->rowCount(), 22);
    // Location headings span the whole row.
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(view->columnSpan(r, 0), m_model->isHeadingRow(r) ? int(MatrixModel::ColumnCount) : 1);

    auto *legend = child<ui::LegendWidget>(m_window, "matrixLegend");
    QVERIFY(legend);
    QVERIFY(legend->isVisible());
    QCOMPARE(legend->entryCount(), 7);
    for (const char *id : {"legend_customer-key", "legend_no-key-assigned", "legend_platform-key-only",
                           "legend_not-available-on-standard", "legend_moved-by-option", "legend_double-encryption",
                           "legend_rotate-to-latest"}) {
        auto *label = child<QLabel>(legend, id);
        QVERIFY2(label && label->isVisible() && !label->text().isEmpty(), id);
    }

    for (const char *name : {"planStandardRadio", "planPremiumRadio"})
        QVERIFY2(child<QRadioButton>(m_window, name), name);
    for (const char *name : {"optionNotebookResults", "optionDoubleEncryption", "optionRotateToLatest"}) {
        auto *box = child<QCheckBox>(m_window, name);
        QVERIFY2(box && box->isVisible() && !box->isChecked(), name);
    }
    QVERIFY(child<QRadioButton>(m_window, "planPremiumRadio")->isChecked());
    QVERIFY(child<QAction>(m_window, "actionQuit"));
    QVERIFY(child<QAction>(m_window, "actionAbout"));

    auto *summary = child<QLabel>(m_window, "statusSummary");
    QVERIFY(summary);
    QVERIFY(m_window->statusBar()->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("18 data types  \u00B7  Customer key: 16  \u00B7  Platform key only: 2"));
    QVERIFY(child<QLabel>(m_window, "workspaceName")->text().contains(QLatin1String("contoso")));
    QVERIFY(m_window->windowTitle().contains(QLatin1String("contoso-analytics-prod")));
    QVERIFY(!m_window->grab().isNull());
}

// A careful look, made checkable: at the default size nothing is truncated and nothing scrolls.
void TestMainWindow::layoutFits()
{
    auto *view = child<ui::MatrixView>(m_window, "matrixView");
    QVERIFY(view);
    // The offscreen screen is 800x600, so the window opened small; give it its size on a 1400x900 desktop.
    m_window->resize(1380, 880);
    QTRY_COMPARE(m_window->size(), QSize(1380, 880));
    QTRY_VERIFY(view->viewport()->width() > 1200);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    // The location column repeats the group headings: hidden, and said with the name to a screen reader instead.
    QVERIFY(view->isColumnHidden(MatrixModel::LocationColumn));
    const QModelIndex jobs = m_model->index(m_model->rowOfDataType(QStringLiteral("job-results")), 0);
    QVERIFY(jobs.data(Qt::AccessibleTextRole).toString().contains(locationDisplayName(Location::WorkspaceRootStorage)));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->isHeadingRow(r))
            continue;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                continue;
            // Names whole; in coverage cells the badge and notes whole (the key after them may be shortened).
            const QModelIndex i = m_model->index(r, c);
            const int needed = c < MatrixModel::ManagedServicesColumn
                                   ? view->itemDelegate()->sizeHint(option, i).width()
                                   : ui::CoverageDelegate::minimumWidth(option, i);
            QVERIFY(needed <= view->minimumColumnWidth(c));
            QVERIFY2(
                view->columnWidth(c) >= needed,
                qPrintable(
                    QStringLiteral("row %1 column %2: %3 < %4").arg(r).arg(c).arg(view->columnWidth(c)).arg(needed)));
        }
    }
    int total = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        total += view->columnWidth(c);
    QVERIFY(total <= view->viewport()->width());
    // Scroll bars are shown or hidden after a deferred layout pass.
    QTRY_VERIFY(!view->verticalScrollBar()->isVisible());
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
    // The feature columns share the width equally, so the matrix reads as a grid; the platform-only column, which
    // never shows a key, takes what its badge needs.
    for (int c = MatrixModel::DbfsRootColumn; c < MatrixModel::PlatformOnlyColumn; ++c)
        QCOMPARE(view->columnWidth(c), view->columnWidth(MatrixModel::ManagedServicesColumn));
    QCOMPARE(view->columnWidth(MatrixModel::PlatformOnlyColumn),
             view->minimumColumnWidth(MatrixModel::PlatformOnlyColumn));
    // After the badge, the key in effect has room for a readable part of its name and version (all of it in the
    // tooltip).
    const QModelIndex keyed =
        m_model->index(m_model->rowOfDataType(QStringLiteral("notebook-source")), MatrixModel::ManagedServicesColumn);
    QVERIFY(view->columnWidth(MatrixModel::ManagedServicesColumn) - ui::CoverageDelegate::minimumWidth(option, keyed) >=
            view->fontMetrics().averageCharWidth() * 8);
}

void TestMainWindow::planSwitch()
{
    auto *standard = child<QRadioButton>(m_window, "planStandardRadio");
    auto *premium = child<QRadioButton>(m_window, "planPremiumRadio");
    auto *summary = child<QLabel>(m_window, "statusSummary");
    auto *refusal = child<QLabel>(m_window, "settingsRefusal");
    QVERIFY(standard && premium && summary && refusal);
    QVERIFY(!refusal->isVisible());

    // Keys are assigned: Standard is refused, as the services refuse it, and the panel says why, right under it.
    clickButton(standard);
    QVERIFY(premium->isChecked());
    QCOMPARE(m_model->workspace().plan(), Plan::Premium);
    QVERIFY(refusal->isVisible());
    QVERIFY(!refusal->text().isEmpty());
    QCOMPARE(refusal->parentWidget(), standard->parentWidget());
    QVERIFY(refusal->geometry().top() >= standard->geometry().bottom());

    // Without keys the plan changes, and the matrix with it.
    Workspace keyless(QStringLiteral("plain"), Plan::Premium);
    m_window->setWorkspace(keyless);
    QVERIFY(!refusal->isVisible());
    clickButton(standard);
    QVERIFY(standard->isChecked());
    QVERIFY(!refusal->isVisible());
    QCOMPARE(m_model->workspace().plan(), Plan::Standard);
    QCOMPARE(coverageOf(m_model, "notebook-source"), int(Coverage::NotAvailableOnStandard));
    QCOMPARE(coverageOf(m_model, "job-results"), int(Coverage::NotAvailableOnStandard));
    QCOMPARE(coverageOf(m_model, "classic-compute-disks"), int(Coverage::NotAvailableOnStandard));
    QCOMPARE(coverageOf(m_model, "serverless-disks"), int(Coverage::PlatformKeyOnly));
    QVERIFY(summary->text().contains(QLatin1String("Needs Premium: 16")));
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("matrixSubtitle"))->text().contains(QLatin1String("Standard")));

    clickButton(premium);
    QCOMPARE(m_model->workspace().plan(), Plan::Premium);
    QCOMPARE(coverageOf(m_model, "notebook-source"), int(Coverage::NoKeyAssigned));
}

void TestMainWindow::notebookResultsOption()
{
    auto *box = child<QCheckBox>(m_window, "optionNotebookResults");
    QVERIFY(box);
    QCOMPARE(coverageOf(m_model, "notebook-results-control-plane"), int(Coverage::CustomerKey));
    clickButton(box);
    QVERIFY(box->isChecked());
    QVERIFY(m_model->workspace().options().notebookResultsInCustomerStorage);
    QCOMPARE(coverageOf(m_model, "notebook-results-control-plane"), int(Coverage::MovedByOption));
    QCOMPARE(coverageOf(m_model, "notebook-results-root-storage"), int(Coverage::CustomerKey));
    QVERIFY(child<QLabel>(m_window, "statusSummary")->text().contains(QLatin1String("Moved: 1")));
    clickButton(box);
    QCOMPARE(coverageOf(m_model, "notebook-results-control-plane"), int(Coverage::CustomerKey));
}

void TestMainWindow::doubleEncryptionOption()
{
    auto *box = child<QCheckBox>(m_window, "optionDoubleEncryption");
    auto *refusal = child<QLabel>(m_window, "settingsRefusal");
    QVERIFY(box && refusal);
    QVERIFY(!noteOf(m_model, "job-results", MatrixModel::DoubleEncryptedRole));
    // Chosen when a workspace is created: neither the mouse nor the keyboard changes it afterwards.
    clickButton(box);
    QVERIFY(!box->isChecked());
    QVERIFY(!m_model->workspace().options().dbfsDoubleEncryption);
    QVERIFY(refusal->isVisible());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!box->isChecked());
    QVERIFY(!noteOf(m_model, "job-results", MatrixModel::DoubleEncryptedRole));

    // A workspace made with it shows which data is sealed twice.
    Workspace twice = Workspace::sample();
    twice.setOption(WorkspaceOption::DbfsDoubleEncryption, true);
    m_window->setWorkspace(twice);
    QVERIFY(!refusal->isVisible());
    QVERIFY(box->isChecked());
    QVERIFY(noteOf(m_model, "job-results", MatrixModel::DoubleEncryptedRole));
    QVERIFY(noteOf(m_model, "model-serving-artifacts", MatrixModel::DoubleEncryptedRole));
    QVERIFY(!noteOf(m_model, "notebook-source", MatrixModel::DoubleEncryptedRole));
}

void TestMainWindow::rotateToLatestOption()
{
    auto *box = child<QCheckBox>(m_window, "optionRotateToLatest");
    auto *refusal = child<QLabel>(m_window, "settingsRefusal");
    QVERIFY(box && refusal);
    QVERIFY(!noteOf(m_model, "classic-compute-disks", MatrixModel::RotatesToLatestRole));
    // The disk key is pinned to a version: following the newest needs the key assigned again.
    clickButton(box);
    QVERIFY(!box->isChecked());
    QVERIFY(refusal->isVisible());
    QVERIFY(!m_model->workspace().options().managedDiskRotateToLatest);

    // With no disk key the option is free to change, and a key assigned then follows the newest version.
    Workspace noDisks = Workspace::sample();
    m_window->setWorkspace(noDisks);
    clickButton(box);
    QVERIFY(box->isChecked());
    QVERIFY(!refusal->isVisible());
    QVERIFY(m_model->workspace().options().managedDiskRotateToLatest);
    Workspace following = m_model->workspace();
    QVERIFY(following.assignKey(Feature::ManagedDisks, QStringLiteral("https://kv.example/keys/disks")).ok());
    m_window->setWorkspace(following);
    QVERIFY(noteOf(m_model, "classic-compute-disks", MatrixModel::RotatesToLatestRole));
    QVERIFY(!noteOf(m_model, "serverless-disks", MatrixModel::RotatesToLatestRole));
}

void TestMainWindow::reset()
{
    const Workspace initial = m_window->workspace();
    clickButton(child<QCheckBox>(m_window, "optionNotebookResults"));
    QVERIFY(m_window->workspace() != initial);
    auto *action = child<QAction>(m_window, "actionReset");
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_window->workspace(), initial);
    // The controls follow the workspace back.
    QVERIFY(child<QRadioButton>(m_window, "planPremiumRadio")->isChecked());
    QVERIFY(!child<QCheckBox>(m_window, "optionNotebookResults")->isChecked());
}

void TestMainWindow::about()
{
    child<QAction>(m_window, "actionAbout")->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) && box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("Keyward")));
    box->close();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
}

void TestMainWindow::quit()
{
    QVERIFY(m_window->isVisible());
    child<QAction>(m_window, "actionQuit")->trigger();
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
