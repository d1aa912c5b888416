// ReportDocument: a compliance report for people: a cover with scope and time, the summary score, each
// workspace's coverage matrix in colour, the key inventory with ages (and a chart of them), the rotation
// history with a chart, the findings grouped by control, and an evidence appendix. One HTML text serves the
// .html file (charts embedded as PNG data) and the PDF (charts as document resources, printed through
// QPdfWriter). Needs a QGuiApplication (fonts); with no fonts installed Qt would print a PDF without text.
#pragma once

#include "compliance/ComplianceService.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace keyward::report {

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(keyward::report::ReportDocument)
public:
    explicit ReportDocument(compliance::ComplianceReport report);

    // Each key's rotations along a time axis, one lane per key: a filled mark per rotation, a hollow one for a
    // failed step, and today at the right edge.
    QImage rotationChart(QSize size) const;
    // The age of each key version in use, as bars against the cryptoperiod and the rotation limit.
    QImage ageChart(QSize size) const;

    // A self-contained HTML file (UTF-8).
    QByteArray html() const;
    // The PDF (A4). Unavailable when no font can be found: a PDF without text is never written.
    Result<QByteArray> pdf() const;

    const compliance::ComplianceReport &report() const { return m_report; }

private:
    enum class Images
    {
        Embedded,  // data: URIs, for the HTML file
        Resources, // names the PDF's QTextDocument resolves
    };
    QString body(Images images) const;
    QString cover() const;
    QString summary() const;
    QString matrices() const;
    QString inventory(Images images) const;
    QString rotations(Images images) const;
    QString findings() const;
    QString appendix() const;

    compliance::ComplianceReport m_report;
};

} // namespace keyward::report
