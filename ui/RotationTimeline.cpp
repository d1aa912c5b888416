// RotationTimeline: a QPainter view of rotations per key.
#include "RotationTimeline.h"

#include "CoverageStyle.h"
#include "services/JobText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace keyward::ui {

namespace {

constexpr int LaneHeight = 24;
constexpr int Margin = 8;
constexpr int AxisHeight = 20;
constexpr int LegendHeight = 18;
constexpr int MarkRadius = 5;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void drawCross(QPainter &p, const QPoint &c, int r)
{
    p.drawLine(c + QPoint(-r, -r), c + QPoint(r, r));
    p.drawLine(c + QPoint(-r, r), c + QPoint(r, -r));
}

} // namespace

RotationTimeline::RotationTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rotationTimeline"));
    setAccessibleName(tr("Rotation timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void RotationTimeline::setEntries(const QList<catalog::HistoryEntry> &entries, const QDateTime &now,
                                  const QDateTime &from)
{
    m_entries.clear();
    for (const catalog::HistoryEntry &e : entries)
        if (services::isRotation(e))
            m_entries << e;
    std::sort(m_entries.begin(), m_entries.end(),
              [](const catalog::HistoryEntry &a, const catalog::HistoryEntry &b) { return a.at < b.at; });
    m_keys = services::rotationsByKey(m_entries);
    m_now = now.toUTC();
    m_from = from.isValid() ? from.toUTC() : m_entries.isEmpty() ? m_now : m_entries.first().at.toUTC();
    // A little room before the first mark, so it does not sit on the axis' edge.
    if (!from.isValid() && !m_entries.isEmpty())
        m_from = m_from.addSecs(-qMax<qint64>(60, m_from.secsTo(m_now) / 40));
    m_lanes.clear();
    m_ages.clear();
    QStringList described;
    for (const services::KeyRotations &k : std::as_const(m_keys)) {
        m_lanes << k.key;
        const QString age =
            k.lastRotation.isValid()
                ? tr("last rotated %1 ago").arg(services::JobText::duration(k.lastRotation.secsTo(m_now)))
                : tr("no successful rotation");
        m_ages << age;
        described << tr("%1: %n rotation(s), %2", nullptr, int(k.rotations)).arg(k.key, age) +
                         (k.failed > 0 ? tr(", %n failed", nullptr, int(k.failed)) : QString());
    }
    const QString summary =
        m_entries.isEmpty() ? tr("No rotations.")
                            : tr("%n rotation(s) from %1 to %2 UTC.", nullptr, marks()).arg(utc(m_from), utc(m_now)) +
                                  QLatin1Char(' ') + described.join(QStringLiteral("; ")) + QLatin1Char('.');
    setAccessibleDescription(summary);
    updateGeometry();
    update();
}

int RotationTimeline::marks() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [this](const catalog::HistoryEntry &e) { return e.at >= m_from && e.at <= m_now; }));
}

QSize RotationTimeline::sizeHint() const
{
    return {800, minimumSizeHint().height()};
}

QSize RotationTimeline::minimumSizeHint() const
{
    return {320, Margin * 2 + AxisHeight + LegendHeight + LaneHeight * int(qMax<qsizetype>(1, m_lanes.size()))};
}

RotationTimeline::Layout RotationTimeline::layoutFor(const QFontMetrics &fm) const
{
    Layout l;
    for (const QString &lane : m_lanes)
        l.labelWidth = qMax(l.labelWidth, fm.horizontalAdvance(lane));
    for (const QString &age : m_ages)
        l.ageWidth = qMax(l.ageWidth, fm.horizontalAdvance(age));
    l.labelWidth = qMin(l.labelWidth + 14, width() / 4);
    l.ageWidth = qMin(l.ageWidth + 14, width() / 4);
    l.plot = QRect(Margin + l.labelWidth, Margin, width() - 2 * Margin - l.labelWidth - l.ageWidth,
                   LaneHeight * int(qMax<qsizetype>(1, m_lanes.size())));
    return l;
}

