// RotationTimeline: a QPainter view of rotations per key.
#include "RotationTimeline.h"

#include "CoverageStyle.h"

#include <QPainter>

namespace keyward::ui {

namespace {

constexpr int LaneHeight = 22;
constexpr int Margin = 8;
constexpr int AxisHeight = 18;

} // namespace

RotationTimeline::RotationTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationTimeline"));
    setAccessibleName(tr("Rotation timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RotationTimeline::setEntries(const QList<catalog::HistoryEntry> &entries, const QDateTime &now)
{
    m_entries.clear();
    m_lanes.clear();
    for (const catalog::HistoryEntry &e : entries) {
        if (e.action != QLatin1String("rotate"))
            continue;
        m_entries << e;
        if (!m_lanes.contains(e.key))
            m_lanes << e.key;
    }
    m_first = m_entries.isEmpty() ? now : m_entries.first().at;
    m_now = now;
    const QString span =
        m_entries.isEmpty()
            ? tr("no rotations yet")
            : tr("%n rotation(s) of %1 key(s) from %2 to %3", nullptr, int(m_entries.size()))
                  .arg(m_lanes.size())
                  .arg(m_first.date().toString(Qt::ISODate), m_entries.last().at.date().toString(Qt::ISODate));
    setAccessibleDescription(span);
    setToolTip(span);
    updateGeometry();
    update();
}

QSize RotationTimeline::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize RotationTimeline::minimumSizeHint() const
{
    return {200, Margin * 2 + AxisHeight + LaneHeight * int(qMax<qsizetype>(1, m_lanes.size()))};
}

void RotationTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const QString &lane : m_lanes)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(lane));
    labelWidth = qMin(labelWidth + 12, width() / 3);
    const QRect plot(Margin + labelWidth, Margin, width() - 2 * Margin - labelWidth,
                     height() - 2 * Margin - AxisHeight);
    p.setPen(CoverageStyle::secondaryText());
    if (m_lanes.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No rotations yet"));
        return;
    }
    const qint64 span = qMax<qint64>(1, m_first.secsTo(m_now));
    const QColor mark = CoverageStyle::colors(model::Coverage::CustomerKey).foreground;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const int y = plot.top() + i * LaneHeight + LaneHeight / 2;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(Margin, y - LaneHeight / 2, labelWidth - 6, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_lanes.at(i), Qt::ElideMiddle, labelWidth - 6));
        p.setPen(QPen(CoverageStyle::secondaryText(), 1, Qt::DotLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        for (const catalog::HistoryEntry &e : m_entries) {
            if (e.key != m_lanes.at(i))
                continue;
            const int x = plot.left() + int(double(m_first.secsTo(e.at)) / double(span) * plot.width());
            p.drawEllipse(QPoint(qBound(plot.left() + 4, x, plot.right() - 4), y), 4, 4);
        }
    }
    // The time axis: from the first rotation to now.
    const QRect axis(plot.left(), plot.bottom() + 2, plot.width(), AxisHeight);
    p.setPen(CoverageStyle::secondaryText());
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, m_first.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter,
               tr("now (%1)").arg(m_now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

} // namespace keyward::ui
