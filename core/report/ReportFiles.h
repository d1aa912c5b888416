// ReportFiles: a compliance report written in the format asked for, each file through a temporary file beside
// it and renamed into place (a symbolic link at a target is refused, never written through).
#pragma once

#include "compliance/ComplianceService.h"
#include "compliance/ReportSigner.h"

#include <QStringList>

#include <functional>

namespace keyward::report {

enum class ReportFormat
{
    Pdf,
    Html,
    Json,
    Csv, // the findings at the path, the key inventory beside it (<stem>-inventory.csv)
};
QString reportFormatId(ReportFormat format); // "pdf", "html", "json", "csv"
Result<ReportFormat> parseReportFormat(QStringView id);
QList<ReportFormat> allReportFormats();
// The format a file name's suffix names (".pdf", ...), if any.
std::optional<ReportFormat> reportFormatForPath(const QString &path);

// Where the inventory CSV goes for findings written to `path`.
QString inventoryCsvPath(const QString &path);

// The bytes of the report in `format` (for CSV: the findings). Needs a QGuiApplication for PDF and HTML.
Result<QByteArray> renderReport(const compliance::ComplianceReport &report, ReportFormat format);

// Signs a JSON report's bytes (ReportSigner::sign). Given by the caller that holds the key.
using ReportSignature = std::function<Result<compliance::SignedReport>(const QByteArray &document)>;

// Writes the report to `path` (and the inventory beside it for CSV; the signature beside it for JSON when `sign`
// is given), readable by all (reports are for auditors). Returns the files written, in order.
Result<QStringList> writeReport(const compliance::ComplianceReport &report, ReportFormat format, const QString &path,
                                const ReportSignature &sign = {});

} // namespace keyward::report
