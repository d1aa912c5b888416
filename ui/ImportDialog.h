// ImportDialog: "Import folder" into the selected workspace: the folder, the area (DBFS root or control plane)
// and the data type the files become, and whether changed files replace objects that exist. The window runs the
// import on a worker through the import service, which checks the choices.
#pragma once

#include "services/ImportService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace keyward::ui {

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &workspace, QWidget *parent = nullptr);
    // The request the admin made (progress left unset).
    services::ImportRequest request() const;
    void setFolder(const QString &folder);

private:
    void reloadDataTypes();
    void updateOk();

    QString m_workspace;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_dataType = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QLabel *m_destination = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace keyward::ui
