// RotateDialog: "Rotate now" shows what will happen before it happens: the features of each workspace that move to
// a new key version, the version each leaves, the feature keys re-wrapped, the key-store calls, and that no object
// is re-encrypted. Accepting it asks the window to run the rotation and a verification after it.
#pragma once

#include "services/RotationService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace keyward::ui {

class RotateDialog : public QDialog
{
    Q_OBJECT
public:
    RotateDialog(const QString &scope, const services::RotationPreview &preview, QWidget *parent = nullptr);
    const services::RotationPreview &preview() const { return m_preview; }
    // The calls and objects line, as shown.
    QString callsText() const;

private:
    services::RotationPreview m_preview;
    QTableWidget *m_table = nullptr;
    QLabel *m_calls = nullptr;
};

} // namespace keyward::ui
