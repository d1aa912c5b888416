// TestJobsView: the console's Jobs view over the demo workspace (small), offscreen: the running job's panel
// (progress, speed, time left) paused and cancelled from its buttons and listed as cancelled, a job whose process
// died resumed in one click from the window, the findings of a past job on selection and streaming in while a
// job runs, their CSV export through the file dialog, and one finding opened down to its object and segment.
#include "FindingDialog.h"
#include "FindingsModel.h"
#include "JobProgressPanel.h"
#include "JobsModel.h"
#include "JobsView.h"
#include "MainWindow.h"
#include "demo/DemoService.h"
#include "jobs/EncryptJob.h"
#include "jobs/VerifyJob.h"
#include "model/Feature.h"
#include "services/FindingsExport.h"
#include "services/JobText.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace keyward;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

const QString Workspace = QStringLiteral("demo");

// Puts `path` in the file dialog's name field, as a person pastes it there.
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    QCOMPARE(dialog->selectedFiles(), QStringList{path});
}

} // namespace

// Stands in for the desktop's file manager: remembers what it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestJobsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void progressPauseAndCancel();
    void interruptedJobResumesInOneClick();
    void findingsOfPastJobsAndExport();
    void findingOpensDownToObjectAndSegment();
    void hostileNamesShowEscaped();

private:
    QString notebooks() const { return m_dir.filePath(QStringLiteral("workspaces/demo/control-plane/notebooks")); }
    QString relative(const QString &file) const
    {
        return QDir(m_dir.filePath(QStringLiteral("workspaces/demo"))).relativeFilePath(file);
    }
    // `count` small plaintext notebooks named `prefix`-N.py, for a job to work on.
    void addPlaintext(const QString &prefix, int count);
    std::unique_ptr<jobs::Job> job(jobs::JobKind kind);
    // Runs `kind` through `runner` and returns its report.
    jobs::JobReport run(jobs::JobRunner &runner, jobs::JobKind kind);

    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;
    std::unique_ptr<services::Context> m_context;
};

void TestJobsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The file dialog keeps its history in the user's settings: this run's stay in its own folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    m_context = std::make_unique<services::Context>(m_dir.path(), m_secrets, nullptr);
    services::DemoRequest small;
    small.objects = 40;
    small.sizeMiB = 1;
    auto demo = services::DemoService(*m_context).run(small);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().detail));
    QVERIFY(demo->clean());
}

void TestJobsView::cleanupTestCase()
{
    m_context.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void TestJobsView::addPlaintext(const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i)
        test::writeFile(notebooks() + QStringLiteral("/%1-%2.py").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                        QByteArray("print('cell ") + QByteArray::number(i) + "')\n" + QByteArray(2000, '#'));
}

std::unique_ptr<jobs::Job> TestJobsView::job(jobs::JobKind kind)
{
    // One object per batch on one thread: many small steps, so a pause lands in the middle of the job.
    jobs::JobSettings settings;
    settings.catalogPath = m_context->catalogPath();
    settings.workspace = Workspace;
    settings.threads = 1;
    settings.batchSize = 1;
    settings.maxBatchSize = 1;
    if (kind == jobs::JobKind::Verify)
        return std::make_unique<jobs::VerifyJob>(settings, m_context->stores(), 0, m_context->clock());
    return std::make_unique<jobs::EncryptJob>(settings, m_context->stores(), m_context->clock());
}

jobs::JobReport TestJobsView::run(jobs::JobRunner &runner, jobs::JobKind kind)
{
    QSignalSpy finished(&runner, &jobs::JobRunner::finished);
    if (!runner.start(job(kind)).ok() || !finished.wait(60000))
        return {};
    return finished.first().first().value<jobs::JobReport>();
}

