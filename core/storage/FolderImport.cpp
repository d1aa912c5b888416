// FolderImport: a walk that decides what to copy and checks every target first, then the copies themselves.
#include "storage/FolderImport.h"

#include "model/DataTypeCatalogue.h"
#include "model/ObjectLayout.h"
#include "storage/LocalFolderStore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::storage {

namespace {

constexpr qint64 CopyChunk = qint64(1) << 20;

struct PlannedFile
{
    QString relative;
    QString source; // the file to read (a link's target, for links)
    QString object;
    QString root = {};     // the imported folder, for messages
    QString identity = {}; // the source file as the walk saw it (LocalFolderStore::identityOf)
    QString ifMatch = {};  // the object replaced, as it was compared (empty: a new object)
};

// The source file, opened without following a link at its name and checked to be the file the walk saw: one
// swapped meanwhile (for a link to a file outside the folder, say) is refused, never read.
Result<int> openSource(const PlannedFile &file)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(file.source).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    const auto changed = [&] {
        return Error::because(ErrorCode::Conflict, Reason::ObjectChanged, {file.root, file.relative},
                              QStringLiteral("%1 changed since the folder was read").arg(file.relative));
    };
    if (fd < 0) {
        if (errno == ELOOP || errno == ENOTDIR)
            return changed();
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot read %1: %2").arg(file.relative, qt_error_string(errno)));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (!file.identity.isEmpty() && LocalFolderStore::identityOf(st) != file.identity)) {
        ::close(fd);
        return changed();
    }
    return fd;
}

Status openSourceFile(const PlannedFile &file, QFile &into)
{
    auto fd = openSource(file);
    if (!fd)
        return fd.error();
    if (!into.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(file.relative, into.errorString()));
    }
    return {};
}

bool inside(const QString &canonical, const QString &root)
{
    return canonical.startsWith(root + QLatin1Char('/'));
}

// What the walk makes of one entry: a file to copy, or the reason it is skipped (empty: a folder, walked).
QString skipReason(const QFileInfo &entry, const QString &root, QString *source)
{
    if (entry.isSymLink()) {
        const QString target = entry.canonicalFilePath();
        if (target.isEmpty())
            return QStringLiteral("a symbolic link that leads nowhere");
        if (!inside(target, root))
            return QStringLiteral("a symbolic link leading outside the imported folder");
        if (QFileInfo(target).isDir())
            return QStringLiteral("a symbolic link to a folder (not followed, so nothing is imported twice)");
        *source = target;
    } else if (entry.isDir()) {
        return entry.isReadable() && entry.isExecutable() ? QString() : QStringLiteral("a folder that cannot be read");
    } else if (!entry.isFile()) {
        return QStringLiteral("not a regular file (a device, pipe or socket)");
    } else {
        *source = entry.filePath();
    }
    if (LocalFolderStore::isTemporaryName(entry.fileName()))
        return QStringLiteral("a name kept for the store's temporary files");
    return QString();
}

// Fills `into` up to `size` bytes, or to the end: a blob stream may return less than asked before its end.
qint64 readUpTo(QIODevice &device, char *into, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device.read(into + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0 && !(device.isSequential() && device.waitForReadyRead(30000)))
            break;
        done += n;
    }
    return done;
}

Result<bool> sameContent(const PlannedFile &file, ObjectStore &store, const QString &object, const QString &etag)
{
    QFile local;
    if (auto st = openSourceFile(file, local); !st)
        return st.error();
    auto stored = store.openRead(object, etag);
    if (!stored)
        return stored.error();
    QByteArray a(CopyChunk, Qt::Uninitialized);
    QByteArray b(CopyChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = readUpTo(local, a.data(), CopyChunk);
        const qint64 m = readUpTo(**stored, b.data(), CopyChunk);
        if (n < 0 || m < 0)
            return Error::make(ErrorCode::Io, QStringLiteral("cannot compare %1 with %2").arg(file.relative, object));
        if (n != m || std::memcmp(a.constData(), b.constData(), size_t(n)) != 0)
            return false;
        if (n == 0)
            return true;
    }
}

Status copyFile(const PlannedFile &file, ObjectStore &store, qint64 *bytes)
{
    QFile in;
    if (auto st = openSourceFile(file, in); !st)
        return st;
    // Over the version compared only: an object replaced meanwhile is refused (Conflict), not overwritten.
    auto writer = store.openWrite(file.object, file.ifMatch);
    if (!writer)
        return writer.error();
    QIODevice *out = (*writer)->device();
    // One buffer for the whole file: memory stays at one chunk, however large the file.
    QByteArray chunk(CopyChunk, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        const qint64 n = in.read(chunk.data(), CopyChunk);
        if (n < 0)
            return Error::make(ErrorCode::Io,
                               QStringLiteral("cannot read %1: %2").arg(file.relative, in.errorString()));
        if (n == 0)
            break;
        if (out->write(chunk.constData(), n) != n)
            return Error::make(ErrorCode::Io,
                               QStringLiteral("cannot write %1: %2").arg(file.object, out->errorString()));
        copied += n;
    }
    if (Status committed = (*writer)->commit(); !committed)
        return committed;
    *bytes += copied;
    return {};
}

} // namespace

