// ImportDialog: folder, area and data type choosers; the destination folder shown as the store names it.
#include "ImportDialog.h"

#include "model/DataTypeCatalogue.h"
#include "model/ObjectLayout.h"
#include "services/Messages.h"
#include "storage/FolderImport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward::ui {

ImportDialog::ImportDialog(const QString &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import folder into %1").arg(workspace));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("importFolder"));
    m_folder->setAccessibleName(tr("Folder to import"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Folder to import"), m_folder->text());
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::Directory);
        picker->setOption(QFileDialog::ShowDirsOnly);
        connect(picker, &QFileDialog::fileSelected, this, &ImportDialog::setFolder);
        picker->open();
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("importArea"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("DBFS root (workspace storage account)"), model::areaId(model::Area::Root));
    m_area->addItem(tr("Control plane (managed services)"), model::areaId(model::Area::ControlPlane));
    m_dataType = new QComboBox(this);
    m_dataType->setObjectName(QStringLiteral("importDataType"));
    m_dataType->setAccessibleName(tr("Data type"));
    m_overwrite = new QCheckBox(tr("&Replace objects that exist with other content"), this);
    m_overwrite->setObjectName(QStringLiteral("importOverwrite"));
    m_destination = new QLabel(this);
    m_destination->setObjectName(QStringLiteral("importDestination"));
    m_destination->setWordWrap(true);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Data type:"), m_dataType);
    form->addRow(QString(), m_overwrite);
    form->addRow(tr("Goes to:"), m_destination);
    layout->addLayout(form);
    auto *note =
        new QLabel(tr("Files are copied, each whole or not at all; they stay plaintext until you encrypt."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("importConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_area, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadDataTypes);
    connect(m_dataType, &QComboBox::currentIndexChanged, this, &ImportDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &ImportDialog::updateOk);
    reloadDataTypes();
    resize(640, sizeHint().height());
}

void ImportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

services::ImportRequest ImportDialog::request() const
{
    services::ImportRequest r;
    r.workspace = m_workspace;
    r.folder = m_folder->text().trimmed();
    r.area = m_area->currentData().toString();
    r.dataTypeId = m_dataType->currentData().toString();
    r.overwrite = m_overwrite->isChecked();
    return r;
}

void ImportDialog::reloadDataTypes()
{
    const QSignalBlocker block(m_dataType);
    m_dataType->clear();
    const QString area = m_area->currentData().toString();
    // The data types whose objects live in the area, as the import service will accept them.
    for (const model::DataType &t : model::DataTypeCatalogue::all()) {
        if (storage::importDestination(area, QString(t.id)))
            m_dataType->addItem(t.displayName(), QString(t.id));
    }
    const auto destination = storage::importDestination(area);
    if (destination) {
        for (int i = 0; i < m_dataType->count(); ++i) {
            if (model::dataTypeFolder(m_dataType->itemData(i).toString()) == *destination)
                m_dataType->setCurrentIndex(i);
        }
    }
    updateOk();
}

void ImportDialog::updateOk()
{
    const auto destination =
        storage::importDestination(m_area->currentData().toString(), m_dataType->currentData().toString());
    m_destination->setText(destination ? *destination : services::Messages::full(destination.error()));
    const QFileInfo folder(m_folder->text().trimmed());
    m_ok->setEnabled(destination.ok() && folder.isDir());
}

} // namespace keyward::ui
