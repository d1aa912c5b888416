// CoverageStyle: the colours, icons and badge painting that give each coverage kind its look.
#pragma once

#include "model/CellState.h"
#include "model/Coverage.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPixmap>
#include <QRect>
#include <QSize>

class QFont;
class QPainter;

namespace keyward::ui {

// Colours and icons live here, not in core: the rules only say what a cell is. The delegate and the
// legend both paint through this class so a legend swatch is exactly what the table shows.
class CoverageStyle
{
    Q_DECLARE_TR_FUNCTIONS(keyward::ui::CoverageStyle)
public:
    struct Colors
    {
        QColor background;
        QColor foreground; // text; at least 4.5:1 against background
        QColor border;
    };

    // By cell state; the coverage overloads give the state of a cell nothing was measured for.
    static Colors colors(model::CellState state);
    static QIcon icon(model::CellState state);
    static Colors colors(model::Coverage coverage) { return colors(model::cellStateOf(coverage)); }
    static QIcon icon(model::Coverage coverage) { return icon(model::cellStateOf(coverage)); }
    static QIcon doubleEncryptionIcon();
    static QIcon rotateToLatestIcon();
    static QIcon appIcon();
    static QIcon actionIcon(const QString &name); // an SVG of resources/icons by name: "quit", "encrypt", ...

    static QColor headingBackground();
    static QColor headingForeground();
    static QColor secondaryText();
    static QColor gridLine();

    // Badge geometry: icon, label and padding, one line high.
    static constexpr int IconSize = 14;
    static constexpr int NoteIconSize = 16;
    static QFont badgeFont(const QFont &base, model::CellState state);
    static QSize badgeSize(const QFont &base, model::CellState state, const QString &text);
    // Paints the badge at rect's left, vertically centred, as wide as badgeSize() (clipped to rect).
    static void paintBadge(QPainter *painter, const QRect &rect, model::CellState state, const QString &text);
    // A badge on a transparent pixmap, for legends.
    static QPixmap badgePixmap(model::CellState state, const QString &text, const QFont &font, qreal dpr);

private:
    static QIcon resourceIcon(const QString &name);
};

} // namespace keyward::ui
