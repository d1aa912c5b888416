// EscrowCommand: keywardctl escrow export: a break-glass kit (keyward-escrow/1) for one feature key.
#include "CliSupport.h"

#include "catalog/Catalog.h"
#include "crypto/RsaKey.h"
#include "escrow/EscrowRecord.h"
#include "jobs/FeatureKeyService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

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
    QFile pemFile(parser.value(recipientOpt));
    if (!pemFile.open(QIODevice::ReadOnly))
        return report(cmd, Error::make(ErrorCode::Io, Text::tr("cannot read %1").arg(pemFile.fileName())));
    auto recipient = crypto::RsaPublicKey::fromPem(pemFile.read(1 << 20));
    if (!recipient)
        return report(cmd, Error::make(ErrorCode::Format, Text::tr("%1 is not an RSA public key in PEM form (2048 bits "
                                                                   "or more)")
                                                              .arg(pemFile.fileName())));

    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(access.dataDir()));
    if (!catalog)
        return report(cmd, catalog.error());
    auto workspace = (*catalog)->workspace(parser.value(wsOpt));
    if (!workspace)
        return report(cmd, workspace.error());
    jobs::RegistryKeyStoreProvider stores(access.dataDir(), access.secrets(), &access.prompt());
    jobs::FeatureKeyService keys(**catalog, stores, *workspace);
    if (auto st = keys.loadRecords(); !st)
        return report(cmd, st.error());
    QByteArray fkId;
    if (parser.isSet(fkOpt)) {
        fkId = QByteArray::fromHex(parser.value(fkOpt).toLatin1());
    } else {
        for (const auto &[id, r] : keys.records())
            if (r.feature == *feature && r.state == catalog::FeatureKeyState::Active)
                fkId = id;
    }
    const auto record = keys.records().find(fkId);
    if (record == keys.records().end() || record->second.feature != *feature)
        return report(
            cmd, Error::make(ErrorCode::NotFound, Text::tr("workspace '%1' has no such feature key for %2 "
                                                           "(run encrypt first, or check --fk-id)")
                                                      .arg(workspace->workspace.name(), model::featureId(*feature))));
    auto fk = keys.featureKey(fkId);
    if (!fk)
        return report(cmd, fk.error());
    auto escrowRecord =
        escrow::EscrowRecord::create(workspace->workspace.name(), model::featureId(*feature), fkId, *fk, *recipient);
    if (!escrowRecord)
        return report(cmd, escrowRecord.error());
    QSaveFile file(parser.value(outOpt));
    const QByteArray json = escrowRecord->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return report(cmd, Error::make(ErrorCode::Io, Text::tr("cannot write %1").arg(file.fileName())));
    (void)(*catalog)->audit(QStringLiteral("escrow.export"), workspace->workspace.name(),
                            QStringLiteral("%1 fk %2 to recipient %3")
                                .arg(model::featureId(*feature), QString::fromLatin1(fkId.toHex()),
                                     QString::fromLatin1(escrowRecord->recipientSha256.toHex())));
    if (access.json())
        printJson(QJsonDocument::fromJson(json).object());
    else
        out() << Text::tr("escrow record for %1 (fk_id %2) written to %3")
                     .arg(model::featureId(*feature), QString::fromLatin1(fkId.toHex()), parser.value(outOpt))
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
