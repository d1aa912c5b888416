// EscrowCommand: keywardctl escrow export: a break-glass kit (keyward-escrow/1) for one feature key.
#include "CliSupport.h"

#include "services/EscrowService.h"

#include <QFile>
#include <QJsonDocument>

namespace keyward::cli {

namespace {

int exportCommand(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), Text::tr("The workspace."), QStringLiteral("NAME"));
    const QCommandLineOption featureOpt(QStringLiteral("feature"),
                                        Text::tr("managed-services, dbfs-root, managed-disks, or platform (the "
                                                 "double-encryption layer)."),
                                        QStringLiteral("FEATURE"));
    const QCommandLineOption recipientOpt(QStringLiteral("recipient"), Text::tr("The escrow RSA public key (PEM)."),
                                          QStringLiteral("PUB.pem"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Text::tr("Where to write the record."),
                                    QStringLiteral("REC.json"));
    const QCommandLineOption fkOpt(QStringLiteral("fk-id"),
                                   Text::tr("Export this feature-key generation instead of the active one."),
                                   QStringLiteral("HEX"));
    parser.addOptions({wsOpt, featureOpt, recipientOpt, outOpt, fkOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Re-wrap a feature key to an escrow RSA public key and write the record "
                                      "(keyward-escrow/1). With the escrow private key, 'keywardctl recover' opens the "
                                      "feature's objects with no catalog and no key store."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (!parser.isSet(wsOpt) || !parser.isSet(featureOpt) || !parser.isSet(recipientOpt) || !parser.isSet(outOpt)) {
        err() << cmd << ": " << Text::tr("--workspace, --feature, --recipient and --out are required") << Qt::endl;
        return ExitUsage;
    }
    auto feature = model::parseFeature(parser.value(featureOpt));
    if (!feature) {
        err() << cmd << ": " << feature.error().detail << Qt::endl;
        return ExitUsage;
    }
    services::EscrowExportRequest request;
    request.workspace = parser.value(wsOpt);
    request.feature = *feature;
    request.recipientName = parser.value(recipientOpt);
    request.outPath = parser.value(outOpt);
    if (parser.isSet(fkOpt)) {
        auto fkId = services::EscrowService::parseFkId(parser.value(fkOpt));
        if (!fkId)
            return report(cmd, fkId.error());
        request.fkId = *fkId;
    }
    QFile pemFile(request.recipientName);
    if (!pemFile.open(QIODevice::ReadOnly))
        return report(cmd,
                      Error::because(ErrorCode::Io, Reason::InputNotRead, {pemFile.fileName(), pemFile.errorString()},
                                     QStringLiteral("cannot read %1").arg(pemFile.fileName())));
    request.recipientPem = pemFile.read(1 << 20);
    auto exported = services::EscrowService(access.context()).exportKit(request);
    if (!exported)
        return report(cmd, exported.error());
    if (access.json())
        printJson(QJsonDocument::fromJson(exported->record).object());
    else
        out() << Text::tr("escrow record for %1 (fk_id %2) written to %3")
                     .arg(model::featureId(*feature), QString::fromLatin1(exported->fkId.toHex()),
                          terminalSafe(request.outPath))
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runEscrow(const QStringList &args)
{
    return dispatch(
        args, {{QStringLiteral("export"), exportCommand}},
        Text::tr("Usage: keywardctl escrow export --workspace W --feature F --recipient PUB.pem --out REC.json"));
}

} // namespace keyward::cli
