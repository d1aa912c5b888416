// ObjectStoreFactory: storage location -> ObjectStore.
#include "storage/ObjectStoreFactory.h"

#include "storage/LocalFolderStore.h"

#include <QUrl>

namespace keyward::storage {

Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location)
{
    const auto folder = localFolder(location);
    if (!folder)
        return Error::make(
            ErrorCode::Unsupported,
            QStringLiteral("no object store in this build serves '%1' locations").arg(QUrl(location).scheme()));
    auto store = LocalFolderStore::open(*folder, LocalFolderStore::OpenMode::MustExist);
    if (!store)
        return store.error();
    return std::unique_ptr<ObjectStore>(std::move(store).value());
}

std::optional<QString> localFolder(const QString &location)
{
    const QUrl url(location);
    if (location.contains(QLatin1String("://")) && url.scheme() != QLatin1String("file"))
        return std::nullopt;
    return url.isLocalFile() ? url.toLocalFile() : location;
}

} // namespace keyward::storage
