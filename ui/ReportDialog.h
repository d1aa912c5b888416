// ReportDialog: Generate report: a format (PDF, HTML, signed JSON, CSV), the scope of the Compliance view, a file
// chosen through the file dialog, then the report built and written on a worker (a context of its own, never
// prompting) with its progress and a Cancel while it builds. Once written: Open and Show folder. Errors are said in
// the dialog in the services' words; a symbolic link at a target is refused (report::writeReport), never written
// through; a signed JSON report whose signing vault is locked says so.
#pragma once

#include "report/ReportFiles.h"
#include "services/Context.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace keyward::ui {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `workspace` empty: every workspace of the catalog. `context` must outlive the dialog.
    ReportDialog(services::Context &context, const QString &workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setFormat(report::ReportFormat format);
    report::ReportFormat format() const;
    // "Report.pdf" with the format's suffix, when `path` has none of it.
    static QString withSuffix(const QString &path, report::ReportFormat format);
    // The name the file dialog suggests: keyward-compliance-<scope>-<date>.<suffix>.
    QString suggestedFileName() const;

    // Asks where to save (the file dialog), then generate()s there.
    void chooseAndGenerate();
    // Builds the report and writes it to `path` (its suffix added when missing) on a worker.
    void generate(const QString &path);
    bool isRunning() const;
    // Stops the build under way; nothing is written. Writing itself, once begun, runs to its end.
    void cancel();

    // After a success: the files written (the report first), else empty.
    QStringList writtenFiles() const { return m_written; }
    // The key version that signed the last JSON report (empty otherwise).
    QString signingKeyId() const { return m_keyId; }
    QString statusText() const;
    // The last failure, as shown (empty after a success).
    QString errorText() const;

signals:
    // A generate() ended: written, failed or cancelled.
    void generated(bool ok);

public slots:
    void reject() override;

private:
    struct Job;
    void onProgress(int permille, const QString &what);
    void onFinished();
    void updateButtons();
    void showError(const QString &text);

    services::Context &m_context;
    QString m_workspace;
    QComboBox *m_format = nullptr;
    QLabel *m_scope = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_showFolder = nullptr;
    std::shared_ptr<Job> m_job;
    bool m_running = false; // from generate() until its outcome is shown
    QFutureWatcher<void> m_watcher;
    QStringList m_written;
    QString m_keyId;
};

} // namespace keyward::ui
