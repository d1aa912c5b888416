// CoverageStyle: the colours, icons and badge painting that give each coverage kind its look.
#pragma once

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

    static Colors colors(model::Coverage coverage);
    static QIcon icon(model::Coverage coverage);
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
    static QFont badgeFont(const QFont &base, model::Coverage coverage);
    static QSize badgeSize(const QFont &base, model::Coverage coverage, const QString &text);
    // Paints the badge at rect's top-left, as wide as badgeSize() (clipped to rect).
    static void paintBadge(QPainter *painter, const QRect &rect, model::Coverage coverage, const QString &text);
    // A badge on a transparent pixmap, for legends.
    static QPixmap badgePixmap(model::Coverage coverage, const QString &text, const QFont &font, qreal dpr);

private:
    static QIcon resourceIcon(const QString &name);
};

} // namespace keyward::ui