void TestJobsView::progressPauseAndCancel()
{
    addPlaintext(QStringLiteral("bulk"), 80);
    jobs::JobRunner runner;
    ui::JobsView view(*m_context, &runner);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(Workspace);
    auto *jobsModel = child<ui::JobsModel>(&view, "jobsModel");
    auto *findings = child<ui::FindingsModel>(&view, "findingsModel");
    auto *panel = child<ui::JobProgressPanel>(&view, "runningJobPanel");
    auto *bar = child<QProgressBar>(&view, "runningJobProgress");
    auto *counts = child<QLabel>(&view, "runningJobCounts");
    auto *pause = child<QPushButton>(&view, "pauseJobButton");
    auto *cancel = child<QPushButton>(&view, "cancelJobButton");
    QVERIFY(jobsModel && findings && panel && bar && counts && pause && cancel);
    QAbstractItemModelTester jobsTester(jobsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (QWidget *w : std::initializer_list<QWidget *>{bar, pause, cancel, child<QTableView>(&view, "jobsTable"),
                                                       child<QTableView>(&view, "findingsTable")})
        QVERIFY(!w->accessibleName().isEmpty());
    QVERIFY(!pause->isEnabled() && !cancel->isEnabled()); // nothing runs
    const int jobsBefore = jobsModel->rowCount();

    // Paused from its button once it is under way: the speed and time left were shown by then.
    QString rateSeen;
    QString leftSeen;
    qint64 pausedAt = -1;
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    connect(&runner, &jobs::JobRunner::progress, this, [&](qint64 done, qint64 total, qint64) {
        lastDone = done;
        lastTotal = total;
        if (done > 0 && done < total && pausedAt < 0) {
            pausedAt = done;
            rateSeen = panel->rateText();
            leftSeen = panel->timeLeftText();
            QTest::mouseClick(pause, Qt::LeftButton);
        }
    });
    QSignalSpy finished(&runner, &jobs::JobRunner::finished);
    QVERIFY(runner.start(job(jobs::JobKind::Encrypt)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(runner.future().isSuspended(), 30000);
    QVERIFY(!rateSeen.isEmpty());
    QVERIFY(!leftSeen.isEmpty());
    QVERIFY(bar->value() > 0 && bar->value() < 1000);
    QVERIFY(!counts->text().isEmpty());
    QVERIFY(cancel->isEnabled());
    // The running job is at the top of the table and its findings are the ones shown.
    QCOMPARE(jobsModel->rowCount(), jobsBefore + 1);
    const services::JobListing running = jobsModel->listings().first();
    QCOMPARE(running.record.state, catalog::JobState::Running);
    QVERIFY(!running.resumable); // this process runs it
    QCOMPARE(view.shownJob(), running.record.id);
    QVERIFY(child<QFrame>(&view, "resumeBanner")->isHidden());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const auto cancelled = finished.first().first().value<jobs::JobReport>();
    QCOMPARE(cancelled.state, catalog::JobState::Cancelled);
    QCOMPARE(cancelled.jobId, running.record.id);
    // Stopped midway: what was done before the pause stays done, the rest is left for the next run.
    QVERIFY(lastDone >= pausedAt);
    QVERIFY2(lastDone < lastTotal, "the cancel came after the job had finished");
    QVERIFY(cancelled.processed < 80);
    // Listed as cancelled, by word and icon; the panel's buttons are off again.
    const QModelIndex state = jobsModel->index(jobsModel->rowOf(cancelled.jobId), ui::JobsModel::StateColumn);
    QCOMPARE(state.data().toString(), services::JobText::stateName(catalog::JobState::Cancelled));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!state.data(ui::JobsModel::ResumableRole).toBool());
    QVERIFY(!pause->isEnabled() && !cancel->isEnabled());
    QVERIFY(panel->rateText().isEmpty());

    // The next encrypt carries on: only what the cancelled one left is sealed (a cancel is not a crash).
    const jobs::JobReport rest = run(runner, jobs::JobKind::Encrypt);
    QCOMPARE(rest.state, catalog::JobState::Done);
    QVERIFY(!rest.resumedFrom);
    QCOMPARE(rest.processed + cancelled.processed, qint64(80));
    QCOMPARE(jobsModel->listings().first().record.id, rest.jobId);
    QCOMPARE(jobsModel->index(0, ui::JobsModel::ProgressColumn).data(ui::JobsModel::ProgressRole).toDouble(), 1.0);
}

void TestJobsView::interruptedJobResumesInOneClick()
{
    addPlaintext(QStringLiteral("resume"), 10);
    // As a process killed mid-job leaves it: a row still running, and no process holding the workspace.
    auto catalog = m_context->catalog();
    QVERIFY(catalog.ok());
    auto ws = m_context->workspace(Workspace);
    QVERIFY(ws.ok());
    catalog::JobRecord dead;
    dead.kind = QStringLiteral("encrypt");
    dead.workspaceId = ws->id;
    dead.started = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto deadId = (*catalog)->createJob(dead);
    QVERIFY(deadId.ok());

    ui::MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectWorkspace(Workspace));
    QVERIFY(window.showView(QStringLiteral("jobs")));
    auto *view = child<ui::JobsView>(&window, "jobsPage");
    auto *jobsModel = child<ui::JobsModel>(&window, "jobsModel");
    auto *banner = child<QFrame>(&window, "resumeBanner");
    auto *resume = child<QPushButton>(&window, "resumeJobButton");
    QVERIFY(view && jobsModel && banner && resume);
    QAbstractItemModelTester tester(jobsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->resumableJob(), *deadId);
    const QModelIndex state = jobsModel->index(jobsModel->rowOf(*deadId), ui::JobsModel::StateColumn);
    QCOMPARE(state.data().toString(), services::JobText::resumable());
    QVERIFY(state.data(ui::JobsModel::ResumableRole).toBool());
    QVERIFY(banner->isVisible());
    QVERIFY(resume->isVisible() && resume->isEnabled());
    QVERIFY(!resume->accessibleName().isEmpty());

    auto *runner = child<jobs::JobRunner>(&window, "jobRunner");
    QSignalSpy finished(runner, &jobs::JobRunner::finished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!resume->isEnabled()); // one job at a time
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Encrypt);
    QCOMPARE(report.state, catalog::JobState::Done);
    QCOMPARE(report.resumedFrom, std::optional<qint64>(*deadId));
    QCOMPARE(report.processed, qint64(10));
    // The dead job is now what it was: interrupted, carried on by the new one; nothing is left to resume.
    QTRY_COMPARE(view->resumableJob(), qint64(0));
    QVERIFY(banner->isHidden());
    const services::JobListing &old = jobsModel->listings().at(jobsModel->rowOf(*deadId));
    QCOMPARE(old.record.state, catalog::JobState::Interrupted);
    QVERIFY(!old.resumable);
    QCOMPARE(jobsModel->listings().first().record.id, report.jobId);
}

