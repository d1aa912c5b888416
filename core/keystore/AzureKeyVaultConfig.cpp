#include "keystore/AzureKeyVaultConfig.h"

#include <QRegularExpression>

namespace keyward::keystore {

namespace {

bool isLoopback(const QUrl &url)
{
    return url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost") ||
           url.host() == QLatin1String("::1");
}

Error invalid(const QString &setting, const QString &value, const QString &detail)
{
    return Error::because(ErrorCode::InvalidArgument, Reason::AzureSettingInvalid, {setting, value}, detail);
}

Status checkServiceUrl(const QUrl &url, const QString &setting)
{
    const bool https = url.scheme() == QLatin1String("https");
    const bool localHttp = url.scheme() == QLatin1String("http") && isLoopback(url);
    if (!url.isValid() || url.host().isEmpty() || !(https || localHttp) || !url.userInfo().isEmpty() ||
        url.hasQuery() || url.hasFragment())
        return invalid(
            setting, url.toString(QUrl::RemoveUserInfo),
            QStringLiteral("the %1 must be an https URL with a host and nothing after the path").arg(setting));
    return {};
}

} // namespace

QString AzureKeyVaultConfig::defaultApiVersion()
{
    return QStringLiteral("2025-07-01");
}

QString AzureKeyVaultConfig::defaultScope(AzureFlavour flavour)
{
    return flavour == AzureFlavour::ManagedHsm ? QStringLiteral("https://managedhsm.azure.net/.default")
                                               : QStringLiteral("https://vault.azure.net/.default");
}

QString AzureKeyVaultConfig::kindName(AzureFlavour flavour)
{
    return flavour == AzureFlavour::ManagedHsm ? QStringLiteral("managed-hsm") : QStringLiteral("azure-keyvault");
}

std::optional<AzureFlavour> AzureKeyVaultConfig::flavourFromKind(const QString &kind)
{
    if (kind == QLatin1String("azure-keyvault"))
        return AzureFlavour::KeyVault;
    if (kind == QLatin1String("managed-hsm"))
        return AzureFlavour::ManagedHsm;
    return std::nullopt;
}

QString AzureKeyVaultConfig::secretName(const QString &storeId)
{
    return QStringLiteral("azure-keyvault/%1/client-secret").arg(storeId);
}

QUrl AzureKeyVaultConfig::tokenUrl() const
{
    QUrl url = authority;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

Status AzureKeyVaultConfig::validate() const
{
    if (auto st = checkServiceUrl(vaultUrl, QStringLiteral("vault-url")); !st)
        return st;
    if (auto st = checkServiceUrl(authority, QStringLiteral("authority")); !st)
        return st;
    static const QRegularExpression idSyntax(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!idSyntax.match(tenant).hasMatch())
        return invalid(QStringLiteral("tenant"), tenant,
                       QStringLiteral("the tenant must be a directory id or domain (letters, digits, '.', '-')"));
    if (!idSyntax.match(clientId).hasMatch())
        return invalid(QStringLiteral("client-id"), clientId,
                       QStringLiteral("the client id must be an application id (letters, digits, '.', '-')"));
    static const QRegularExpression versionSyntax(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}(-preview)?|\\d+\\.\\d+)$"));
    if (!versionSyntax.match(apiVersion).hasMatch())
        return invalid(QStringLiteral("api-version"), apiVersion,
                       QStringLiteral("the API version must look like 2025-07-01 or 7.6"));
    if (scope.contains(QLatin1Char(' ')))
        return invalid(QStringLiteral("scope"), scope, QStringLiteral("the scope must be one scope, without spaces"));
    return {};
}

QJsonObject AzureKeyVaultConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("vault_url"), vaultUrl.toString()},
                  {QStringLiteral("tenant"), tenant},
                  {QStringLiteral("client_id"), clientId},
                  {QStringLiteral("authority"), authority.toString()},
                  {QStringLiteral("api_version"), apiVersion}};
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), caFile);
    return o;
}

Result<AzureKeyVaultConfig> AzureKeyVaultConfig::fromJson(AzureFlavour flavour, const QJsonObject &json)
{
    AzureKeyVaultConfig c;
    c.flavour = flavour;
    c.vaultUrl = QUrl(json.value(QStringLiteral("vault_url")).toString());
    c.tenant = json.value(QStringLiteral("tenant")).toString();
    c.clientId = json.value(QStringLiteral("client_id")).toString();
    if (json.contains(QStringLiteral("authority")))
        c.authority = QUrl(json.value(QStringLiteral("authority")).toString());
    c.scope = json.value(QStringLiteral("scope")).toString();
    c.apiVersion = json.value(QStringLiteral("api_version")).toString(defaultApiVersion());
    c.caFile = json.value(QStringLiteral("ca_file")).toString();
    if (auto st = c.validate(); !st)
        return Error::make(ErrorCode::Format, QStringLiteral("store registry: %1").arg(st.error().detail));
    return c;
}

} // namespace keyward::keystore