Result<QString> importDestination(const QString &area, const QString &dataTypeId)
{
    Result<model::Area> parsed = model::parseArea(area);
    if (!parsed)
        return parsed.error();
    if (*parsed != model::Area::Root && *parsed != model::Area::ControlPlane)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("files can be imported into root or control-plane, not %1").arg(area));
    QString type = dataTypeId;
    if (type.isEmpty())
        type = *parsed == model::Area::Root ? QStringLiteral("dbfs-root-data") : QStringLiteral("notebook-source");
    const model::DataType *row = model::DataTypeCatalogue::find(type);
    if (!row)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no data type '%1'").arg(type));
    if (row->location != model::areaLocation(*parsed))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("data type '%1' does not live in the %2 area").arg(type, area));
    return model::dataTypeFolder(type);
}

Result<ImportSummary> importFolder(const QString &sourceDir, ObjectStore &store, const QString &area,
                                   const ImportOptions &options)
{
    Result<QString> destination = importDestination(area, options.dataTypeId);
    if (!destination)
        return destination.error();
    const QFileInfo sourceInfo(sourceDir);
    if (!sourceInfo.exists())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no folder %1").arg(sourceDir));
    if (!sourceInfo.isDir())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a folder").arg(sourceDir));
    const QString root = sourceInfo.canonicalFilePath();

    ImportSummary summary;
    summary.folder = *destination;
    if (const auto cls = model::classifyObject(*destination + QStringLiteral("/x")))
        summary.dataTypeId = cls->dataTypeId;

    // 1. What to copy. Links are not followed by the walk itself, so a loop of links cannot trap it.
    QList<PlannedFile> planned;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString relative = entry.filePath().mid(root.size() + 1);
        QString source;
        const QString reason = skipReason(entry, root, &source);
        if (!reason.isEmpty()) {
            summary.skipped.append({relative, reason});
            continue;
        }
        if (source.isEmpty())
            continue; // a readable folder: its files come next
        const QString object = *destination + QLatin1Char('/') + relative;
        if (!checkObjectPath(object).ok()) {
            summary.skipped.append({relative, QStringLiteral("a name an object path cannot carry")});
            continue;
        }
        // The file as the walk saw it: what is copied later must be this very file.
        struct stat st;
        if (::stat(QFile::encodeName(source).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
            summary.skipped.append({relative, QStringLiteral("not a regular file (a device, pipe or socket)")});
            continue;
        }
        planned.append({relative, source, object, root, LocalFolderStore::identityOf(st)});
    }
    std::sort(planned.begin(), planned.end(),
              [](const PlannedFile &a, const PlannedFile &b) { return a.object < b.object; });

    // 2. Every target, before anything is written: an import is refused whole, never left half done.
    QList<PlannedFile> toCopy;
    QStringList conflicts;
    for (PlannedFile file : std::as_const(planned)) {
        Result<ObjectInfo> existing = store.stat(file.object);
        if (!existing) {
            if (existing.error().code != ErrorCode::NotFound)
                return existing.error();
            toCopy.append(file);
            continue;
        }
        bool same = existing->size == QFileInfo(file.source).size();
        if (same) {
            Result<bool> compared = sameContent(file, store, file.object, existing->etag);
            if (!compared)
                return compared.error();
            same = *compared;
        }
        if (same)
            ++summary.unchanged;
        else if (options.overwrite) {
            file.ifMatch = existing->etag;
            toCopy.append(file);
        } else
            conflicts.append(file.object);
    }
    if (!conflicts.isEmpty()) {
        const QStringList named = conflicts.mid(0, 5);
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("%1 object(s) already exist with other content (%2%3); nothing was imported. "
                                          "Import with overwrite to replace them.")
                               .arg(conflicts.size())
                               .arg(named.join(QLatin1String(", ")),
                                    conflicts.size() > named.size() ? QStringLiteral(", ...") : QString()));
    }

    // 3. The copies, each streamed and committed on its own.
    const qint64 total = planned.size();
    qint64 done = summary.unchanged;
    if (options.progress && done > 0 && !options.progress(done, total))
        return Error::make(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
    for (const PlannedFile &file : std::as_const(toCopy)) {
        const qint64 before = summary.bytes;
        if (Status copied = copyFile(file, store, &summary.bytes); !copied)
            return copied.error();
        summary.written.append({file.object, summary.bytes - before, QDateTime::currentDateTimeUtc()});
        ++summary.files;
        ++done;
        if (options.progress && !options.progress(done, total))
            return Error::make(ErrorCode::Cancelled,
                               QStringLiteral("import cancelled after %1 of %2 files").arg(done).arg(total));
    }
    return summary;
}

} // namespace keyward::storage
