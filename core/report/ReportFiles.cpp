// ReportFiles: rendering and writing a report in each format.
#include "report/ReportFiles.h"

#include "compliance/ReportJson.h"
#include "report/ReportDocument.h"
#include "util/SafeWrite.h"

#include <QDir>
#include <QFileInfo>

namespace keyward::report {

QString reportFormatId(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

QList<ReportFormat> allReportFormats()
{
    return {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Json, ReportFormat::Csv};
}

Result<ReportFormat> parseReportFormat(QStringView id)
{
    for (ReportFormat f : allReportFormats()) {
        if (id == reportFormatId(f))
            return f;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("'%1' is not a report format (pdf, html, json, csv)").arg(id));
}

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (auto f = parseReportFormat(suffix))
        return *f;
    return std::nullopt;
}

QString inventoryCsvPath(const QString &path)
{
    const QFileInfo info(path);
    const QString stem = info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? info.completeBaseName()
                                                                                               : info.fileName();
    return info.dir().filePath(stem + QStringLiteral("-inventory.csv"));
}

Result<QByteArray> renderReport(const compliance::ComplianceReport &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return ReportDocument(report).pdf();
    case ReportFormat::Html:
        return ReportDocument(report).html();
    case ReportFormat::Json:
        return compliance::reportJsonBytes(report);
    case ReportFormat::Csv:
        return compliance::findingsCsv(report);
    }
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown report format"));
}

Result<QStringList> writeReport(const compliance::ComplianceReport &report, ReportFormat format, const QString &path,
                                const ReportSignature &sign)
{
    auto bytes = renderReport(report, format);
    if (!bytes)
        return bytes.error();
    // Owner-only, like everything Keyward writes: a report lists every workspace's keys and objects.
    constexpr QFileDevice::Permissions Readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QStringList written;
    if (format == ReportFormat::Json && sign) {
        // Signed before anything is written: a report whose signature cannot be made is not left behind alone.
        auto signature = sign(*bytes);
        if (!signature)
            return signature.error();
        if (auto st = compliance::writeSignedReport(path, *bytes, *signature); !st)
            return st.error();
        return QStringList{path, compliance::signaturePath(path)};
    }
    if (auto st = writeFileAtomically(path, *bytes, Readable); !st)
        return st.error();
    written << path;
    if (format == ReportFormat::Csv) {
        const QString inventory = inventoryCsvPath(path);
        if (auto st = writeFileAtomically(inventory, compliance::inventoryCsv(report), Readable); !st)
            return st.error();
        written << inventory;
    }
    return written;
}

} // namespace keyward::report
