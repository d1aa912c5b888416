// FindingDialog: one finding down to its object and segment: what is wrong, the object's path, the data it
// holds and the feature whose key covers it, the segment and where it lies in the stored object, and, where the
// store is a local folder, the file with a button that opens its folder.
#pragma once

#include "jobs/JobFinding.h"
#include "services/JobHistoryService.h"

#include <QDialog>

namespace keyward::ui {

class FindingDialog : public QDialog
{
    Q_OBJECT
public:
    // `place` as JobHistoryService::place() found it; an error there still shows the finding itself.
    FindingDialog(const jobs::JobFinding &finding, const Result<services::FindingPlace> &place,
                  QWidget *parent = nullptr);
    // The folder "Open folder" opens; empty when the store is not local.
    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace keyward::ui
