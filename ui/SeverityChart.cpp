// SeverityChart: labels and counts in the window's text colour, bars in the severity's colour beside them.
#include "SeverityChart.h"

#include "CoverageStyle.h"

#include <QPaintEvent>
#include <QPainter>

namespace keyward::ui {

using compliance::Severity;

namespace {

constexpr int RowGap = 4;
constexpr int ColumnGap = 8;

} // namespace

SeverityChart::SeverityChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("severityChart"));
    setAccessibleName(tr("Failed controls by severity"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QList<Severity> SeverityChart::severities()
{
    return {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
}

QColor SeverityChart::barColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xA5, 0x0E, 0x0E);
    case Severity::High:
        return QColor(0xD9, 0x30, 0x25);
    case Severity::Medium:
        return QColor(0xE3, 0x74, 0x00);
    case Severity::Low:
        return QColor(0x5F, 0x63, 0x68);
    case Severity::Info:
        return QColor(0x1A, 0x73, 0xE8);
    }
    return {};
}

void SeverityChart::setCounts(const QMap<Severity, int> &failed)
{
    m_failed = failed;
    setAccessibleDescription(text());
    setToolTip(text());
    update();
}

QString SeverityChart::text() const
{
    QStringList parts;
    for (Severity s : severities())
        parts << tr("%1 %2").arg(compliance::severityDisplayName(s)).arg(m_failed.value(s));
    return tr("Failed by severity: %1").arg(parts.join(QStringLiteral(", ")));
}

QSize SeverityChart::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int rows = int(severities().size());
    return {fm.averageCharWidth() * 44, rows * fm.height() + (rows - 1) * RowGap};
}

QSize SeverityChart::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {fontMetrics().averageCharWidth() * 24, hint.height()};
}

void SeverityChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    int countWidth = fm.horizontalAdvance(QStringLiteral("000"));
    int most = 0;
    for (Severity s : severities()) {
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(compliance::severityDisplayName(s)));
        countWidth = qMax(countWidth, fm.horizontalAdvance(QString::number(m_failed.value(s))));
        most = qMax(most, m_failed.value(s));
    }
    const int barLeft = labelWidth + ColumnGap + countWidth + ColumnGap;
    const int barSpace = qMax(0, width() - barLeft - 2);
    const QColor text = palette().color(QPalette::WindowText);
    int y = 0;
    for (Severity s : severities()) {
        const int n = m_failed.value(s);
        const QRect row(0, y, width(), fm.height());
        p.setPen(text);
        p.drawText(QRect(0, y, labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   compliance::severityDisplayName(s));
        p.drawText(QRect(labelWidth + ColumnGap, y, countWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(n));
        // The track shows the scale; the bar the share of the most failed severity.
        const QRectF track(barLeft, y + row.height() * 0.2, barSpace, row.height() * 0.6);
        p.setPen(Qt::NoPen);
        p.setBrush(CoverageStyle::gridLine());
        p.drawRoundedRect(track, 2, 2);
        if (n > 0 && most > 0) {
            QRectF bar = track;
            bar.setWidth(qMax(3.0, track.width() * n / most));
            p.setBrush(barColor(s));
            p.drawRoundedRect(bar, 2, 2);
        }
        y += row.height() + RowGap;
    }
}

} // namespace keyward::ui
