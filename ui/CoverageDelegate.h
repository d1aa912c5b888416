// CoverageDelegate: paints matrix cells: coverage badges with note icons, and location heading rows.
#pragma once

#include <QStyledItemDelegate>

namespace keyward::ui {

class CoverageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCoverage(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRowLine(QPainter *painter, const QRect &rect) const;
};

} // namespace keyward::ui
