// CoverageStyle: palette and badge painting for coverage cells and legends.
#include "CoverageStyle.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

// Q_INIT_RESOURCE must be used at global scope. keyward_ui is a static library, so its resource
// object is only linked in (and registered) when something refers to it: this function does.
static void initKeywardResources()
{
    Q_INIT_RESOURCE(keyward);
}

namespace keyward::ui {

using model::Coverage;

CoverageStyle::Colors CoverageStyle::colors(Coverage coverage)
{
    // Light tints with dark text of the same hue; every pair is above WCAG AA for normal text.
    switch (coverage) {
    case Coverage::CustomerKey:
        return {QColor(0xE6, 0xF4, 0xEA), QColor(0x0D, 0x65, 0x2D), QColor(0x9F, 0xD5, 0xAE)};
    case Coverage::NoKeyAssigned:
        return {QColor(0xFE, 0xF3, 0xD6), QColor(0x7A, 0x46, 0x00), QColor(0xF2, 0xC9, 0x6B)};
    case Coverage::PlatformKeyOnly:
        return {QColor(0xE8, 0xEE, 0xF7), QColor(0x1F, 0x3A, 0x5F), QColor(0xB4, 0xC5, 0xDE)};
    case Coverage::NotAvailableOnStandard:
        return {QColor(0xFC, 0xE8, 0xE6), QColor(0x9E, 0x13, 0x10), QColor(0xF0, 0xB0, 0xA9)};
    case Coverage::MovedByOption:
        return {QColor(0xF6, 0xF7, 0xF8), QColor(0x50, 0x55, 0x5B), QColor(0xBD, 0xC1, 0xC6)};
    }
    return {Qt::white, Qt::black, Qt::gray};
}

QIcon CoverageStyle::resourceIcon(const QString &name)
{
    static const bool registered = (initKeywardResources(), true);
    Q_UNUSED(registered);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon CoverageStyle::icon(Coverage coverage)
{
    switch (coverage) {
    case Coverage::CustomerKey:
        return resourceIcon(QStringLiteral("customer-key"));
    case Coverage::NoKeyAssigned:
        return resourceIcon(QStringLiteral("no-key"));
    case Coverage::PlatformKeyOnly:
        return resourceIcon(QStringLiteral("platform-key"));
    case Coverage::NotAvailableOnStandard:
        return resourceIcon(QStringLiteral("needs-premium"));
    case Coverage::MovedByOption:
        return resourceIcon(QStringLiteral("moved"));
    }
    return QIcon();
}

QIcon CoverageStyle::doubleEncryptionIcon()
{
    return resourceIcon(QStringLiteral("double-encryption"));
}

QIcon CoverageStyle::rotateToLatestIcon()
{
    return resourceIcon(QStringLiteral("rotate-latest"));
}

QIcon CoverageStyle::appIcon()
{
    return resourceIcon(QStringLiteral("keyward"));
}

QIcon CoverageStyle::actionIcon(const QString &name)
{
    return resourceIcon(name);
}

QColor CoverageStyle::headingBackground()
{
    return QColor(0xEE, 0xF1, 0xF5);
}

QColor CoverageStyle::headingForeground()
{
    return QColor(0x20, 0x24, 0x2A);
}

QColor CoverageStyle::secondaryText()
{
    return QColor(0x5A, 0x60, 0x68);
}

QColor CoverageStyle::gridLine()
{
    return QColor(0xE3, 0xE6, 0xEA);
}

namespace {
constexpr int PadLeft = 7;
constexpr int Gap = 6;
constexpr int PadRight = 10;
constexpr int PadVertical = 3;
} // namespace

QFont CoverageStyle::badgeFont(const QFont &base, Coverage coverage)
{
    QFont font = base;
    font.setItalic(coverage == Coverage::MovedByOption);
    return font;
}

QSize CoverageStyle::badgeSize(const QFont &base, Coverage coverage, const QString &text)
{
    const QFontMetrics metrics(badgeFont(base, coverage));
    const int height = qMax(metrics.height(), IconSize) + 2 * PadVertical;
    return {PadLeft + IconSize + Gap + metrics.horizontalAdvance(text) + PadRight, height};
}

void CoverageStyle::paintBadge(QPainter *painter, const QRect &rect, Coverage coverage, const QString &text)
{
    const Colors c = colors(coverage);
    const QFont font = badgeFont(painter->font(), coverage);
    const QFontMetrics metrics(font);
    const QSize size = badgeSize(painter->font(), coverage, text);
    const QRect badge(rect.left(), rect.top() + (rect.height() - size.height()) / 2, qMin(size.width(), rect.width()),
                      size.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    QPen pen(c.border, 1);
    // Dashed outline: "moved" is an absence of data, not a kind of protection.
    if (coverage == Coverage::MovedByOption)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QRect iconRect(badge.left() + PadLeft, badge.top() + (badge.height() - IconSize) / 2, IconSize, IconSize);
    icon(coverage).paint(painter, iconRect);

    painter->setFont(font);
    painter->setPen(c.foreground);
    const QRect textRect(iconRect.right() + 1 + Gap, badge.top(), badge.right() - iconRect.right() - Gap - PadRight / 2,
                         badge.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QPixmap CoverageStyle::badgePixmap(Coverage coverage, const QString &text, const QFont &font, qreal dpr)
{
    const QSize size = badgeSize(font, coverage, text);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setFont(font);
    paintBadge(&painter, QRect(QPoint(0, 0), size), coverage, text);
    return pixmap;
}

} // namespace keyward::ui
