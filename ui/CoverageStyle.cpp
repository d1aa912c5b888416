// CoverageStyle: palette and badge painting for coverage cells and legends.
#include "CoverageStyle.h"

#include "report/StatePalette.h"

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
    const report::StateColors c = report::stateColors(state);
    return {c.background, c.foreground, c.border};
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
