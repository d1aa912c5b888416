// HistoryView: the History view of the console: the chain's state, the timeline of rotations per key and the
// rotation history of the selected workspace as a table.
#pragma once

#include "services/Context.h"

#include <QWidget>

class QLabel;

namespace keyward::ui {

class HistoryModel;
class RotationTimeline;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(services::Context &context, QWidget *parent = nullptr);
    void setWorkspace(const QString &workspace);
    void reload();

private:
    services::Context &m_context;
    QString m_workspace;
    HistoryModel *m_history = nullptr;
    RotationTimeline *m_timeline = nullptr;
    QLabel *m_chainState = nullptr;
};

} // namespace keyward::ui
