#include "keystore/AzureKeyVaultStore.h"

namespace keyward::keystore {

namespace {
Error notYet()
{
    return Error::make(ErrorCode::Unsupported, QStringLiteral("Azure Key Vault is not in this build yet"));
}
} // namespace

std::optional<AzureChallenge> AzureChallenge::parse(const QByteArray &)
{
    return std::nullopt;
}

struct AzureTokenSource::Private
{
};
AzureTokenSource::AzureTokenSource(QString, AzureKeyVaultConfig, crypto::SecureBytes, net::HttpClient &, const Clock &)
    : d(std::make_unique<Private>())
{
}
AzureTokenSource::~AzureTokenSource() = default;
Result<QByteArray> AzureTokenSource::token(bool)
{
    return notYet();
}
Status AzureTokenSource::onChallenge(const QByteArray &)
{
    return notYet();
}
int AzureTokenSource::requestsMade() const
{
    return 0;
}

Protection protectionFromRecoveryLevel(const QString &, std::optional<int>)
{
    return {};
}
Result<KeyVersionInfo> keyVersionFromBundle(const QJsonObject &)
{
    return notYet();
}
Result<DeletedKeyInfo> deletedKeyFromBundle(const QJsonObject &)
{
    return notYet();
}
QJsonObject createKeyBody(const CreateKeyRequest &, AzureFlavour)
{
    return {};
}
Error errorFromResponse(const QString &, const net::HttpResponse &, const QString &, const QString &)
{
    return notYet();
}
std::optional<QByteArray> decodeJwkBase64(const QString &)
{
    return std::nullopt;
}

struct AzureKeyVaultStore::Private
{
};
AzureKeyVaultStore::AzureKeyVaultStore(std::unique_ptr<Private> p) : d(std::move(p)) {}
AzureKeyVaultStore::~AzureKeyVaultStore() = default;
Result<std::unique_ptr<AzureKeyVaultStore>> AzureKeyVaultStore::open(const QString &, const AzureKeyVaultConfig &,
                                                                     crypto::SecureBytes, const Clock &)
{
    return notYet();
}
Result<std::unique_ptr<AzureKeyVaultStore>> AzureKeyVaultStore::open(const QString &, const AzureKeyVaultConfig &,
                                                                     crypto::SecureBytes, const Clock &,
                                                                     net::HttpClient::Options)
{
    return notYet();
}
Result<QString> AzureKeyVaultStore::probeRecoveryLevel()
{
    return notYet();
}
int AzureKeyVaultStore::tokenRequests() const
{
    return 0;
}
StoreProperties AzureKeyVaultStore::properties() const
{
    return {};
}
Status AzureKeyVaultStore::supportsKeyType(KeyKind, int)
{
    return notYet();
}
Result<QList<KeyVersionInfo>> AzureKeyVaultStore::listKeys()
{
    return notYet();
}
Result<QList<KeyVersionInfo>> AzureKeyVaultStore::listVersions(const QString &)
{
    return notYet();
}
Result<KeyVersionInfo> AzureKeyVaultStore::keyVersion(const QString &, const QString &)
{
    return notYet();
}
Result<KeyVersionInfo> AzureKeyVaultStore::createKey(const CreateKeyRequest &)
{
    return notYet();
}
Result<KeyVersionInfo> AzureKeyVaultStore::rotateKey(const QString &)
{
    return notYet();
}
Result<RotationPolicy> AzureKeyVaultStore::rotationPolicy(const QString &)
{
    return notYet();
}
Status AzureKeyVaultStore::setRotationPolicy(const QString &, const RotationPolicy &)
{
    return notYet();
}
Status AzureKeyVaultStore::setVersionEnabled(const QString &, const QString &, bool)
{
    return notYet();
}
Status AzureKeyVaultStore::setVersionExpiry(const QString &, const QString &, const std::optional<QDateTime> &)
{
    return notYet();
}
Result<DeletedKeyInfo> AzureKeyVaultStore::deleteKey(const QString &)
{
    return notYet();
}
Result<QList<DeletedKeyInfo>> AzureKeyVaultStore::listDeletedKeys()
{
    return notYet();
}
Result<KeyVersionInfo> AzureKeyVaultStore::recoverKey(const QString &)
{
    return notYet();
}
Status AzureKeyVaultStore::purgeKey(const QString &)
{
    return notYet();
}
Result<WrappedKey> AzureKeyVaultStore::wrapKey(const QString &, const QString &, const crypto::SecureBytes &)
{
    return notYet();
}
Result<crypto::SecureBytes> AzureKeyVaultStore::unwrapKey(const QString &, const QString &, const QByteArray &)
{
    return notYet();
}

} // namespace keyward::keystore