void TestJobsView::findingsOfPastJobsAndExport()
{
    jobs::JobRunner runner;
    ui::JobsView view(*m_context, &runner);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(Workspace);
    auto *jobsModel = child<ui::JobsModel>(&view, "jobsModel");
    auto *findings = child<ui::FindingsModel>(&view, "findingsModel");
    auto *jobsTable = child<QTableView>(&view, "jobsTable");
    auto *exportButton = child<QPushButton>(&view, "exportFindingsButton");
    QVERIFY(jobsModel && findings && jobsTable && exportButton);
    QAbstractItemModelTester jobsTester(jobsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A verify that finds a notebook in the clear: its finding streams into the table while it runs.
    const QString stray = notebooks() + QStringLiteral("/stray.py");
    test::writeFile(stray, "print('left in the clear')\n");
    QSignalSpy inserted(findings, &QAbstractItemModel::rowsInserted);
    const jobs::JobReport found = run(runner, jobs::JobKind::Verify);
    QCOMPARE(found.state, catalog::JobState::Done);
    QCOMPARE(found.findings.size(), 1);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(view.shownJob(), found.jobId);
    QCOMPARE(findings->rowCount(), 1);
    QVERIFY(QFile::remove(stray));

    // A clean verify after it: the newest job is shown, with nothing to export.
    const jobs::JobReport clean = run(runner, jobs::JobKind::Verify);
    QCOMPARE(clean.state, catalog::JobState::Done);
    QVERIFY(clean.findings.isEmpty());
    QCOMPARE(view.shownJob(), clean.jobId);
    QCOMPARE(findings->rowCount(), 0);
    QVERIFY(!exportButton->isEnabled());

    // Selecting the earlier job shows its findings, read back from the catalog.
    const int row = jobsModel->rowOf(found.jobId);
    QVERIFY(row > 0);
    QTest::mouseClick(jobsTable->viewport(), Qt::LeftButton, Qt::NoModifier,
                      jobsTable->visualRect(jobsModel->index(row, ui::JobsModel::KindColumn)).center());
    QCOMPARE(view.shownJob(), found.jobId);
    QCOMPARE(findings->rowCount(), 1);
    QCOMPARE(findings->findings().first().object, relative(stray));
    QCOMPARE(findings->findings().first().kind, jobs::FindingKind::Plaintext);
    QVERIFY(child<QLabel>(&view, "findingsTitle")->text().contains(QString::number(found.jobId)));
    QCOMPARE(jobsModel->index(row, ui::JobsModel::FindingsColumn).data().toLongLong(), qint64(1));

    // Export CSV...: the file dialog (non-modal) answered with a path, the CSV written there.
    QVERIFY(exportButton->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("exported.csv"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<QFileDialog>(&view, "exportFindingsDialog")) && dialog->isVisible());
    typeFileName(dialog, path);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    const QByteArray csv = test::readFile(path);
    QCOMPARE(csv, services::findingsCsv(findings->findings()));
    QVERIFY(csv.contains(relative(stray).toUtf8()));
    QVERIFY(csv.contains("\"plaintext\""));
    QVERIFY(child<QLabel>(&view, "findingsExportStatus")->text().contains(path));

    // A link where the file should go is never written through: the refusal is said in a dialog.
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.csv"));
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY((dialog = child<QFileDialog>(&view, "exportFindingsDialog")) && dialog->isVisible());
    typeFileName(dialog, link);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    QMessageBox *error = nullptr;
    QTRY_VERIFY((error = child<QMessageBox>(&view, "jobsErrorDialog")) && error->isVisible());
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFileInfo(link).isSymLink());
    error->close();
}

