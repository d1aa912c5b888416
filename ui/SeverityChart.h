// SeverityChart: the failed controls of a compliance report by severity, one bar per severity (critical first),
// each with its name and count written beside it, so the chart never speaks by colour alone.
#pragma once

#include "compliance/ComplianceModel.h"

#include <QMap>
#include <QWidget>

namespace keyward::ui {

class SeverityChart : public QWidget
{
    Q_OBJECT
public:
    explicit SeverityChart(QWidget *parent = nullptr);
    // Failed findings per severity (a severity not in the map counts 0).
    void setCounts(const QMap<compliance::Severity, int> &failed);
    const QMap<compliance::Severity, int> &counts() const { return m_failed; }
    // The severities drawn, most severe first (Info is never scored, so never drawn).
    static QList<compliance::Severity> severities();
    static QColor barColor(compliance::Severity severity);
    // What the chart shows, in words: "Failed by severity: Critical 2, High 3, Medium 0, Low 1".
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<compliance::Severity, int> m_failed;
};

} // namespace keyward::ui