int RotationTimeline::xOf(const QDateTime &at, const QRect &plot) const
{
    const qint64 span = qMax<qint64>(1, m_from.secsTo(m_now));
    const double share = double(m_from.secsTo(at)) / double(span);
    return plot.left() + int(qBound(0.0, share, 1.0) * plot.width());
}

QList<QPair<QDateTime, QString>> RotationTimeline::ticks(int width, const QFontMetrics &fm) const
{
    struct Step
    {
        qint64 seconds;
        int months;
        const char *format;
    };
    // From an hour to a year; the first whose ticks are far enough apart for their labels wins.
    static const Step steps[] = {{60, 0, "HH:mm"},         {600, 0, "HH:mm"},
                                 {3600, 0, "HH:mm"},       {6 * 3600, 0, "MM-dd HH:mm"},
                                 {86400, 0, "yyyy-MM-dd"}, {7 * 86400, 0, "yyyy-MM-dd"},
                                 {0, 1, "yyyy-MM"},        {0, 3, "yyyy-MM"},
                                 {0, 12, "yyyy"},          {0, 60, "yyyy"}};
    const qint64 span = qMax<qint64>(1, m_from.secsTo(m_now));
    QList<QPair<QDateTime, QString>> result;
    for (const Step &s : steps) {
        const QString format = QLatin1String(s.format);
        const int labelWidth = fm.horizontalAdvance(QDateTime(QDate(2000, 12, 30), QTime(23, 59)).toString(format));
        const qint64 approx = s.seconds > 0 ? s.seconds : qint64(s.months) * 30 * 86400;
        if (double(span) / double(approx) * (labelWidth + 16) > width && s.months != 60)
            continue;
        // The first tick on a round boundary at or after the axis' start.
        QDateTime t;
        const QDate d = m_from.date();
        if (s.months > 0)
            t = QDateTime(QDate(d.year(), s.months >= 12 ? 1 : (d.month() - 1) / s.months * s.months + 1, 1),
                          QTime(0, 0), Qt::UTC);
        else if (s.seconds >= 7 * 86400)
            t = QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), Qt::UTC);
        else if (s.seconds >= 86400)
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
        else if (s.seconds >= 3600)
            t = QDateTime(d, QTime(m_from.time().hour() / int(s.seconds / 3600) * int(s.seconds / 3600), 0), Qt::UTC);
        else
            t = QDateTime(
                d, QTime(m_from.time().hour(), m_from.time().minute() / int(s.seconds / 60) * int(s.seconds / 60)),
                Qt::UTC);
        while (t <= m_now) {
            if (t >= m_from)
                result.append({t, t.toString(format)});
            t = s.months > 0 ? t.addMonths(s.months) : t.addSecs(s.seconds);
        }
        break;
    }
    return result;
}

void RotationTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor secondary = CoverageStyle::secondaryText();
    if (m_lanes.isEmpty()) {
        p.setPen(secondary);
        p.drawText(rect(), Qt::AlignCenter, tr("No rotations"));
        return;
    }
    const Layout l = layoutFor(fm);
    const QRect &plot = l.plot;

    // Ticks first, under the lanes.
    const auto axisTicks = ticks(plot.width(), fm);
    for (const auto &[at, label] : axisTicks) {
        const int x = xOf(at, plot);
        p.setPen(QPen(CoverageStyle::gridLine(), 1));
        p.drawLine(x, plot.top(), x, plot.bottom() + 3);
        p.setPen(secondary);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRect(qBound(plot.left() - w / 2, x - w / 2, plot.right() - w), plot.bottom() + 4, w, AxisHeight),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
    // The axis' start, dated, unless a tick is there already.
    const QString start = m_from.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const int startWidth = fm.horizontalAdvance(start) + 12;
    if (axisTicks.isEmpty() ||
        xOf(axisTicks.first().first, plot) - fm.horizontalAdvance(axisTicks.first().second) / 2 - plot.left() >
            startWidth) {
        p.setPen(secondary);
        p.drawText(QRect(plot.left(), plot.bottom() + 4, startWidth, AxisHeight), Qt::AlignLeft | Qt::AlignTop, start);
    }
    p.setPen(QPen(secondary, 1));
    p.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1);

    const QColor ok = CoverageStyle::colors(model::Coverage::CustomerKey).foreground;
    const QColor failed = CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground;
    for (int i = 0; i < m_lanes.size(); ++i) {
        const QRect lane(plot.left(), plot.top() + i * LaneHeight, plot.width(), LaneHeight);
        const int y = lane.center().y();
        p.setPen(text);
        p.drawText(QRect(Margin, lane.top(), l.labelWidth - 8, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_lanes.at(i), Qt::ElideMiddle, l.labelWidth - 8));
        p.drawText(QRect(plot.right() + 10, lane.top(), l.ageWidth - 10, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(m_ages.at(i), Qt::ElideRight, l.ageWidth - 10));
        p.setPen(QPen(secondary, 1, Qt::DotLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        for (const catalog::HistoryEntry &e : std::as_const(m_entries)) {
            if (e.key != m_lanes.at(i) || e.at < m_from || e.at > m_now)
                continue;
            const QPoint c(qBound(plot.left() + MarkRadius, xOf(e.at, plot), plot.right() - MarkRadius), y);
            if (services::isSuccessfulRotation(e)) {
                p.setPen(QPen(palette().color(QPalette::Base), 1));
                p.setBrush(ok);
                p.drawEllipse(c, MarkRadius, MarkRadius);
            } else {
                p.setPen(QPen(failed, 2));
                drawCross(p, c, MarkRadius - 1);
            }
        }
    }

    // The legend: shapes, not colours alone, tell a rotation from a failed one.
    int x = plot.left();
    const int ly = plot.bottom() + AxisHeight + LegendHeight / 2 + 2;
    p.setPen(QPen(palette().color(QPalette::Base), 1));
    p.setBrush(ok);
    p.drawEllipse(QPoint(x + MarkRadius, ly), MarkRadius, MarkRadius);
    p.setPen(secondary);
    const QString rotated = tr("new key version");
    p.drawText(QRect(x + 2 * MarkRadius + 6, ly - LegendHeight / 2, fm.horizontalAdvance(rotated) + 4, LegendHeight),
               Qt::AlignVCenter, rotated);
    x += 2 * MarkRadius + 6 + fm.horizontalAdvance(rotated) + 20;
    p.setPen(QPen(failed, 2));
    drawCross(p, QPoint(x + MarkRadius, ly), MarkRadius - 1);
    p.setPen(secondary);
    const QString failedText = tr("rotation that failed or changed nothing");
    p.drawText(QRect(x + 2 * MarkRadius + 6, ly - LegendHeight / 2, fm.horizontalAdvance(failedText) + 4, LegendHeight),
               Qt::AlignVCenter, failedText);
    const QString end = tr("now: %1 UTC").arg(utc(m_now));
    p.drawText(QRect(plot.right() - fm.horizontalAdvance(end), ly - LegendHeight / 2, fm.horizontalAdvance(end) + 4,
                     LegendHeight),
               Qt::AlignVCenter, end);
}

int RotationTimeline::markAt(const QPoint &pos) const
{
    if (m_lanes.isEmpty())
        return -1;
    const Layout l = layoutFor(fontMetrics());
    const int lane = (pos.y() - l.plot.top()) / LaneHeight;
    if (pos.y() < l.plot.top() || lane >= m_lanes.size())
        return -1;
    int best = -1;
    int bestDistance = MarkRadius + 3;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key != m_lanes.at(lane) || m_entries.at(i).at < m_from)
            continue;
        const int d = qAbs(xOf(m_entries.at(i).at, l.plot) - pos.x());
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

bool RotationTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = markAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const catalog::HistoryEntry &e = m_entries.at(i);
        QToolTip::showText(
            help->globalPos(),
            tr("%1 UTC, %2: %3 of %4 from %5 to %6 (%7)")
                .arg(utc(e.at), e.workspace, e.action, e.key, e.oldVersion.left(12), e.newVersion.left(12), e.result),
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace keyward::ui
