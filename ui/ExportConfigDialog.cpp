// ExportConfigDialog: the input read once on a worker; each format rendered from it on demand (pure and quick).
#include "ExportConfigDialog.h"

#include "FormParts.h"
#include "services/Messages.h"
#include "util/PoolThread.h"
#include "util/SafeWrite.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

using compliance::ConfigFormat;

struct ExportConfigDialog::Load
{
    QString workspace;
    std::optional<Result<compliance::ExportInput>> result; // written by the worker before the watcher finishes
};

ExportConfigDialog::ExportConfigDialog(services::Context &context, const QString &workspace, QWidget *parent)
    : QDialog(parent), m_context(context), m_workspace(workspace)
{
    setObjectName(QStringLiteral("exportConfigDialog"));
    setAccessibleName(tr("Export the key configuration"));
    setWindowTitle(tr("Export configuration: %1").arg(workspace));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The customer-managed key configuration of workspace %1, to apply with your "
                                "infrastructure as code. Keys held outside Azure appear as placeholders to bring to "
                                "Key Vault first; no key material is ever written.")
                                 .arg(workspace),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setAccessibleName(tr("Configuration format"));
    m_format->addItem(tr("Terraform (azurerm provider)"), int(ConfigFormat::Terraform));
    m_format->addItem(tr("ARM template (JSON)"), int(ConfigFormat::Arm));
    auto *caption = new QLabel(tr("&Format:"), this);
    caption->setBuddy(m_format);
    row->addWidget(caption);
    row->addWidget(m_format);
    row->addStretch(1);
    layout->addLayout(row);

    m_error = makeErrorLabel("exportError", this);
    layout->addWidget(m_error);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Configuration preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(mono).fixedPitch())
        mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::TypeWriter);
    m_preview->setFont(mono);
    m_preview->setPlaceholderText(tr("Reading the workspace's keys..."));
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    m_save = buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("exportSaveButton"));
    m_save->setAccessibleName(tr("Save the configuration to a file"));
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("exportCopyButton"));
    m_copy->setAccessibleName(tr("Copy the configuration"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("exportCloseButton"));
    close->setAccessibleName(tr("Close the export"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportConfigDialog::chooseAndSave);
    connect(m_copy, &QPushButton::clicked, this, &ExportConfigDialog::copy);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportConfigDialog::render);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ExportConfigDialog::onLoaded);

    // The input reads the key stores (a network call for Key Vault): on a worker with a catalog connection of its
    // own, and stores that would ask for a passphrase or PIN left closed.
    m_loading = true;
    m_load = std::make_shared<Load>();
    m_load->workspace = workspace;
    const QString dataDir = m_context.dataDir();
    secrets::SecretStore *secrets = &m_context.secrets();
    const Clock *clock = &m_context.clock();
    m_watcher.setFuture(QtConcurrent::run([load = m_load, dataDir, secrets, clock] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr, *clock);
        load->result = compliance::exportInputFor(worker, load->workspace);
    }));
    render();
    resize(1000, 660);
}

ExportConfigDialog::~ExportConfigDialog()
{
    m_watcher.waitForFinished(); // the worker reads the context's secret store until it ends
}

void ExportConfigDialog::setFormat(ConfigFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ConfigFormat ExportConfigDialog::format() const
{
    return ConfigFormat(m_format->currentData().toInt());
}

QString ExportConfigDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportConfigDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ExportConfigDialog::suggestedFileName() const
{
    return format() == ConfigFormat::Terraform ? QStringLiteral("%1-cmk.tf").arg(m_workspace)
                                               : QStringLiteral("%1-cmk.json").arg(m_workspace);
}

void ExportConfigDialog::onLoaded()
{
    m_loading = false;
    if (m_load && m_load->result)
        m_input = *m_load->result;
    render();
    emit loaded();
}

void ExportConfigDialog::render()
{
    m_status->clear();
    if (m_loading || !m_input) {
        m_preview->clear();
        m_save->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    Result<QString> text = *m_input ? compliance::configFor(format(), **m_input) : Result<QString>(m_input->error());
    if (!text) {
        const QString why = tr("Nothing to export: %1").arg(services::Messages::full(text.error()));
        m_error->setText(why);
        m_error->setAccessibleName(why);
        m_error->setVisible(true);
        m_preview->clear();
        m_preview->setPlaceholderText(tr("Azure would refuse this configuration; see above."));
    } else {
        m_error->clear();
        m_error->setVisible(false);
        m_preview->setPlainText(*text);
    }
    m_save->setEnabled(text.ok());
    m_copy->setEnabled(text.ok());
}

void ExportConfigDialog::chooseAndSave()
{
    if (previewText().isEmpty())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString filter =
        format() == ConfigFormat::Terraform ? tr("Terraform files (*.tf)") : tr("ARM templates (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the configuration"),
                                                QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    const QString suffix = format() == ConfigFormat::Terraform ? QStringLiteral(".tf") : QStringLiteral(".json");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    // The outcome is said in the dialog; nothing more to do with it here.
    if (const Status saved = save(path); !saved)
        m_save->setFocus();
}

Status ExportConfigDialog::save(const QString &path)
{
    const QString text = previewText();
    if (text.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("there is no configuration to save"));
    Status written = writeFileAtomically(path, text.toUtf8(),
                                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ReadOther);
    m_status->setText(written ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                              : tr("Not saved: %1").arg(services::Messages::full(written.error())));
    return written;
}

void ExportConfigDialog::copy()
{
    if (previewText().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(previewText());
    m_status->setText(tr("Copied to the clipboard."));
}

} // namespace keyward::ui
