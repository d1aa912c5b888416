// ProgressDelegate: draws a table cell's share done (JobsModel::ProgressRole) as a progress bar with the cell's
// text on it, so a column of jobs reads at a glance; cells without a share are drawn as text.
#pragma once

#include <QStyledItemDelegate>

namespace keyward::ui {

class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace keyward::ui
