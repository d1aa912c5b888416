// CoverageDelegate: badge, note and key painting for the matrix view, and its location headings.
#include "CoverageDelegate.h"

#include "CoverageStyle.h"
#include "MatrixModel.h"

#include <QApplication>
#include <QPainter>

namespace keyward::ui {

namespace {
constexpr int CellMargin = 8;
constexpr int NoteGap = 4;
constexpr int KeyGap = 8;
constexpr int MinNameChars = 6;
constexpr int MinRowHeight = 25;
} // namespace

void CoverageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(MatrixModel::RowKindRole).toInt() == MatrixModel::HeadingRow) {
        paintHeading(painter, option, index);
        return;
    }
    if (index.data(MatrixModel::StateRole).isValid()) {
        paintCoverage(painter, option, index);
    } else {
        QStyleOptionViewItem opt = option;
        opt.rect.adjust(CellMargin - 4, 0, 0, 0); // line text up with the badges' left edge
        QStyledItemDelegate::paint(painter, opt, index);
    }
    paintRowLine(painter, option.rect);
}

void CoverageDelegate::paintRowLine(QPainter *painter, const QRect &rect) const
{
    painter->save();
    painter->setPen(CoverageStyle::gridLine());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
}

void CoverageDelegate::paintHeading(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    const QRect r = option.rect;
    painter->fillRect(r, CoverageStyle::headingBackground());
    painter->setPen(CoverageStyle::gridLine());
    painter->drawLine(r.topLeft(), r.topRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    QFont bold = option.font;
    bold.setBold(true);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QRect textRect = r.adjusted(CellMargin, 0, -CellMargin, 0);
    painter->setFont(bold);
    painter->setPen(CoverageStyle::headingForeground());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);

    // The description follows the title in the secondary colour: who runs the place and which key covers it.
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title);
    const QRect descRect = textRect.adjusted(titleWidth + 2 * CellMargin, 0, 0, 0);
    painter->setFont(option.font);
    painter->setPen(CoverageStyle::secondaryText());
    const QString desc = index.data(MatrixModel::DescriptionRole).toString();
    painter->drawText(descRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(desc, Qt::ElideRight, descRect.width()));
    painter->restore();
}

void CoverageDelegate::paintCoverage(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // Selection and hover backgrounds from the style first, so the badge sits on top of them.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.backgroundBrush = QBrush();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto state = static_cast<model::CellState>(index.data(MatrixModel::StateRole).toInt());
    const QString label = index.data(Qt::DisplayRole).toString();
    const QRect area = option.rect.adjusted(CellMargin, 0, -CellMargin, 0);

    painter->save();
    painter->setFont(option.font);
    CoverageStyle::paintBadge(painter, area, state, label);

    // Note icons after the badge: infrastructure layer, automatic rotation.
    int x = area.left() + CoverageStyle::badgeSize(option.font, state, label).width() + NoteGap + 2;
    const int y = area.top() + (area.height() - CoverageStyle::NoteIconSize) / 2;
    const auto note = [&](const QIcon &icon) {
        if (x + CoverageStyle::NoteIconSize > area.right())
            return;
        icon.paint(painter, QRect(x, y, CoverageStyle::NoteIconSize, CoverageStyle::NoteIconSize));
        x += CoverageStyle::NoteIconSize + NoteGap;
    };
    if (index.data(MatrixModel::DoubleEncryptedRole).toBool())
        note(CoverageStyle::doubleEncryptionIcon());
    if (index.data(MatrixModel::RotatesToLatestRole).toBool())
        note(CoverageStyle::rotateToLatestIcon());

    // Then the key in effect, in the secondary colour (the selection's text colour on a selected row): its version
    // whole, its name shortened in the middle to what is left.
    const QString name = index.data(MatrixModel::KeyNameRole).toString();
    const QRect keyRect(x + KeyGap - NoteGap, area.top(), area.right() - (x + KeyGap - NoteGap), area.height());
    if (!name.isEmpty()) {
        const QString version = index.data(MatrixModel::KeyVersionRole).toString();
        const QString separator = QStringLiteral(" \u00B7 ");
        const QFontMetrics &fm = option.fontMetrics;
        const int nameWidth = keyRect.width() - fm.horizontalAdvance(separator + version);
        // A name cut to fewer than a few characters says nothing: then the version alone (the tooltip has both).
        const QString shortName = fm.elidedText(name, Qt::ElideMiddle, qMax(0, nameWidth));
        const bool readable = shortName == name || shortName.size() > MinNameChars;
        const QString text =
            readable ? shortName + separator + version : fm.elidedText(version, Qt::ElideRight, keyRect.width());
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : CoverageStyle::secondaryText());
        painter->drawText(keyRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

int CoverageDelegate::minimumWidth(const QStyleOptionViewItem &option, model::CellState state, const QString &label,
                                   int notes)
{
    // The key text after the badge is shortened to what is left, down to nothing: the cell's tooltip and accessible
    // text always carry it whole.
    const QSize badge = CoverageStyle::badgeSize(option.font, state, label);
    return 2 * CellMargin + badge.width() + notes * (CoverageStyle::NoteIconSize + NoteGap) + 2;
}

int CoverageDelegate::minimumWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QVariant state = index.data(MatrixModel::StateRole);
    if (!state.isValid())
        return 0;
    const int notes = int(index.data(MatrixModel::DoubleEncryptedRole).toBool()) +
                      int(index.data(MatrixModel::RotatesToLatestRole).toBool());
    return minimumWidth(option, static_cast<model::CellState>(state.toInt()), index.data(Qt::DisplayRole).toString(),
                        notes);
}

QSize CoverageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(MatrixModel::RowKindRole).toInt() == MatrixModel::HeadingRow)
        return {size.width(), qMax(size.height(), MinRowHeight + 2)};
    if (index.data(MatrixModel::StateRole).isValid()) {
        const auto state = static_cast<model::CellState>(index.data(MatrixModel::StateRole).toInt());
        const QSize badge = CoverageStyle::badgeSize(option.font, state, index.data(Qt::DisplayRole).toString());
        const int notes = int(index.data(MatrixModel::DoubleEncryptedRole).toBool()) +
                          int(index.data(MatrixModel::RotatesToLatestRole).toBool());
        const QString key = index.data(MatrixModel::KeyTextRole).toString();
        const int keyWidth = key.isEmpty() ? 0 : KeyGap + option.fontMetrics.horizontalAdvance(key);
        size.setWidth(2 * CellMargin + badge.width() + notes * (CoverageStyle::NoteIconSize + NoteGap) + 2 + keyWidth);
        size.setHeight(qMax(size.height(), badge.height() + 6));
    } else {
        size.setWidth(size.width() + CellMargin);
    }
    size.setHeight(qMax(size.height(), MinRowHeight));
    return size;
}

} // namespace keyward::ui
