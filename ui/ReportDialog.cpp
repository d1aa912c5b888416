// ReportDialog: the worker gathers the facts, weighs the controls, renders, signs (JSON) and writes; the dialog
// shows where it is, and the outcome.
#include "ReportDialog.h"

#include "FormParts.h"
#include "ReportSigning.h"
#include "compliance/ComplianceService.h"
#include "services/Messages.h"
#include "util/PoolThread.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace keyward::ui {

using report::ReportFormat;

struct ReportDialog::Job
{
    QString path;
    ReportFormat format = ReportFormat::Pdf;
    QString workspace;
    std::atomic<bool> cancelled{false};
    std::atomic<bool> writing{false};
    std::optional<Result<QStringList>> result; // written by the worker before the watcher finishes
    std::shared_ptr<ReportSigningOutcome> signing = std::make_shared<ReportSigningOutcome>();
};

namespace {

QString formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportDialog::tr("PDF, for people (cover, score, matrices, charts, evidence)");
    case ReportFormat::Html:
        return ReportDialog::tr("HTML, the same as the PDF for a browser");
    case ReportFormat::Json:
        return ReportDialog::tr("JSON, signed with the report-signing key");
    case ReportFormat::Csv:
        return ReportDialog::tr("CSV, the findings and the key inventory");
    }
    return {};
}

QString fileFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportDialog::tr("PDF documents (*.pdf)");
    case ReportFormat::Html:
        return ReportDialog::tr("Web pages (*.html)");
    case ReportFormat::Json:
        return ReportDialog::tr("JSON documents (*.json)");
    case ReportFormat::Csv:
        return ReportDialog::tr("CSV files (*.csv)");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(services::Context &context, const QString &workspace, QWidget *parent)
    : QDialog(parent), m_context(context), m_workspace(workspace)
{
    setObjectName(QStringLiteral("reportDialog"));
    setAccessibleName(tr("Generate a compliance report"));
    setWindowTitle(tr("Generate report"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A compliance report of what Keyward measured: every control judged, with its "
                                "evidence. It is built in the background; the window stays usable."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormatCombo"));
    m_format->setAccessibleName(tr("Report format"));
    for (ReportFormat f : report::allReportFormats())
        m_format->addItem(formatName(f), int(f));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    m_scope = new QLabel(workspace.isEmpty() ? tr("All workspaces") : tr("Workspace %1").arg(workspace), this);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->setAccessibleName(tr("Report scope"));
    form->addRow(tr("Scope:"), m_scope);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_error = makeErrorLabel("reportError", this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("reportButtons"));
    m_generate = m_buttons->addButton(tr("&Generate..."), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("reportGenerateButton"));
    m_generate->setAccessibleName(tr("Choose a file and generate the report"));
    m_generate->setDefault(true);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("reportOpenButton"));
    m_open->setAccessibleName(tr("Open the report"));
    m_showFolder = m_buttons->addButton(tr("Show &folder"), QDialogButtonBox::ActionRole);
    m_showFolder->setObjectName(QStringLiteral("reportShowFolderButton"));
    m_showFolder->setAccessibleName(tr("Show the folder of the report"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the report, or close"));
    layout->addWidget(m_buttons);

    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::chooseAndGenerate);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_written.first()));
    });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_written.first()).absolutePath()));
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!isRunning()) {
            m_written.clear();
            updateButtons();
        }
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ReportDialog::onFinished);
    updateButtons();
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

ReportDialog::~ReportDialog()
{
    if (m_job)
        m_job->cancelled = true;
    m_watcher.waitForFinished(); // the worker reports to this dialog until it ends
}

void ReportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ReportFormat ReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

QString ReportDialog::withSuffix(const QString &path, ReportFormat format)
{
    if (report::reportFormatForPath(path) == format)
        return path;
    return path + QLatin1Char('.') + report::reportFormatId(format);
}

QString ReportDialog::suggestedFileName() const
{
    const QString scope = m_workspace.isEmpty() ? QStringLiteral("all") : m_workspace;
    return QStringLiteral("keyward-compliance-%1-%2.%3")
        .arg(scope, m_context.clock().now().toUTC().toString(QStringLiteral("yyyy-MM-dd")),
             report::reportFormatId(format()));
}

void ReportDialog::chooseAndGenerate()
{
    if (isRunning())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                                      QDir(folder).filePath(suggestedFileName()), fileFilter(format()));
    if (!path.isEmpty())
        generate(path);
}

