// StoreCommand: keywardctl store add|list|show|remove: the key stores Keyward knows.
#include "CliSupport.h"
#include "TerminalPrompt.h"

#include "keystore/LocalVault.h"
#include "services/Messages.h"
#include "services/StoreService.h"
#include "util/Input.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace keyward::cli {

namespace {

int addLocal(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption fileOpt(QStringLiteral("vault-file"),
                                     Text::tr("Where to put the vault file (default: <data dir>/vaults/NAME.kwvault)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption protectionOpt(
        QStringLiteral("protection"),
        Text::tr("How the vault's master key is kept: auto (the OS keychain when it answers, "
                 "else a passphrase), keychain, or passphrase."),
        QStringLiteral("HOW"), QStringLiteral("auto"));
    const QCommandLineOption noPurgeOpt(QStringLiteral("no-purge-protection"),
                                        Text::tr("Allow purging deleted keys at once."));
    const QCommandLineOption noSoftOpt(QStringLiteral("no-soft-delete"),
                                       Text::tr("Delete keys at once instead of keeping them."));
    const QCommandLineOption retentionOpt(QStringLiteral("retention-days"),
                                          Text::tr("Days deleted keys are kept (7-90)."), QStringLiteral("DAYS"),
                                          QStringLiteral("90"));
    parser.addOptions({fileOpt, protectionOpt, noPurgeOpt, noSoftOpt, retentionOpt});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The new vault's name."));
    if (int rc = parseOrExit(parser, args, Text::tr("Create a local vault (the embedded key store) and add it."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    access.allowCreatingData();
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    services::AddLocalStoreRequest request;
    request.name = parser.positionalArguments().first();
    const QString how = parser.value(protectionOpt);
    if (how == QLatin1String("keychain"))
        request.protection = keystore::VaultOptions::Protection::Keychain;
    else if (how == QLatin1String("passphrase"))
        request.protection = keystore::VaultOptions::Protection::Passphrase;
    else if (how != QLatin1String("auto")) {
        err() << args.value(0) << ": " << Text::tr("--protection must be auto, keychain or passphrase") << Qt::endl;
        return ExitUsage;
    }
    request.purgeProtection = !parser.isSet(noPurgeOpt);
    request.softDelete = !parser.isSet(noSoftOpt);
    auto retention = services::StoreService::parseRetentionDays(parser.value(retentionOpt));
    if (!retention)
        return report(args.value(0), retention.error());
    request.retentionDays = *retention;
    request.vaultFile = parser.value(fileOpt);
    auto added = services::StoreService(access.context()).addLocal(request);
    if (!added)
        return report(args.value(0), added.error());
    const bool keychain = added->protection == keystore::VaultProtection::Keychain;
    if (access.json()) {
        QJsonObject o = added->properties.toJson();
        o.insert(QStringLiteral("vault_file"), added->config.vaultPath);
        o.insert(QStringLiteral("protection"), keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase"));
        o.insert(QStringLiteral("readded"), added->readded);
        printJson(o);
    } else if (added->readded) {
        out() << Text::tr("added the local vault '%1' at %2 back (master key in %3)")
                     .arg(request.name, terminalSafe(added->config.vaultPath),
                          keychain ? Text::tr("the OS keychain") : Text::tr("a passphrase"))
              << Qt::endl;
    } else {
        out() << Text::tr("created local vault '%1' at %2 (master key in %3)")
                     .arg(request.name, added->config.vaultPath,
                          keychain ? Text::tr("the OS keychain") : Text::tr("a passphrase"))
              << Qt::endl;
    }
    return ExitOk;
}

int addPkcs11(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption moduleOpt(QStringLiteral("module"), Text::tr("The PKCS#11 module (shared library)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption labelOpt(QStringLiteral("token-label"), Text::tr("Choose the token by label."),
                                      QStringLiteral("LABEL"));
    const QCommandLineOption serialOpt(QStringLiteral("token-serial"), Text::tr("Choose the token by serial number."),
                                       QStringLiteral("SERIAL"));
    const QCommandLineOption savePinOpt(QStringLiteral("save-pin"), Text::tr("Keep the user PIN in the OS keychain."));
    const QCommandLineOption noPurgeOpt(QStringLiteral("no-purge-protection"),
                                        Text::tr("Allow purging deleted keys at once."));
    const QCommandLineOption retentionOpt(QStringLiteral("retention-days"),
                                          Text::tr("Days deleted keys are kept (7-90; default 90)."),
                                          QStringLiteral("DAYS"));
    parser.addOptions({moduleOpt, labelOpt, serialOpt, savePinOpt, noPurgeOpt, retentionOpt});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The store's name in Keyward."));
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Add a PKCS#11 token (an HSM) as a key store; it is opened once to check it."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    access.allowCreatingData();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(moduleOpt) ||
        (!parser.isSet(labelOpt) && !parser.isSet(serialOpt))) {
        err() << args.value(0) << ": " << Text::tr("expected NAME, --module and --token-label or --token-serial")
              << Qt::endl;
        return ExitUsage;
    }
    services::AddPkcs11StoreRequest request;
    request.name = parser.positionalArguments().first();
    request.modulePath = parser.value(moduleOpt);
    request.tokenLabel = parser.value(labelOpt);
    request.tokenSerial = parser.value(serialOpt);
    request.savePin = parser.isSet(savePinOpt);
    // Given or not: a token Keyward used before keeps its own settings, and one given that differs is refused.
    if (parser.isSet(noPurgeOpt))
        request.purgeProtection = false;
    if (parser.isSet(retentionOpt)) {
        auto retention = services::StoreService::parseRetentionDays(parser.value(retentionOpt));
        if (!retention)
            return report(args.value(0), retention.error());
        request.retentionDays = *retention;
    }
    auto added = services::StoreService(access.context()).addPkcs11(request);
    if (!added)
        return report(args.value(0), added.error());
    if (access.json())
        printJson(added->properties.toJson());
    else
        out() << Text::tr("added PKCS#11 token '%1' as key store '%2'")
                     .arg(terminalSafe(request.tokenLabel.isEmpty() ? request.tokenSerial : request.tokenLabel),
                          request.name)
              << Qt::endl;
    return ExitOk;
}

int addAzure(const QStringList &args, keystore::AzureFlavour flavour)
{
    const bool hsm = flavour == keystore::AzureFlavour::ManagedHsm;
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption urlOpt(hsm ? QStringLiteral("hsm-url") : QStringLiteral("vault-url"),
                                    hsm ? Text::tr("The Managed HSM's URL (https://NAME.managedhsm.azure.net).")
                                        : Text::tr("The vault's URL (https://NAME.vault.azure.net)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption tenantOpt(QStringLiteral("tenant"), Text::tr("The Microsoft Entra tenant (directory) id."),
                                       QStringLiteral("ID"));
    const QCommandLineOption clientOpt(QStringLiteral("client-id"),
                                       Text::tr("The application (client) id Keyward signs in as."),
                                       QStringLiteral("ID"));
    const QCommandLineOption secretOpt(
        QStringLiteral("client-secret-file"),
        Text::tr("Read the client secret from this file ('-': standard input) instead of asking for it. It is kept "
                 "in the OS keychain."),
        QStringLiteral("PATH"));
    const QCommandLineOption authorityOpt(
        QStringLiteral("authority"),
        Text::tr("The sign-in authority (default: %1).").arg(keystore::AzureKeyVaultConfig().authority.toString()),
        QStringLiteral("URL"));
    const QCommandLineOption scopeOpt(
        QStringLiteral("scope"),
        Text::tr("The token scope (default: %1).").arg(keystore::AzureKeyVaultConfig::defaultScope(flavour)),
        QStringLiteral("SCOPE"));
    const QCommandLineOption apiOpt(QStringLiteral("api-version"),
                                    Text::tr("The Key Vault REST API version (default: %1).")
                                        .arg(keystore::AzureKeyVaultConfig::defaultApiVersion()),
                                    QStringLiteral("VERSION"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"),
                                   Text::tr("Also trust the CA certificates in this PEM file (a private endpoint)."),
                                   QStringLiteral("PEM"));
    parser.addOptions({urlOpt, tenantOpt, clientOpt, secretOpt, authorityOpt, scopeOpt, apiOpt, caOpt});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The store's name in Keyward."));
    if (int rc =
            parseOrExit(parser, args,
                        hsm ? Text::tr("Add an Azure Managed HSM as a key store; Keyward signs in once to check it.")
                            : Text::tr("Add an Azure Key Vault vault as a key store; Keyward signs in once to "
                                       "check it."),
                        ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    access.allowCreatingData();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(urlOpt) || !parser.isSet(tenantOpt) ||
        !parser.isSet(clientOpt)) {
        err() << args.value(0) << ": "
              << Text::tr("expected NAME, --%1, --tenant and --client-id").arg(urlOpt.names().constFirst()) << Qt::endl;
        return ExitUsage;
    }
    services::AddAzureStoreRequest request;
    request.name = parser.positionalArguments().first();
    request.config.flavour = flavour;
    request.config.vaultUrl = QUrl(parser.value(urlOpt));
    request.config.tenant = parser.value(tenantOpt);
    request.config.clientId = parser.value(clientOpt);
    if (parser.isSet(authorityOpt))
        request.config.authority = QUrl(parser.value(authorityOpt));
    request.config.scope = parser.value(scopeOpt);
    if (parser.isSet(apiOpt))
        request.config.apiVersion = parser.value(apiOpt);
    if (parser.isSet(caOpt))
        request.config.caFile = QFileInfo(parser.value(caOpt)).absoluteFilePath();
    if (auto st = request.config.validate(); !st)
        return report(args.value(0), st.error());
    auto secret =
        readSecret(parser.value(secretOpt),
                   Text::tr("Client secret of %1 for store '%2': ").arg(request.config.clientId, request.name),
                   QStringLiteral("--client-secret-file"), request.name);
    if (!secret)
        return report(args.value(0), secret.error());
    request.clientSecret = std::move(secret).value();
    auto added = services::StoreService(access.context()).addAzure(request);
    if (!added)
        return report(args.value(0), added.error());
    if (access.json()) {
        QJsonObject o = added->properties.toJson();
        o.insert(QStringLiteral("url"), request.config.vaultUrl.toString());
        printJson(o);
        return ExitOk;
    }
    const keystore::StoreProperties &p = added->properties;
    out() << (hsm ? Text::tr("added Managed HSM %1 as key store '%2'")
                  : Text::tr("added Key Vault %1 as key store '%2'"))
                 .arg(request.config.vaultUrl.toString(), request.name)
          << '\n';
    if (p.recoveryLevel.isEmpty())
        out() << Text::tr("it holds no key yet, so its purge protection is read from its first key") << '\n';
    else
        out() << Text::tr("recovery level %1: purge protection %2, deleted keys kept %3 days")
                     .arg(p.recoveryLevel, p.purgeProtection ? Text::tr("on") : Text::tr("off"))
                     .arg(p.retentionDays)
              << '\n';
    out().flush();
    return ExitOk;
}

int addKeyVault(const QStringList &args)
{
    return addAzure(args, keystore::AzureFlavour::KeyVault);
}

int addManagedHsm(const QStringList &args)
{
    return addAzure(args, keystore::AzureFlavour::ManagedHsm);
}

int add(const QStringList &args)
{
    return dispatch(
        args,
        {{QStringLiteral("local"), addLocal},
         {QStringLiteral("pkcs11"), addPkcs11},
         {QStringLiteral("azure-keyvault"), addKeyVault},
         {QStringLiteral("managed-hsm"), addManagedHsm}},
        Text::tr(
            "Usage: keywardctl store add local NAME [options]\n"
            "       keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [options]\n"
            "       keywardctl store add azure-keyvault NAME --vault-url URL --tenant ID --client-id ID [options]\n"
            "       keywardctl store add managed-hsm NAME --hsm-url URL --tenant ID --client-id ID [options]"));
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    if (int rc = parseOrExit(parser, args, Text::tr("List the key stores Keyward knows.")); rc >= 0)
        return rc;
    access.configure(parser);
    if (auto st = access.checkDataDir(); !st)
        return report(args.value(0), st.error());
    auto stores = access.registry().list();
    if (!stores)
        return report(args.value(0), stores.error());
    if (access.json()) {
        QJsonArray a;
        for (const auto &c : *stores)
            a.append(c.toJson());
        printJson(a);
        return ExitOk;
    }
    if (stores->isEmpty())
        out() << Text::tr("no key stores; add one with 'keywardctl store add local NAME'") << Qt::endl;
    for (const auto &c : *stores) {
        QString where;
        if (c.kind == QLatin1String("local"))
            where = c.vaultPath;
        else if (c.kind == QLatin1String("pkcs11"))
            where = Text::tr("%1 (token %2)")
                        .arg(c.pkcs11.modulePath,
                             c.pkcs11.tokenLabel.isEmpty() ? c.pkcs11.tokenSerial : c.pkcs11.tokenLabel);
        else
            where = Text::tr("%1 (tenant %2, client %3)")
                        .arg(c.azure.vaultUrl.toString(), c.azure.tenant, c.azure.clientId);
        out() << c.name.leftJustified(20) << c.kind.leftJustified(15) << terminalSafe(where) << '\n';
    }
    out().flush();
    return ExitOk;
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The store."));
    if (int rc = parseOrExit(parser, args, Text::tr("Open a key store and show its properties."), ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    auto store = access.open(parser.positionalArguments().first());
    if (!store)
        return report(args.value(0), store.error());
    const keystore::StoreProperties p = (*store)->properties();
    if (access.json()) {
        printJson(p.toJson());
        return ExitOk;
    }
    auto yes = [](bool b) { return b ? Text::tr("on") : Text::tr("off"); };
    out() << Text::tr("name").leftJustified(18) << p.name << '\n'
          << Text::tr("kind").leftJustified(18) << p.kind << '\n'
          << Text::tr("soft delete").leftJustified(18) << yes(p.softDelete) << '\n'
          << Text::tr("purge protection").leftJustified(18) << yes(p.purgeProtection) << '\n'
          << Text::tr("retention").leftJustified(18) << Text::tr("%1 days").arg(p.retentionDays) << '\n'
          << Text::tr("HSM-backed").leftJustified(18) << yes(p.hsmBacked) << '\n';
    if (!p.recoveryLevel.isEmpty())
        out() << Text::tr("recovery level").leftJustified(18) << p.recoveryLevel << '\n';
    out().flush();
    return ExitOk;
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The store."));
    if (int rc = parseOrExit(parser, args, Text::tr("Forget a key store. Its vault file or token is left as it is."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    if (auto st = services::StoreService(access.context()).remove(parser.positionalArguments().first()); !st)
        return report(args.value(0), st.error());
    return ExitOk;
}

} // namespace

int runStore(const QStringList &args)
{
    return dispatch(
        args,
        {{QStringLiteral("add"), add},
         {QStringLiteral("list"), list},
         {QStringLiteral("show"), show},
         {QStringLiteral("remove"), remove}},
        Text::tr("Usage: keywardctl store add local|pkcs11|azure-keyvault|managed-hsm NAME ... | list | show "
                 "NAME | remove NAME\n"
                 "Run 'keywardctl store <command> --help' for details."));
}

} // namespace keyward::cli
