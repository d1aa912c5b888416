// RetireDialog: "Retire old version" for a workspace: pick a feature and one of its key's older enabled versions,
// and see each gate that guards disabling it (no feature key under it, no assignment naming it, a rotation off
// it, every user verified since, the hold period over) open or closed, with what holds it. Retire is possible
// only when every gate is open; the window then runs the retire job, which checks the gates again.
#pragma once

#include "services/Context.h"
#include "services/RotationService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace keyward::ui {

class RetireDialog : public QDialog
{
    Q_OBJECT
public:
    RetireDialog(services::Context &context, const QString &workspace, QWidget *parent = nullptr);

    model::Feature feature() const;
    QString version() const;
    qint64 holdSeconds() const;
    // The gates as last checked (empty before a version is chosen).
    const std::optional<services::RetireCheck> &check() const { return m_check; }
    // Chooses a feature and version as the admin would (for tests and scripted screenshots).
    bool choose(model::Feature feature, const QString &version);

private:
    void reloadVersions();
    void reloadGates();

    services::Context &m_context;
    QString m_workspace;
    QComboBox *m_feature = nullptr;
    QComboBox *m_version = nullptr;
    QSpinBox *m_holdHours = nullptr;
    QTreeWidget *m_gates = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retire = nullptr;
    std::optional<services::RetireCheck> m_check;
};

} // namespace keyward::ui