void ReportDialog::generate(const QString &chosen)
{
    if (isRunning())
        return;
    auto job = std::make_shared<Job>();
    job->path = withSuffix(chosen, format());
    job->format = format();
    job->workspace = m_workspace;
    m_job = job;
    m_running = true;
    m_written.clear();
    m_keyId.clear();
    m_error->clear();
    m_error->setVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Gathering the facts of %1...").arg(m_scope->text()));
    updateButtons();

    // A catalog connection belongs to one thread: the worker opens its own on the same data directory, and its key
    // stores without a prompt, so a report never waits for a person.
    const QString dataDir = m_context.dataDir();
    secrets::SecretStore *secrets = &m_context.secrets();
    const Clock *clock = &m_context.clock();
    m_watcher.setFuture(QtConcurrent::run([this, job, dataDir, secrets, clock] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr, *clock);
        compliance::ReportScope scope;
        scope.workspace = job->workspace;
        scope.mayPrompt = false;
        // The facts and findings take most of the time: the first 60 percent.
        auto report = compliance::ComplianceService(worker).report(scope, [this, job](int done, int total) {
            if (total <= 0 || job->cancelled)
                return;
            const int permille = 600 * done / total;
            QMetaObject::invokeMethod(
                this, [this, permille] { onProgress(permille, tr("Weighing the controls...")); }, Qt::QueuedConnection);
        });
        if (!report) {
            job->result = report.error();
            return;
        }
        if (job->cancelled) {
            job->result = Error::make(ErrorCode::Cancelled, QStringLiteral("the report was cancelled"));
            return;
        }
        job->writing = true;
        QMetaObject::invokeMethod(
            this,
            [this, format = job->format] {
                onProgress(-1, format == ReportFormat::Json ? tr("Rendering, signing and writing the report...")
                                                            : tr("Rendering and writing the report..."));
            },
            Qt::QueuedConnection);
        report::ReportSignature sign;
        if (job->format == ReportFormat::Json) {
            job->signing->vault = reportSigningVault(worker);
            sign = reportSigningFunction(worker, job->signing);
        }
        job->result = report::writeReport(*report, job->format, job->path, sign);
    }));
}

bool ReportDialog::isRunning() const
{
    return m_running;
}

void ReportDialog::cancel()
{
    if (!m_running)
        return;
    m_job->cancelled = true;
    if (!m_job->writing)
        m_status->setText(tr("Cancelling..."));
    updateButtons();
}

void ReportDialog::reject()
{
    if (isRunning()) {
        cancel(); // the dialog stays until the worker stops: it says what became of the report
        return;
    }
    QDialog::reject();
}

void ReportDialog::onProgress(int permille, const QString &what)
{
    if (!m_running)
        return;
    if (m_job->cancelled && !m_job->writing)
        return;
    if (permille < 0) {
        m_progress->setRange(0, 0); // rendering has no steps to count: show that work goes on
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
    m_status->setText(what);
    updateButtons();
}

void ReportDialog::onFinished()
{
    const std::shared_ptr<Job> job = m_job;
    m_running = false;
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    if (!job || !job->result) {
        updateButtons();
        return;
    }
    const Result<QStringList> &result = *job->result;
    if (!result) {
        const Error &e = result.error();
        m_status->clear();
        if (e.code == ErrorCode::Cancelled && job->cancelled) {
            m_status->setText(tr("Cancelled: nothing was written."));
        } else if (job->format == ReportFormat::Json && isLockedStoreError(e)) {
            const QString vault = job->signing->vault.isEmpty() ? tr("(unknown)") : job->signing->vault;
            // A vault under a passphrase cannot be opened without asking; a locked keyring or token can be unlocked.
            showError(e.code == ErrorCode::WrongPassphrase
                          ? tr("The report was not signed, so nothing was written: the vault %1 that keeps the "
                               "report-signing key is locked behind a passphrase, and the console signs reports "
                               "without asking for one. Sign it with 'keywardctl report --format json', which asks, "
                               "or choose another format.")
                                .arg(vault)
                          : tr("The report was not signed, so nothing was written: the vault %1 that keeps the "
                               "report-signing key is locked (%2). Unlock it (Unlock stores in the Keys view, or the "
                               "desktop's keyring), then generate the report again; or choose another format.")
                                .arg(vault, services::Messages::full(e)));
        } else {
            showError(tr("The report was not written: %1").arg(services::Messages::full(e)));
        }
        updateButtons();
        emit generated(false);
        return;
    }
    m_written = *result;
    m_keyId = job->signing->keyId;
    QStringList lines;
    lines << tr("Report written to %1").arg(QDir::toNativeSeparators(m_written.value(0)));
    if (job->format == ReportFormat::Json && m_written.size() > 1)
        lines
            << tr("Signed with %1; the signature is in %2").arg(m_keyId, QDir::toNativeSeparators(m_written.value(1)));
    if (job->format == ReportFormat::Csv && m_written.size() > 1)
        lines << tr("The key inventory is in %1").arg(QDir::toNativeSeparators(m_written.value(1)));
    m_status->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
    m_open->setFocus();
    emit generated(true);
}

void ReportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->setVisible(true);
}

void ReportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool done = !running && !m_written.isEmpty();
    m_generate->setEnabled(!running);
    m_format->setEnabled(!running);
    m_open->setVisible(done);
    m_showFolder->setVisible(done);
    m_cancel->setEnabled(!running || !(m_job && (m_job->cancelled || m_job->writing)));
    m_cancel->setText(running ? tr("&Cancel") : tr("&Close"));
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

QString ReportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace keyward::ui
