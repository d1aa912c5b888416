// ObjectStoreFactory: storage location -> ObjectStore, and where a workspace's folder may be.
#include "storage/ObjectStoreFactory.h"

#include "secrets/SecretStore.h"
#include "storage/AzureBlobStore.h"
#include "storage/LocalFolderStore.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace keyward::storage {

namespace {

// `path` is `folder` or lies inside it (both resolved and clean).
bool isInside(const QString &path, const QString &folder)
{
    if (folder == QLatin1String("/"))
        return true;
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

bool overlaps(const QString &a, const QString &b)
{
    return isInside(a, b) || isInside(b, a);
}

// The data directory's own entries: a workspace's folder never lies in one of them.
const QStringList &keywardEntries()
{
    static const QStringList entries = {QStringLiteral("catalog.sqlite"), QStringLiteral("stores.json"),
                                        QStringLiteral("vaults"),         QStringLiteral("platform"),
                                        QStringLiteral("locks"),          QStringLiteral("compliance.ini")};
    return entries;
}

Error refused(Reason reason, const QStringList &args, const QString &detail)
{
    return Error::because(ErrorCode::Forbidden, reason, args, detail);
}

} // namespace

Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location)
{
    return openObjectStore(location, ObjectStoreEnv{});
}

Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location, const ObjectStoreEnv &env)
{
    if (AzureBlobLocation::isAzureBlob(location)) {
        auto blob = AzureBlobLocation::parse(location);
        if (!blob)
            return blob.error();
        const auto missing = [&](const QString &why) {
            return Error::because(
                ErrorCode::Key, Reason::BlobCredentialMissing, {blob->toString()},
                QStringLiteral("no credential for %1 in the OS keychain (%2)").arg(blob->toString(), why));
        };
        if (!env.secrets)
            return missing(QStringLiteral("no keychain given"));
        auto secret = env.secrets->read(blob->secretName());
        if (!secret) {
            if (secret.error().code == ErrorCode::NotFound)
                return missing(QStringLiteral("no entry %1").arg(blob->secretName()));
            return secret.error();
        }
        auto credential = AzureBlobCredential::fromSecret(*secret);
        if (!credential)
            return missing(QStringLiteral("the entry %1 is not a credential").arg(blob->secretName()));
        auto store = AzureBlobStore::open(*blob, std::move(credential).value());
        if (!store)
            return store.error();
        return std::unique_ptr<ObjectStore>(std::move(store).value());
    }
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

QString resolveFolder(const QString &path)
{
    QString rest;
    int links = 0;
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // Walk up to the nearest ancestor that exists (a dangling link counts as existing: it is followed as far as it
    // goes, and what it points at is the path).
    while (true) {
        const QFileInfo info(existing);
        if (!info.exists() && info.isSymLink() && ++links < 40) {
            // A link to something that does not exist yet: what it points at is where the folder would be made.
            existing = QDir::cleanPath(QDir(info.absolutePath()).absoluteFilePath(info.symLinkTarget()));
            continue;
        }
        if (info.exists()) {
            const QString canonical = info.canonicalFilePath();
            if (!canonical.isEmpty()) {
                existing = canonical;
                break;
            }
        }
        const QString parent = QDir::cleanPath(existing + QStringLiteral("/.."));
        if (parent == existing)
            break;
        rest = rest.isEmpty() ? info.fileName() : info.fileName() + QLatin1Char('/') + rest;
        existing = parent;
    }
    return QDir::cleanPath(rest.isEmpty() ? existing : existing + QLatin1Char('/') + rest);
}

QString systemFolderOf(const QString &resolved)
{
    if (resolved == QLatin1String("/"))
        return resolved;
    const QString home = resolveFolder(QDir::homePath());
    if (home != QLatin1String("/") && isInside(home, resolved))
        return home; // the home folder itself, or a folder that contains it
    static const QStringList whole = {QStringLiteral("/etc"),   QStringLiteral("/usr"),    QStringLiteral("/bin"),
                                      QStringLiteral("/sbin"),  QStringLiteral("/lib"),    QStringLiteral("/lib32"),
                                      QStringLiteral("/lib64"), QStringLiteral("/libx32"), QStringLiteral("/boot"),
                                      QStringLiteral("/dev"),   QStringLiteral("/proc"),   QStringLiteral("/sys"),
                                      QStringLiteral("/run"),   QStringLiteral("/var")};
    for (const QString &folder : whole) {
        if (folder == QLatin1String("/var") && isInside(resolved, QStringLiteral("/var/tmp")) &&
            resolved != QLatin1String("/var/tmp"))
            continue;
        if (overlaps(resolved, folder))
            return folder;
    }
    return {};
}

namespace {

// Blob locations: no folder rules; two workspaces in the same container must not share or nest their prefixes.
Status checkBlobPlacement(const AzureBlobLocation &mine, const StoragePlacement &placement)
{
    const auto key = [](const AzureBlobLocation &l) {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(l.endpoint.host().toLower())
            .arg(l.endpoint.port(l.endpoint.scheme() == QLatin1String("http") ? 80 : 443))
            .arg(l.account, l.container);
    };
    const auto inside = [](const QString &path, const QString &folder) {
        return folder.isEmpty() || path == folder || path.startsWith(folder + QLatin1Char('/'));
    };
    for (const StorageNeighbour &other : placement.others) {
        if (other.workspace == placement.workspace || !AzureBlobLocation::isAzureBlob(other.location))
            continue;
        auto theirs = AzureBlobLocation::parse(other.location);
        if (!theirs || key(*theirs) != key(mine))
            continue;
        if (theirs->prefix == mine.prefix)
            return Error::because(
                ErrorCode::Conflict, Reason::StorageInUse, {other.workspace, mine.toString()},
                QStringLiteral("workspace '%1' keeps its objects in %2 already").arg(other.workspace, mine.toString()));
        if (inside(theirs->prefix, mine.prefix) || inside(mine.prefix, theirs->prefix))
            return refused(Reason::StorageOverlapsWorkspace, {mine.toString(), other.workspace, theirs->toString()},
                           QStringLiteral("%1 and the storage of workspace '%2' (%3) overlap")
                               .arg(mine.toString(), other.workspace, theirs->toString()));
    }
    return {};
}

} // namespace

Status checkStoragePlacement(const QString &resolved, const StoragePlacement &placement)
{
    if (AzureBlobLocation::isAzureBlob(resolved)) {
        auto blob = AzureBlobLocation::parse(resolved);
        if (!blob)
            return blob.error();
        return checkBlobPlacement(*blob, placement);
    }
    const QString dataDir = placement.dataDir.isEmpty() ? QString() : resolveFolder(placement.dataDir);
    // A folder under the data directory's workspaces/ is where Keyward puts workspaces itself: allowed wherever the
    // data directory was put (/var/lib/keyward, say).
    const QString ownFolder = dataDir + QStringLiteral("/workspaces");
    const bool keywardsOwn = !dataDir.isEmpty() && resolved != ownFolder && isInside(resolved, ownFolder);
    if (const QString system = keywardsOwn ? QString() : systemFolderOf(resolved); !system.isEmpty())
        return refused(Reason::StorageSystemFolder, {resolved, system},
                       QStringLiteral("%1 is or overlaps the system folder %2").arg(resolved, system));

    if (!dataDir.isEmpty()) {
        bool clash = isInside(dataDir, resolved); // it is the data directory, or contains it
        if (!clash && isInside(resolved, dataDir)) {
            const QString first = resolved.mid(dataDir.size() + 1).section(QLatin1Char('/'), 0, 0);
            if (placement.creating)
                clash = first != QLatin1String("workspaces") ||
                        resolved.count(QLatin1Char('/')) <= dataDir.count(QLatin1Char('/')) + 1;
            else
                clash = keywardEntries().contains(first) || first.startsWith(QLatin1String("catalog.sqlite"));
        }
        if (clash)
            return refused(Reason::StorageOverlapsDataDir, {resolved, dataDir},
                           QStringLiteral("%1 overlaps the Keyward data directory %2").arg(resolved, dataDir));
    }

    for (const StorageNeighbour &other : placement.others) {
        const auto folder = localFolder(other.location);
        if (!folder || other.workspace == placement.workspace)
            continue;
        // Both as they are recorded and as they resolve now: a link put in the other's place hides nothing.
        for (const QString &theirs : {QDir::cleanPath(*folder), resolveFolder(*folder)}) {
            if (theirs == resolved)
                return Error::because(
                    ErrorCode::Conflict, Reason::StorageInUse, {other.workspace, resolved},
                    QStringLiteral("workspace '%1' keeps its objects in %2 already").arg(other.workspace, resolved));
            if (overlaps(resolved, theirs))
                return refused(Reason::StorageOverlapsWorkspace, {resolved, other.workspace, theirs},
                               QStringLiteral("%1 and the folder of workspace '%2' (%3) overlap")
                                   .arg(resolved, other.workspace, theirs));
        }
    }
    return {};
}

Result<std::unique_ptr<ObjectStore>> openWorkspaceStore(const QString &location, const StoragePlacement &placement)
{
    return openWorkspaceStore(location, placement, ObjectStoreEnv{});
}

Result<std::unique_ptr<ObjectStore>> openWorkspaceStore(const QString &location, const StoragePlacement &placement,
                                                        const ObjectStoreEnv &env)
{
    if (AzureBlobLocation::isAzureBlob(location)) {
        if (auto st = checkStoragePlacement(location, placement); !st)
            return st.error();
    } else if (const auto folder = localFolder(location)) {
        const QString recorded = QDir::cleanPath(QFileInfo(*folder).absoluteFilePath());
        const QString now = resolveFolder(recorded);
        if (now != recorded)
            return Error::because(ErrorCode::Forbidden, Reason::StorageMoved, {placement.workspace, recorded, now},
                                  QStringLiteral("the folder of workspace '%1' (%2) now leads to %3")
                                      .arg(placement.workspace, recorded, now));
        if (auto st = checkStoragePlacement(now, placement); !st)
            return st.error();
    }
    return openObjectStore(location, env);
}

} // namespace keyward::storage
