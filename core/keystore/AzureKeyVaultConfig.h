// AzureKeyVaultConfig: how Keyward reaches an Azure Key Vault vault or a Managed HSM and signs in to it (OAuth2
// client credentials). Kept in stores.json; the client secret never is: it lives in the OS keychain under
// secretName().
#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace keyward::keystore {

enum class AzureFlavour
{
    KeyVault,   // https://<name>.vault.azure.net: RSA and RSA-HSM keys
    ManagedHsm, // https://<name>.managedhsm.azure.net: RSA-HSM and oct-HSM keys
};

struct AzureKeyVaultConfig
{
    AzureFlavour flavour = AzureFlavour::KeyVault;
    QUrl vaultUrl; // https://<name>.vault.azure.net | https://<name>.managedhsm.azure.net
    QString tenant;
    QString clientId;
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString scope; // empty: the flavour's default (defaultScope)
    QString apiVersion = defaultApiVersion();
    QString caFile; // a PEM file of extra CA certificates (a private endpoint, a test server); empty: system CAs only

    static QString defaultApiVersion(); // "2025-07-01", the Key Vault REST version Keyward is written against
    static QString defaultScope(AzureFlavour flavour);
    static QString kindName(AzureFlavour flavour); // "azure-keyvault" | "managed-hsm"
    static std::optional<AzureFlavour> flavourFromKind(const QString &kind);

    QString effectiveScope() const { return scope.isEmpty() ? defaultScope(flavour) : scope; }
    // The OS keychain entry of the client secret: "azure-keyvault/<store id>/client-secret".
    static QString secretName(const QString &storeId);
    // The token endpoint: <authority>/<tenant>/oauth2/v2.0/token.
    QUrl tokenUrl() const;

    // InvalidArgument naming the field when a URL is not https (http only to 127.0.0.1 or localhost, for tests),
    // the tenant or client id is empty, or the API version is not of the form YYYY-MM-DD[-preview] or N.N.
    Status validate() const;
    QJsonObject toJson() const; // the fields above, without the flavour (the store's kind says it)
    static Result<AzureKeyVaultConfig> fromJson(AzureFlavour flavour, const QJsonObject &json);
};

} // namespace keyward::keystore
