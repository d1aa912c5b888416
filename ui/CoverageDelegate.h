// CoverageDelegate: paints matrix cells: state badges (icon and text) with note icons and the key in effect, and
// location heading rows.
#pragma once

#include "model/CellState.h"

#include <QStyledItemDelegate>

namespace keyward::ui {

class CoverageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The narrowest a cell may be drawn: its badge and notes whole; the key text (if any) after them is shortened
    // to what is left. The same as sizeHint's width for cells without a key.
    static int minimumWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
    static int minimumWidth(const QStyleOptionViewItem &option, model::CellState state, const QString &label,
                            int notes);

private:
    void paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCoverage(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRowLine(QPainter *painter, const QRect &rect) const;
};

} // namespace keyward::ui
