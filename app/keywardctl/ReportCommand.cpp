// ReportCommand: keywardctl report: the compliance report of one or every workspace, as PDF, HTML, JSON (signed)
// or CSV.
#include "CliSupport.h"

#include "compliance/ComplianceService.h"
#include "compliance/ReportSigner.h"
#include "report/ReportFiles.h"

namespace keyward::cli {

int runReport(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("verify") || sub == QLatin1String("signing-key"))
        return runReportTools(args);

    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       Text::tr("pdf, html, json or csv (default: from the file name's suffix)."),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption workspaceOpt(
        QStringLiteral("workspace"), Text::tr("Only this workspace (default: every workspace)."), QStringLiteral("W"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    Text::tr("Write the report to FILE ('-': standard output). CSV writes the "
                                             "findings there and the key inventory beside it (NAME-inventory.csv)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption noSignOpt(
        QStringLiteral("no-sign"), Text::tr("Do not sign a JSON report (by default FILE.sig is written beside it)."));
    const QCommandLineOption vaultOpt(QStringLiteral("vault"),
                                      Text::tr("The local vault that holds the report-signing key (needed when there "
                                               "are several)."),
                                      QStringLiteral("VAULT"));
    parser.addOptions({formatOpt, workspaceOpt, outOpt, noSignOpt, vaultOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Judge every workspace (or one) against CIS Azure 2.1.8 and 8.3.x, PCI DSS "
                                      "3.7.4/3.7.5, NIST SP 800-57 cryptoperiods, the matching Azure Policy "
                                      "definitions and the platform's documented facts, from what was measured, and "
                                      "write the report. 'keywardctl report verify FILE' checks a signed JSON report; "
                                      "'keywardctl report signing-key' exports the key that verifies it. Exit 0 "
                                      "when written."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (!parser.positionalArguments().isEmpty()) {
        err() << args.value(0) << ": " << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
              << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(outOpt)) {
        err() << args.value(0) << ": " << Text::tr("--out FILE is required") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.value(outOpt);
    std::optional<report::ReportFormat> format;
    if (parser.isSet(formatOpt)) {
        auto parsed = report::parseReportFormat(parser.value(formatOpt));
        if (!parsed) {
            err() << args.value(0) << ": "
                  << Text::tr("unknown format '%1' (pdf, html, json, csv)").arg(parser.value(formatOpt)) << Qt::endl;
            return ExitUsage;
        }
        format = *parsed;
    } else {
        format = report::reportFormatForPath(path);
        if (!format) {
            err() << args.value(0) << ": " << Text::tr("say --format pdf, html, json or csv") << Qt::endl;
            return ExitUsage;
        }
    }
    if (path == QLatin1String("-") && *format == report::ReportFormat::Csv) {
        err() << args.value(0) << ": " << Text::tr("a CSV report is two files: give --out a file name") << Qt::endl;
        return ExitUsage;
    }

    compliance::ReportScope scope;
    scope.workspace = parser.value(workspaceOpt);
    scope.mayPrompt = true;
    auto built = compliance::ComplianceService(access.context()).report(scope);
    if (!built)
        return report(args.value(0), built.error());

    const bool sign = *format == report::ReportFormat::Json && !parser.isSet(noSignOpt);
    compliance::ReportSigner signer(access.context());
    const QString vault = parser.value(vaultOpt);
    QString keyId;
    report::ReportSignature signature;
    if (sign) {
        signature = [&](const QByteArray &document) -> Result<compliance::SignedReport> {
            auto signature = signer.sign(document, vault);
            if (signature)
                keyId = signature->keyId;
            return signature;
        };
    }
    if (path == QLatin1String("-")) {
        if (sign) {
            err() << args.value(0) << ": "
                  << Text::tr("a signed report is two files: give --out a file name, or "
                              "--no-sign")
                  << Qt::endl;
            return ExitUsage;
        }
        auto bytes = report::renderReport(*built, *format);
        if (!bytes)
            return report(args.value(0), bytes.error());
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*bytes) != bytes->size())
            return report(args.value(0), Error::make(ErrorCode::Io, Text::tr("cannot write to standard output")));
        return ExitOk;
    }
    auto written = report::writeReport(*built, *format, path, signature);
    if (!written)
        return report(args.value(0), written.error());
    int fails = 0;
    for (const compliance::Finding &f : built->findings)
        fails += f.outcome == compliance::Outcome::Fail ? 1 : 0;
    out() << Text::tr("score %1 %, %n failed finding(s), %2 workspace(s)", nullptr, fails)
                 .arg(QString::number(built->score(), 'f', 1))
                 .arg(built->facts.workspaces.size())
          << '\n';
    for (const QString &file : *written)
        out() << Text::tr("wrote %1").arg(file) << '\n';
    if (!keyId.isEmpty())
        out() << Text::tr("signed with %1").arg(keyId) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace keyward::cli
