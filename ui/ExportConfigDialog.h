// ExportConfigDialog: Export configuration: the selected workspace's customer-managed key configuration as
// Terraform (azurerm) or an ARM template, previewed read-only in a monospace pane, then saved (written whole or
// not at all, never through a symbolic link) or copied. What the export needs is read on a worker (a context of
// its own, never prompting); a refusal (Standard plan, an AES key, nothing assigned) is said in the dialog.
#pragma once

#include "compliance/ConfigExport.h"
#include "services/Context.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace keyward::ui {

class ExportConfigDialog : public QDialog
{
    Q_OBJECT
public:
    // `context` must outlive the dialog.
    ExportConfigDialog(services::Context &context, const QString &workspace, QWidget *parent = nullptr);
    ~ExportConfigDialog() override;

    void setFormat(compliance::ConfigFormat format);
    compliance::ConfigFormat format() const;
    // From construction until the workspace's keys were read.
    bool isLoading() const { return m_loading; }
    // The configuration shown (empty while loading or when refused).
    QString previewText() const;
    // Why there is nothing to show (translated), or empty.
    QString errorText() const;
    // "main.tf" / "<workspace>-cmk.json": the name the file dialog suggests.
    QString suggestedFileName() const;

    // Asks where to save (the file dialog), then save()s there.
    void chooseAndSave();
    // Writes the configuration shown to `path`; the outcome is also said in the dialog.
    Status save(const QString &path);
    void copy();

signals:
    // The workspace's keys were read and the preview (or the refusal) is shown.
    void loaded();

private:
    struct Load;
    void onLoaded();
    void render();

    services::Context &m_context;
    QString m_workspace;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_loading = false;
    std::shared_ptr<Load> m_load;
    std::optional<Result<compliance::ExportInput>> m_input;
    QFutureWatcher<void> m_watcher;
};

} // namespace keyward::ui
