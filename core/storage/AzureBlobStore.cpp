#include "storage/AzureBlobStore.h"

namespace keyward::storage {

namespace {
Error notYet()
{
    return Error::make(ErrorCode::Unsupported, QStringLiteral("Azure Blob Storage is not in this build yet"));
}
} // namespace

bool AzureBlobLocation::isAzureBlob(const QString &location)
{
    return location.startsWith(QLatin1String("azure-blob:"));
}
Result<AzureBlobLocation> AzureBlobLocation::parse(const QString &)
{
    return notYet();
}
AzureBlobLocation AzureBlobLocation::make(const QUrl &endpoint, const QString &container, const QString &prefix)
{
    AzureBlobLocation l;
    l.endpoint = endpoint;
    l.container = container;
    l.prefix = prefix;
    return l;
}
QString AzureBlobLocation::toString() const
{
    return {};
}
QString AzureBlobLocation::secretName() const
{
    return {};
}
QUrl AzureBlobLocation::containerUrl() const
{
    return {};
}
crypto::SecureBytes AzureBlobCredential::toSecret() const
{
    return {};
}
Result<AzureBlobCredential> AzureBlobCredential::fromSecret(const crypto::SecureBytes &)
{
    return notYet();
}
Result<AzureConnectionString> parseConnectionString(const crypto::SecureBytes &)
{
    return notYet();
}
QByteArray sharedKeyStringToSign(const net::HttpRequest &, const QString &, bool)
{
    return {};
}
QByteArray sharedKeyAuthorization(const net::HttpRequest &, const AzureBlobCredential &, bool)
{
    return {};
}

struct AzureBlobStore::Private
{
};
AzureBlobStore::AzureBlobStore(std::unique_ptr<Private> p) : d(std::move(p)) {}
AzureBlobStore::~AzureBlobStore() = default;
Result<std::unique_ptr<AzureBlobStore>> AzureBlobStore::open(const AzureBlobLocation &, AzureBlobCredential,
                                                             AzureBlobOptions)
{
    return notYet();
}
Status AzureBlobStore::createContainerIfMissing()
{
    return notYet();
}
QString AzureBlobStore::location() const
{
    return {};
}
Result<QList<ObjectInfo>> AzureBlobStore::list(const QString &)
{
    return notYet();
}
Result<ObjectInfo> AzureBlobStore::stat(const QString &)
{
    return notYet();
}
Result<std::unique_ptr<QIODevice>> AzureBlobStore::openRead(const QString &)
{
    return notYet();
}
Result<std::unique_ptr<QIODevice>> AzureBlobStore::openRead(const QString &, const QString &)
{
    return notYet();
}
Result<std::unique_ptr<ObjectWriter>> AzureBlobStore::openWrite(const QString &)
{
    return notYet();
}
Result<std::unique_ptr<ObjectWriter>> AzureBlobStore::openWrite(const QString &, const QString &)
{
    return notYet();
}
Status AzureBlobStore::overwrite(const QString &, qint64, const QByteArray &)
{
    return notYet();
}
Status AzureBlobStore::remove(const QString &)
{
    return notYet();
}
Result<int> AzureBlobStore::cleanStaleTemporaries()
{
    return notYet();
}

} // namespace keyward::storage