void TestJobsView::findingOpensDownToObjectAndSegment()
{
    // A sealed notebook with one byte of its first segment flipped.
    QString victim;
    for (QDirIterator it(notebooks(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        const QByteArray bytes = test::readFile(file);
        if (bytes.startsWith("KWE1") && bytes.size() > 87 + 64) {
            victim = file;
            break;
        }
    }
    QVERIFY(!victim.isEmpty());
    const QByteArray original = test::readFile(victim);
    QByteArray tampered = original;
    tampered[87 + 20] = char(tampered.at(87 + 20) ^ 0x40);
    test::writeFile(victim, tampered);

    jobs::JobRunner runner;
    ui::JobsView view(*m_context, &runner);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWorkspace(Workspace);
    const jobs::JobReport report = run(runner, jobs::JobKind::Verify);
    test::writeFile(victim, original);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(report.findings.first().kind, jobs::FindingKind::Tampered);
    QCOMPARE(report.findings.first().segment, qint64(0));
    auto *findings = child<ui::FindingsModel>(&view, "findingsModel");
    auto *table = child<QTableView>(&view, "findingsTable");
    QCOMPARE(findings->rowCount(), 1);

    // Enter on the finding opens its details (and so does a double-click).
    table->setFocus();
    table->setCurrentIndex(findings->index(0, ui::FindingsModel::ObjectColumn));
    QVERIFY(child<QPushButton>(&view, "findingDetailsButton")->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    ui::FindingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<ui::FindingDialog>(&view, "findingDialog")) && dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, "findingObject")->text(), relative(victim));
    QCOMPARE(child<QLabel>(dialog, "findingFeature")->text(),
             model::featureDisplayName(model::Feature::ManagedServices));
    QVERIFY(child<QLabel>(dialog, "findingDataType")->text().contains(QStringLiteral("notebook-source")));
    // Segment 0 is stored right after the 87-byte header.
    const QString segment = child<QLabel>(dialog, "findingSegment")->text();
    QVERIFY2(segment.contains(QLocale().toString(87)), qPrintable(segment));
    QCOMPARE(child<QLabel>(dialog, "findingFile")->text(), QDir::cleanPath(victim));

    // Open Folder hands the object's folder to the desktop.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    auto *open = child<QPushButton>(dialog, "openFolderButton");
    QVERIFY(open && open->isEnabled() && !open->accessibleName().isEmpty());
    QTest::mouseClick(open, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(victim).absolutePath())});
    dialog->close();
    QTRY_VERIFY(!child<ui::FindingDialog>(&view, "findingDialog"));

    // A double-click, as a person makes it: the first click selects, the second opens.
    const QPoint at = table->visualRect(findings->index(0, ui::FindingsModel::KindColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTRY_VERIFY((dialog = child<ui::FindingDialog>(&view, "findingDialog")) && dialog->isVisible());
    dialog->close();
}

// An object's name (or a detail quoting it) with control characters shows them escaped, in the table, in its
// accessible text and in the finding's dialog: a name cannot draw a fake line, clear one or reorder the text.
void TestJobsView::hostileNamesShowEscaped()
{
    const QString name = QStringLiteral("root/ok\x1b[1A\x1b[2Kno findings\u202e.csv");
    const jobs::JobFinding finding{name, jobs::FindingKind::Plaintext, QStringLiteral("plaintext at %1\r\n").arg(name),
                                   -1};
    const QString shown = QStringLiteral("root/ok\\x1b[1A\\x1b[2Kno findings\\u202e.csv");
    ui::FindingsModel model;
    model.setFindings({finding});
    QCOMPARE(model.data(model.index(0, ui::FindingsModel::ObjectColumn)).toString(), shown);
    const QString detail = model.data(model.index(0, ui::FindingsModel::DetailColumn)).toString();
    QCOMPARE(detail, QStringLiteral("plaintext at %1\\x0d\\x0a").arg(shown));
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(0, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
            const QString text = model.data(index, role).toString();
            QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)) && !text.contains(QLatin1Char('\r')),
                     qPrintable(QStringLiteral("column %1, role %2").arg(column).arg(role)));
        }
    }

    ui::FindingDialog dialog(finding, Error::make(ErrorCode::NotFound, QStringLiteral("no such object")));
    QCOMPARE(child<QLabel>(&dialog, "findingObject")->text(), shown);
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QChar(0x1b)) && !label->text().contains(QChar(0x202e)),
                 qPrintable(label->objectName()));
}

QTEST_MAIN(TestJobsView)
#include "tst_jobsview.moc"
