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

using model::CellState;

CoverageStyle::Colors CoverageStyle::colors(CellState state)
{
    // Light tints with dark text of the same hue; every pair is above WCAG AA for normal text, and no two states
    // share a background. Protected states are green and teal, problems red, magenta and purple, unknowns grey.
    switch (state) {
    case CellState::Verified:
        return {QColor(0xD9, 0xF0, 0xE0), QColor(0x0B, 0x5A, 0x28), QColor(0x8F, 0xCB, 0xA0)};
    case CellState::NotVerified:
        return {QColor(0xE3, 0xF3, 0xF1), QColor(0x0A, 0x55, 0x50), QColor(0x9C, 0xCF, 0xCB)};
    case CellState::PlaintextFound:
        return {QColor(0xFA, 0xD7, 0xD4), QColor(0x86, 0x0F, 0x0C), QColor(0xE8, 0x8A, 0x82)};
    case CellState::FindingsFound:
        return {QColor(0xF9, 0xE4, 0xF1), QColor(0x80, 0x12, 0x55), QColor(0xE0, 0xA3, 0xC9)};
    case CellState::KeyUnusable:
        return {QColor(0xEE, 0xE5, 0xFA), QColor(0x53, 0x26, 0x87), QColor(0xC4, 0xAC, 0xE6)};
    case CellState::KeyStoreUnreachable:
        return {QColor(0xF3, 0xEC, 0xE4), QColor(0x5A, 0x43, 0x2C), QColor(0xCF, 0xBD, 0xAA)};
    case CellState::KeyNotChecked:
        return {QColor(0xEE, 0xEF, 0xF1), QColor(0x3C, 0x40, 0x43), QColor(0xC4, 0xC7, 0xCA)};
    case CellState::CustomerKey:
        return {QColor(0xE6, 0xF4, 0xEA), QColor(0x0D, 0x65, 0x2D), QColor(0x9F, 0xD5, 0xAE)};
    case CellState::NoKeyAssigned:
        return {QColor(0xFE, 0xF3, 0xD6), QColor(0x7A, 0x46, 0x00), QColor(0xF2, 0xC9, 0x6B)};
    case CellState::PlatformKeyOnly:
        return {QColor(0xE8, 0xEE, 0xF7), QColor(0x1F, 0x3A, 0x5F), QColor(0xB4, 0xC5, 0xDE)};
    case CellState::NotAvailableOnPlan:
        return {QColor(0xFC, 0xE8, 0xE6), QColor(0x9E, 0x13, 0x10), QColor(0xF0, 0xB0, 0xA9)};
    case CellState::MovedByOption:
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

QIcon CoverageStyle::icon(CellState state)
{
    switch (state) {
    case CellState::Verified:
        return resourceIcon(QStringLiteral("verified"));
    case CellState::NotVerified:
        return resourceIcon(QStringLiteral("not-verified"));
    case CellState::PlaintextFound:
        return resourceIcon(QStringLiteral("plaintext-found"));
    case CellState::FindingsFound:
        return resourceIcon(QStringLiteral("findings-found"));
    case CellState::KeyUnusable:
        return resourceIcon(QStringLiteral("key-unusable"));
    case CellState::KeyStoreUnreachable:
        return resourceIcon(QStringLiteral("store-unreachable"));
    case CellState::KeyNotChecked:
        return resourceIcon(QStringLiteral("key-not-checked"));
    case CellState::CustomerKey:
        return resourceIcon(QStringLiteral("customer-key"));
    case CellState::NoKeyAssigned:
        return resourceIcon(QStringLiteral("no-key"));
    case CellState::PlatformKeyOnly:
        return resourceIcon(QStringLiteral("platform-key"));
    case CellState::NotAvailableOnPlan:
        return resourceIcon(QStringLiteral("needs-premium"));
    case CellState::MovedByOption:
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

QFont CoverageStyle::badgeFont(const QFont &base, CellState state)
{
    QFont font = base;
    font.setItalic(state == CellState::MovedByOption);
    return font;
}

QSize CoverageStyle::badgeSize(const QFont &base, CellState state, const QString &text)
{
    const QFontMetrics metrics(badgeFont(base, state));
    const int height = qMax(metrics.height(), IconSize) + 2 * PadVertical;
    return {PadLeft + IconSize + Gap + metrics.horizontalAdvance(text) + PadRight, height};
}

void CoverageStyle::paintBadge(QPainter *painter, const QRect &rect, CellState state, const QString &text)
{
    const Colors c = colors(state);
    const QFont font = badgeFont(painter->font(), state);
    const QFontMetrics metrics(font);
    const QSize size = badgeSize(painter->font(), state, text);
    const QRect badge(rect.left(), rect.top() + (rect.height() - size.height()) / 2, qMin(size.width(), rect.width()),
                      size.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    QPen pen(c.border, 1);
    // Dashed outline: "moved" is an absence of data, not a kind of protection.
    if (state == CellState::MovedByOption)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QRect iconRect(badge.left() + PadLeft, badge.top() + (badge.height() - IconSize) / 2, IconSize, IconSize);
    icon(state).paint(painter, iconRect);

    painter->setFont(font);
    painter->setPen(c.foreground);
    const QRect textRect(iconRect.right() + 1 + Gap, badge.top(), badge.right() - iconRect.right() - Gap - PadRight / 2,
                         badge.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QPixmap CoverageStyle::badgePixmap(CellState state, const QString &text, const QFont &font, qreal dpr)
{
    const QSize size = badgeSize(font, state, text);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setFont(font);
    paintBadge(&painter, QRect(QPoint(0, 0), size), state, text);
    return pixmap;
}

} // namespace keyward::ui
