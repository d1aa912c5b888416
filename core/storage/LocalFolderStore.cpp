// LocalFolderStore: POSIX file calls, because atomic replacement needs rename(2), fsync(2) and the errno of
// each failure (a full disk must say so), which QFile and QSaveFile do not expose.
#include "storage/LocalFolderStore.h"

#include "util/PoolThread.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace keyward::storage {

namespace {

const QLatin1String TempMarker(".kw-tmp-");
constexpr int TempRandomLength = 6; // the XXXXXX of mkstemp
constexpr int TempNameKeep = 100;   // characters of the object's name kept in its temporary file's name
constexpr qint64 WriteBufferSize = 256 * 1024;
constexpr qint64 WritebackStep = 8 * 1024 * 1024;

// Fixed English reasons for the failures an admin can act on; strerror() follows the process locale.
QString reasonFor(int err)
{
    switch (err) {
    case ENOSPC:
        return QStringLiteral("no space left on the device");
    case EDQUOT:
        return QStringLiteral("the disk quota is exhausted");
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case EIO:
        return QStringLiteral("input/output error on the device");
    case EFBIG:
        return QStringLiteral("the file is too large for the file system");
    case ENAMETOOLONG:
        return QStringLiteral("the name is too long");
    case EMFILE:
    case ENFILE:
        return QStringLiteral("too many open files");
    case ENOTDIR:
        return QStringLiteral("a part of the path is a file, not a folder");
    default:
        return QStringLiteral("%1 (errno %2)").arg(QString::fromLocal8Bit(std::strerror(err))).arg(err);
    }
}

// A full disk (or quota) is DiskFull, naming `folder` (the store's folder; `where` when none is given).
Error ioError(const QString &what, const QString &where, int err, const QString &folder = {})
{
    const QString detail = QStringLiteral("cannot %1 %2: %3").arg(what, where, reasonFor(err));
    if (err == ENOSPC || err == EDQUOT)
        return Error::because(ErrorCode::Io, Reason::DiskFull, {folder.isEmpty() ? where : folder}, detail);
    return Error::make(ErrorCode::Io, detail);
}

// The store's folder is no longer the one it opened (unmounted, moved away, removed, or another in its place):
// Unavailable, as for any store that went away, rather than "no object" or "cannot write" for each object.
std::optional<Error> rootGone(const QString &root, dev_t dev, ino_t ino)
{
    struct stat st;
    if (::stat(QFile::encodeName(root).constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_dev == dev &&
        st.st_ino == ino)
        return std::nullopt;
    return Error::because(ErrorCode::Unavailable, Reason::ObjectStoreGone, {root},
                          QStringLiteral("the folder %1 went away while Keyward worked in it").arg(root));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

int retryOpen(const QByteArray &path, int flags, mode_t mode = 0)
{
    int fd;
    do {
        fd = ::open(path.constData(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// openat2(2) of `relative` below `dir`, never through a link and never out of `dir`: the whole walk in one call.
// -1 with errno as openat2 sets it; -2 where the kernel (before 5.6) or a seccomp filter does not have it, or it
// keeps losing races with renames (EAGAIN), and the caller walks one name at a time instead.
int openBeneath(int dir, const QByteArray &relative, int flags)
{
    static std::atomic<bool> unavailable{false};
    if (unavailable.load(std::memory_order_relaxed))
        return -2;
    struct open_how how;
    std::memset(&how, 0, sizeof how);
    how.flags = quint64(flags | O_NOFOLLOW | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const long fd = ::syscall(SYS_openat2, dir, relative.constData(), &how, sizeof how);
        if (fd >= 0)
            return int(fd);
        if (errno == EINTR || errno == EAGAIN)
            continue;
        if (errno == ENOSYS || errno == EPERM) {
            unavailable.store(true, std::memory_order_relaxed);
            return -2;
        }
        return -1;
    }
    return -2;
}

// A directory entry must reach the disk too, or a power cut can lose a rename that fsync'd file data.
int syncDirectory(const QString &dir)
{
    const int fd = retryOpen(native(dir), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return errno;
    int err = 0;
    if (::fsync(fd) != 0 && errno != EINVAL) // some file systems cannot sync a directory, and need not
        err = errno;
    ::close(fd);
    return err;
}

// Closes `fd` once (then -1); 0 or the errno of a failed close (EINTR counts as closed, as on Linux it is).
int closeOnce(int &fd)
{
    if (fd < 0)
        return 0;
    const int rc = ::close(fd);
    fd = -1;
    return rc == 0 || errno == EINTR ? 0 : errno;
}

QString parentOf(const QString &filePath)
{
    return filePath.left(filePath.lastIndexOf(QLatin1Char('/')));
}

QDateTime modifiedTime(const struct stat &st)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, Qt::UTC);
}

// What a folder where an object was asked for is: no object (NotFound).
Error folderIsNoObject(const QString &path)
{
    return Error::make(ErrorCode::NotFound, QStringLiteral("%1 is a folder, not an object").arg(path));
}

// The object `st` describes, with its etag.
ObjectInfo objectAt(const QString &path, const struct stat &st)
{
    return {
        path, qint64(st.st_size), modifiedTime(st), EntryKind::Object, false, false, LocalFolderStore::identityOf(st)};
}

// A reader on a descriptor it owns: each read a pread(2) at the device's position, and the size the object had when
// it was examined. QFile would ask the kernel for the size and the position again on most calls, which for a job's
// small objects (a header, a final tag) is most of the calls it makes; the version a job read is checked against
// the object again before anything replaces it.
class DescriptorReader final : public QIODevice
{
public:
    DescriptorReader(int fd, qint64 size, bool readWrite) : m_fd(fd), m_size(size), m_readWrite(readWrite)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    ~DescriptorReader() override { closeOnce(m_fd); }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    void close() override
    {
        QIODevice::close();
        closeOnce(m_fd);
    }
    // The descriptor, for a rewrite in place when it was opened for one (else -1); the reader no longer has it.
    int takeForRewrite()
    {
        if (!m_readWrite)
            return -1;
        QIODevice::close();
        return std::exchange(m_fd, -1);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_fd < 0)
            return -1;
        for (;;) {
            const ssize_t n = ::pread(m_fd, data, size_t(maxSize), off_t(pos()));
            if (n >= 0)
                return qint64(n);
            if (errno != EINTR) {
                setErrorString(reasonFor(errno));
                return -1;
            }
        }
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_fd;
    qint64 m_size;
    bool m_readWrite;
};

// A reader on `fd` (examined as `st`; opened read-write when `readWrite`), which it owns from then on.
std::unique_ptr<QIODevice> readerOn(int fd, const struct stat &st, bool readWrite = false)
{
    return std::make_unique<DescriptorReader>(fd, qint64(st.st_size), readWrite);
}

// The device a writer hands out: buffered writes onto the temporary file's descriptor, seekable, and keeping
// the errno of the first failure so that commit() can refuse and say why.
class TempFileDevice final : public QIODevice, public DeviceFailure
{
public:
    TempFileDevice(int fd, QString objectPath, QString folder, bool sync)
        : m_fd(fd), m_objectPath(std::move(objectPath)), m_folder(std::move(folder)), m_sync(sync)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~TempFileDevice() override { closeDescriptor(); }

    bool isSequential() const override { return false; }
    qint64 size() const override
    {
        struct stat st;
        const qint64 onDisk = (m_fd >= 0 && ::fstat(m_fd, &st) == 0) ? qint64(st.st_size) : 0;
        return std::max(onDisk, m_filePos + qint64(m_buffer.size()));
    }
    bool seek(qint64 pos) override
    {
        if (!flushBuffer() || !QIODevice::seek(pos))
            return false;
        if (::lseek(m_fd, pos, SEEK_SET) != pos)
            return fail(errno);
        m_filePos = pos;
        return true;
    }

    // A write that failed says why as an Error (a full disk is DiskFull, naming the store's folder).
    std::optional<Error> failure() const override
    {
        if (m_errno == 0)
            return std::nullopt;
        return ioError(QStringLiteral("write"), m_objectPath, m_errno, m_folder);
    }
    // Everything written so far on the disk (with `sync`, durably); 0 or the errno that stopped it.
    int settle(bool sync)
    {
        if (!flushBuffer())
            return m_errno;
        if (sync && ::fsync(m_fd) != 0)
            fail(errno);
        return m_errno;
    }
    int descriptor() const { return m_fd; }
    int closeDescriptor()
    {
        if (m_fd < 0)
            return 0;
        QIODevice::close();
        return closeOnce(m_fd);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_errno != 0)
            return -1;
        if (m_buffer.size() + size > WriteBufferSize && !flushBuffer())
            return -1;
        if (size >= WriteBufferSize)
            return writeRaw(data, size) ? size : -1;
        m_buffer.append(data, size);
        return size;
    }

private:
    bool fail(int err)
    {
        if (m_errno == 0) {
            m_errno = err;
            setErrorString(reasonFor(err));
        }
        return false;
    }
    bool writeRaw(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(n < 0 ? errno : EIO);
            data += n;
            size -= n;
            m_filePos += n;
        }
        startWriteback();
        return true;
    }
    // A file that commit() will sync: its data is handed to the disk as it is written, a few MiB at a time, so
    // that the final fsync waits for the last few MiB rather than the whole object (a hint; fsync still decides).
    void startWriteback()
    {
#ifdef __linux__
        if (!m_sync || m_filePos - m_writebackFrom < WritebackStep)
            return;
        if (m_filePos > m_writebackFrom)
            ::sync_file_range(m_fd, m_writebackFrom, m_filePos - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_filePos;
#endif
    }
    bool flushBuffer()
    {
        if (m_errno != 0)
            return false;
        const QByteArray pending = std::exchange(m_buffer, QByteArray());
        return writeRaw(pending.constData(), pending.size());
    }

    int m_fd;
    QString m_objectPath;
    QString m_folder;
    bool m_sync;
    int m_errno = 0;
    qint64 m_filePos = 0;       // where the descriptor's offset stands; m_buffer follows it
    qint64 m_writebackFrom = 0; // where the data not yet handed to the disk starts
    QByteArray m_buffer;
};

// What LocalFolderStore::commitAll() does with a write of its own, in four steps: (1) flush() puts everything in the
// file; (2) syncData() makes it durable (commitAll() does this for the whole batch with one syncfs(2) per file system
// instead, and calls it only where that failed); (3) place() puts it where it belongs; (4) folder(), when not empty,
// is synced once for all the batch's writes placed in it. commit() runs the four for one write.
class LocalCommit : public ObjectWriter
{
public:
    virtual Status syncData() = 0;
    virtual Status place() = 0;
    virtual QString folder() const = 0;
    virtual Error folderNotSynced(int err) const = 0;
    virtual int descriptor() const = 0;
};

class LocalObjectWriter final : public LocalCommit
{
public:
    LocalObjectWriter(QString objectPath, QString target, QString temp, int fd, bool sync, QString root, dev_t rootDev,
                      ino_t rootIno, std::function<Status()> stillSame = {})
        : m_objectPath(std::move(objectPath)), m_target(std::move(target)), m_temp(std::move(temp)),
          m_device(fd, m_objectPath, root, sync), m_sync(sync), m_root(std::move(root)), m_rootDev(rootDev),
          m_rootIno(rootIno), m_stillSame(std::move(stillSame))
    {
    }
    ~LocalObjectWriter() override
    {
        m_device.closeDescriptor();
        if (!m_committed)
            ::unlink(native(m_temp).constData());
    }

    QIODevice *device() override { return &m_device; }

    Status commit() override
    {
        if (Status written = flush(); !written)
            return written;
        if (m_sync) {
            if (Status durable = syncData(); !durable)
                return durable;
        }
        if (Status placed = place(); !placed)
            return placed;
        if (m_sync) {
            if (const int err = syncDirectory(folder()))
                return folderNotSynced(err);
        }
        return {};
    }

    // The steps of commit(), for LocalFolderStore::commitAll(), which makes a batch durable together.
    // 1. Everything written is in the file (not yet durably).
    Status flush() override
    {
        if (m_committed)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 is already committed").arg(m_objectPath));
        if (const int err = m_device.settle(false))
            return ioError(QStringLiteral("write"), m_objectPath, err, m_root);
        return {};
    }
    // 2. ... and on the disk.
    Status syncData() override
    {
        if (const int err = m_device.settle(true))
            return ioError(QStringLiteral("write"), m_objectPath, err, m_root);
        return {};
    }
    // 3. The file replaces the object (once its data is durable, or a power cut could leave an empty object).
    Status place() override
    {
        // Written over only the version it was opened for: one replaced meanwhile (or a link put there) stays.
        if (m_stillSame) {
            if (Status same = m_stillSame(); !same)
                return same;
        }
        // The descriptor (and with it the lock that keeps cleanStaleTemporaries() away) is held until the
        // temporary file has its final name.
        if (::rename(native(m_temp).constData(), native(m_target).constData()) != 0) {
            const int err = errno;
            if (auto gone = rootGone(m_root, m_rootDev, m_rootIno))
                return *gone;
            return ioError(QStringLiteral("replace"), m_objectPath, err, m_root);
        }
        m_committed = true;
        // The folder can still go between the rename and the sync (a lazy unmount, for one): the store is gone,
        // rather than this one object failing.
        const int closeErr = m_device.closeDescriptor();
        if (closeErr != 0)
            return rootGone(m_root, m_rootDev, m_rootIno)
                .value_or(ioError(QStringLiteral("close"), m_objectPath, closeErr, m_root));
        return {};
    }
    // 4. Then its folder is synced (once for every object placed in it), or the rename could be lost.
    QString folder() const override { return parentOf(m_target); }
    Error folderNotSynced(int err) const override
    {
        return rootGone(m_root, m_rootDev, m_rootIno)
            .value_or(ioError(QStringLiteral("sync the folder of"), m_objectPath, err, m_root));
    }
    int descriptor() const override { return m_device.descriptor(); }

private:
    QString m_objectPath;
    QString m_target;
    QString m_temp;
    TempFileDevice m_device;
    bool m_sync;
    QString m_root;
    dev_t m_rootDev;
    ino_t m_rootIno;
    std::function<Status()> m_stillSame;
    bool m_committed = false;
};

// A rewrite in place whose bytes are written (pwrite) and not yet durable: committing it syncs and closes the file.
class LocalRewrite final : public LocalCommit
{
public:
    LocalRewrite(int fd, QString objectPath, QString root, dev_t rootDev, ino_t rootIno)
        : m_fd(fd), m_objectPath(std::move(objectPath)), m_root(std::move(root)), m_rootDev(rootDev), m_rootIno(rootIno)
    {
    }
    ~LocalRewrite() override { closeOnce(m_fd); }

    QIODevice *device() override { return nullptr; }
    Status commit() override
    {
        if (Status written = flush(); !written)
            return written;
        if (Status durable = syncData(); !durable)
            return durable;
        return place();
    }
    Status flush() override
    {
        if (m_fd < 0)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 is already committed").arg(m_objectPath));
        return {};
    }
    Status syncData() override
    {
        if (::fsync(m_fd) != 0)
            return ioError(QStringLiteral("sync"), m_objectPath, errno, m_root);
        return {};
    }
    Status place() override
    {
        if (const int err = closeOnce(m_fd))
            return rootGone(m_root, m_rootDev, m_rootIno)
                .value_or(ioError(QStringLiteral("close"), m_objectPath, err, m_root));
        return {};
    }
    QString folder() const override { return {}; } // no name changed
    Error folderNotSynced(int err) const override { return ioError(QStringLiteral("sync"), m_objectPath, err, m_root); }
    int descriptor() const override { return m_fd; }

private:
    int m_fd;
    QString m_objectPath;
    QString m_root;
    dev_t m_rootDev;
    ino_t m_rootIno;
};

// Calls `visit` for every regular file under `dir` (symbolic links and special files are not objects), or, with
// `everything`, for every entry (folders before what they hold). Unlike QDirIterator, a folder that cannot be
// read is an error: a job must not silently miss objects. With `namesOnly`, `st` holds only the entry's type
// (st_mode's S_IFMT bits) where the folder's own listing says it, and the entry is not examined on its own.
using FileVisitor = std::function<void(const QString &relPath, const QString &name, const struct stat &st)>;

// The S_IFMT bits of a directory entry's type, or 0 where the file system does not say (DT_UNKNOWN).
mode_t typeOfEntry(const dirent *entry)
{
    switch (entry->d_type) {
    case DT_REG:
        return S_IFREG;
    case DT_DIR:
        return S_IFDIR;
    case DT_LNK:
        return S_IFLNK;
    case DT_FIFO:
        return S_IFIFO;
    case DT_SOCK:
        return S_IFSOCK;
    case DT_CHR:
        return S_IFCHR;
    case DT_BLK:
        return S_IFBLK;
    default:
        return 0;
    }
}

Status walk(const QString &dir, const QString &relDir, const FileVisitor &visit, bool everything = false,
            bool namesOnly = false)
{
    DIR *d = ::opendir(native(dir).constData());
    if (!d)
        return ioError(QStringLiteral("read the folder"), relDir.isEmpty() ? QStringLiteral(".") : relDir, errno);
    QStringList subdirs;
    Status status;
    errno = 0;
    while (const dirent *entry = ::readdir(d)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat st
        {
        };
        const QString name = QFile::decodeName(entry->d_name);
        const QString rel = relDir.isEmpty() ? name : relDir + QLatin1Char('/') + name;
        st.st_mode = namesOnly ? typeOfEntry(entry) : 0;
        if (st.st_mode == 0 && ::fstatat(::dirfd(d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT) // removed while we looked: no longer an object
                continue;
            status = ioError(QStringLiteral("examine"), rel, errno);
            break;
        }
        if (S_ISDIR(st.st_mode))
            subdirs.append(name);
        if (S_ISREG(st.st_mode) || everything)
            visit(rel, name, st);
        errno = 0;
    }
    if (status.ok() && errno != 0)
        status = ioError(QStringLiteral("read the folder"), relDir, errno);
    ::closedir(d);
    for (const QString &sub : std::as_const(subdirs)) {
        if (!status.ok())
            break;
        status = walk(dir + QLatin1Char('/') + sub, relDir.isEmpty() ? sub : relDir + QLatin1Char('/') + sub, visit,
                      everything, namesOnly);
    }
    return status;
}

} // namespace

Result<std::unique_ptr<LocalFolderStore>> LocalFolderStore::open(const QString &folder, OpenMode mode)
{
    if (folder.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no folder given for the object store"));
    QFileInfo info(folder);
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return Error::make(ErrorCode::NotFound, QStringLiteral("no folder %1").arg(folder));
        if (!makeOwnerOnlyFolder(folder))
            return Error::make(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(folder));
        info.refresh();
    }
    if (!info.isDir())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a folder").arg(folder));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return Error::make(ErrorCode::Io, QStringLiteral("cannot resolve the folder %1").arg(folder));
    struct stat st;
    if (::stat(native(canonical).constData(), &st) != 0)
        return ioError(QStringLiteral("examine"), canonical, errno);
    return std::unique_ptr<LocalFolderStore>(new LocalFolderStore(canonical, st.st_dev, st.st_ino));
}

bool LocalFolderStore::isTemporaryName(QStringView fileName)
{
    const qsizetype markerAt = fileName.size() - TempRandomLength - TempMarker.size();
    if (markerAt < 2 || !fileName.startsWith(QLatin1Char('.')) ||
        fileName.mid(markerAt, TempMarker.size()) != TempMarker)
        return false;
    for (QChar c : fileName.right(TempRandomLength)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    return true;
}

bool LocalFolderStore::isInside(const QString &canonicalPath) const
{
    if (m_root == QLatin1String("/"))
        return canonicalPath.startsWith(QLatin1Char('/'));
    return canonicalPath == m_root || canonicalPath.startsWith(m_root + QLatin1Char('/'));
}

Error LocalFolderStore::orGone(Error error) const
{
    if (auto gone = rootGone(m_root, m_rootDev, m_rootIno))
        return *gone;
    return error;
}

Result<QString> LocalFolderStore::existingFile(const QString &path) const
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    const QString canonical = QFileInfo(m_root + QLatin1Char('/') + path).canonicalFilePath();
    if (canonical.isEmpty())
        return orGone(Error::make(ErrorCode::NotFound, QStringLiteral("no object %1").arg(path)));
    if (!isInside(canonical))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("%1 leads outside the store's folder (through a symbolic link)").arg(path));
    if (QFileInfo(canonical).isDir())
        return folderIsNoObject(path);
    return canonical;
}

Result<QString> LocalFolderStore::writableFile(const QString &path, int *parentFd) const
{
    if (parentFd)
        *parentFd = -1;
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    const QStringList segments = path.split(QLatin1Char('/'));
    if (isTemporaryName(segments.last()))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("%1: names like this are kept for temporary files").arg(path));
    const auto escapes = [&](const QString &p) {
        const QString canonical = QFileInfo(p).canonicalFilePath();
        return canonical.isEmpty() || !isInside(canonical);
    };
    const auto refused = [&](const QString &rel, const QString &why) {
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("cannot write %1: %2 %3").arg(path, rel, why));
    };

    // The usual case, every folder on the way there and none of them a link: what a walk down from the root that
    // follows no link reaches is inside the folder by construction.
    int err = 0;
    const qsizetype lastSlash = path.lastIndexOf(QLatin1Char('/'));
    if (const int parent = openBelowRoot(lastSlash < 0 ? QString() : path.left(lastSlash), O_PATH | O_DIRECTORY, err);
        parent >= 0) {
        struct stat st;
        const int rc = ::fstatat(parent, native(segments.last()).constData(), &st, AT_SYMLINK_NOFOLLOW);
        err = errno;
        const bool usual = (rc == 0 && !S_ISLNK(st.st_mode) && !S_ISDIR(st.st_mode)) || (rc != 0 && err == ENOENT);
        if (usual && parentFd)
            *parentFd = parent;
        else
            ::close(parent);
        if (rc == 0 && S_ISDIR(st.st_mode))
            return refused(path, QStringLiteral("is a folder"));
        if (usual)
            return m_root + QLatin1Char('/') + path;
    }

    QString dir = m_root;
    QString rel;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        dir += QLatin1Char('/') + segments[i];
        rel += (rel.isEmpty() ? QString() : QStringLiteral("/")) + segments[i];
        struct stat st;
        if (::lstat(native(dir).constData(), &st) == 0) {
            if (S_ISLNK(st.st_mode) && escapes(dir))
                return refused(rel, QStringLiteral("is a symbolic link leading outside the store's folder"));
            if (!QFileInfo(dir).isDir())
                return refused(rel, QStringLiteral("is a file, not a folder"));
            continue;
        }
        if (errno != ENOENT)
            return orGone(ioError(QStringLiteral("examine"), rel, errno, m_root));
        // Owner-only: objects hold customer data until the jobs seal them.
        if (::mkdir(native(dir).constData(), 0700) != 0 && errno != EEXIST)
            return orGone(ioError(QStringLiteral("create the folder"), rel, errno, m_root));
        if (!QFileInfo(dir).isDir()) // lost a race with something that is not a folder
            return refused(rel, QStringLiteral("is not a folder"));
    }
    if (escapes(dir)) // the checks above should make this impossible; the write must never leave the root
        return refused(parentOf(path), QStringLiteral("leads outside the store's folder"));

    const QString target = dir + QLatin1Char('/') + segments.last();
    struct stat st;
    if (::lstat(native(target).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return refused(path, QStringLiteral("is a folder"));
        if (S_ISLNK(st.st_mode) && escapes(target))
            return refused(path, QStringLiteral("is a symbolic link leading outside the store's folder"));
    }
    return target;
}

Result<QList<ObjectInfo>> LocalFolderStore::list(const QString &prefix)
{
    QString dirPart;
    if (!prefix.isEmpty()) {
        const QString checked = prefix.endsWith(QLatin1Char('/')) ? prefix.chopped(1) : prefix;
        if (Status ok = checkObjectPath(checked); !ok)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid prefix").arg(prefix));
        dirPart = prefix.left(std::max<qsizetype>(0, prefix.lastIndexOf(QLatin1Char('/'))));
    }
    const QString startDir = dirPart.isEmpty() ? m_root : m_root + QLatin1Char('/') + dirPart;
    const QString canonicalStart = QFileInfo(startDir).canonicalFilePath();
    if (canonicalStart.isEmpty() || !QFileInfo(canonicalStart).isDir()) {
        if (auto gone = rootGone(m_root, m_rootDev, m_rootIno))
            return *gone;           // not "no objects": the folder itself went away
        return QList<ObjectInfo>(); // nothing under a folder that does not exist
    }
    if (!isInside(canonicalStart))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("'%1' leads outside the store's folder (through a symbolic link)").arg(prefix));

    QList<ObjectInfo> objects;
    Status walked = walk(startDir, dirPart, [&](const QString &rel, const QString &name, const struct stat &st) {
        if (!isTemporaryName(name) && rel.startsWith(prefix))
            objects.append(objectAt(rel, st));
    });
    if (!walked)
        return orGone(walked.error());
    std::sort(objects.begin(), objects.end(), [](const ObjectInfo &a, const ObjectInfo &b) { return a.path < b.path; });
    return objects;
}

Result<QList<ObjectInfo>> LocalFolderStore::listEntries()
{
    QList<ObjectInfo> entries;
    Status walked = walk(
        m_root, QString(),
        [&](const QString &rel, const QString &name, const struct stat &st) {
            ObjectInfo info{rel, qint64(st.st_size), modifiedTime(st)};
            if (S_ISDIR(st.st_mode))
                info.kind = EntryKind::Directory;
            else if (S_ISLNK(st.st_mode))
                info.kind = EntryKind::Symlink;
            else if (!S_ISREG(st.st_mode))
                info.kind = EntryKind::Special;
            info.temporary = isTemporaryName(name);
            if (info.temporary && info.kind == EntryKind::Object) {
                // A live writer holds its temporary file locked (openWrite); one that died released it.
                const int fd = retryOpen(native(m_root + QLatin1Char('/') + rel), O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
                if (fd >= 0) {
                    info.inUse = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
                    ::close(fd);
                }
            }
            entries.append(info);
        },
        true);
    if (!walked)
        return orGone(walked.error());
    std::sort(entries.begin(), entries.end(), [](const ObjectInfo &a, const ObjectInfo &b) { return a.path < b.path; });
    return entries;
}

Result<ObjectInfo> LocalFolderStore::stat(const QString &path)
{
    struct stat st;
    auto fd = openExisting(path, O_PATH, QStringLiteral("examine"), st);
    if (!fd)
        return fd.error();
    ::close(*fd);
    return objectAt(path, st);
}

QString LocalFolderStore::identityOf(const struct stat &st)
{
    // "file:DEV:INO:CTIME_SEC.CTIME_NSEC", written out directly: a job makes one or two per object.
    char text[96] = "file:";
    char *at = text + 5;
    char *const end = text + sizeof text;
    auto put = [&](auto n, char after) {
        at = std::to_chars(at, end - 1, n).ptr; // room for `after`: 96 bytes hold the longest numbers
        if (after && at < end)
            *at++ = after;
    };
    put(quint64(st.st_dev), ':');
    put(quint64(st.st_ino), ':');
    put(qint64(st.st_ctim.tv_sec), '.');
    put(qint64(st.st_ctim.tv_nsec), 0);
    return QString::fromLatin1(text, at - text);
}

Error LocalFolderStore::changed(const QString &path) const
{
    return Error::because(
        ErrorCode::Conflict, Reason::ObjectChanged, {m_root, path},
        QStringLiteral("%1 changed since it was read (another file or a link is there now)").arg(path));
}

int LocalFolderStore::openBelowRoot(const QString &path, int flags, int &err) const
{
    int dir = retryOpen(m_rootNative, O_PATH | O_DIRECTORY);
    if (dir < 0) {
        err = errno;
        return -1;
    }
    if (path.isEmpty())
        return dir;
    // One call where the kernel resolves a path beneath a folder (openat2); else one name at a time.
    if (const int fd = openBeneath(dir, native(path), flags); fd != -2) {
        err = errno;
        ::close(dir);
        return fd;
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    int fd = dir;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i + 1 == segments.size();
        const int openFlags = (last ? flags : O_PATH | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC;
        do {
            fd = ::openat(dir, native(segments.at(i)).constData(), openFlags);
        } while (fd < 0 && errno == EINTR);
        err = errno;
        ::close(dir);
        if (fd < 0)
            return -1;
        if (!last)
            dir = fd;
    }
    return fd;
}

Result<int> LocalFolderStore::openExisting(const QString &path, int flags, const QString &what, struct stat &st) const
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    int err = 0;
    int fd = openBelowRoot(path, flags, err);
    bool examined = fd >= 0 && ::fstat(fd, &st) == 0;
    if (examined && S_ISLNK(st.st_mode)) { // O_PATH opens the link itself
        ::close(fd);
        fd = -1;
        err = ELOOP;
        examined = false;
    }
    if (fd < 0 && err != ENOENT) {
        // A link on the way (followed only when it stays inside the folder), or a folder this process may only
        // pass through: resolved by its path.
        Result<QString> file = existingFile(path);
        if (!file)
            return file.error();
        fd = retryOpen(native(*file), flags);
        err = errno;
    }
    if (fd < 0)
        return orGone(err == ENOENT ? Error::make(ErrorCode::NotFound, QStringLiteral("no object %1").arg(path))
                                    : ioError(what, path, err, m_root));
    if (!examined && ::fstat(fd, &st) != 0) {
        err = errno;
        ::close(fd);
        return ioError(QStringLiteral("examine"), path, err);
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return folderIsNoObject(path);
    }
    return fd;
}

Result<int> LocalFolderStore::openUnfollowed(const QString &path, int flags, struct stat &st) const
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    int err = 0;
    const int fd = openBelowRoot(path, flags, err);
    if (fd < 0) {
        if (err == ENOENT)
            return orGone(Error::make(ErrorCode::NotFound, QStringLiteral("no object %1").arg(path)));
        if (err == ELOOP || err == ENOTDIR) // a link where the object or one of its folders was
            return changed(path);
        if (err == EISDIR) // opened for writing
            return folderIsNoObject(path);
        return orGone(ioError(QStringLiteral("open"), path, err, m_root));
    }
    if (::fstat(fd, &st) != 0) {
        err = errno;
        ::close(fd);
        return ioError(QStringLiteral("examine"), path, err);
    }
    return fd;
}

Result<int> LocalFolderStore::openIdentified(const QString &path, int flags, const QString &ifMatch,
                                             struct stat *examined) const
{
    struct stat st;
    auto fd = openUnfollowed(path, flags, st);
    if (fd && (!S_ISREG(st.st_mode) || identityOf(st) != ifMatch)) {
        ::close(*fd);
        return changed(path);
    }
    if (fd && examined)
        *examined = st;
    return fd;
}

Result<std::unique_ptr<QIODevice>> LocalFolderStore::openRead(const QString &path)
{
    struct stat st;
    auto fd = openExisting(path, O_RDONLY, QStringLiteral("read"), st);
    if (!fd)
        return fd.error();
    return readerOn(*fd, st);
}

Result<OpenedObject> LocalFolderStore::openCurrent(const QString &path, Access access)
{
    // As a job found it listed: a regular file reached through no link. A link, FIFO or other special file put
    // there since is a change (Conflict, ObjectChanged), refused without reading it; a folder is no object
    // (NotFound). Non-blocking, so that a FIFO cannot hold the job; O_NONBLOCK changes nothing for a regular file.
    const int mode = access == Access::ReadThenRewrite ? O_RDWR : O_RDONLY;
    struct stat st;
    auto fd = openUnfollowed(path, mode | O_NONBLOCK, st);
    if (!fd)
        return fd.error();
    if (!S_ISREG(st.st_mode)) {
        ::close(*fd);
        if (S_ISDIR(st.st_mode))
            return folderIsNoObject(path);
        return changed(path);
    }
    return OpenedObject{readerOn(*fd, st, access == Access::ReadThenRewrite), objectAt(path, st)};
}

Result<std::unique_ptr<QIODevice>> LocalFolderStore::openRead(const QString &path, const QString &ifMatch)
{
    if (ifMatch.isEmpty())
        return openRead(path);
    struct stat st;
    auto fd = openIdentified(path, O_RDONLY, ifMatch, &st);
    if (!fd)
        return fd.error();
    return readerOn(*fd, st);
}

Result<std::unique_ptr<ObjectWriter>> LocalFolderStore::openWrite(const QString &path, const QString &ifMatch)
{
    if (ifMatch.isEmpty())
        return openWrite(path);
    // Checked now (nothing is written over a swapped object) and again just before the rename.
    return openWriter(path, ifMatch, [this, path, ifMatch]() -> Status {
        auto again = openIdentified(path, O_RDONLY | O_NONBLOCK, ifMatch);
        if (!again)
            return again.error();
        ::close(*again);
        return {};
    });
}

Result<std::unique_ptr<ObjectWriter>> LocalFolderStore::openWrite(const QString &path)
{
    return openWriter(path, QString(), {});
}

Result<std::unique_ptr<ObjectWriter>> LocalFolderStore::openWriter(const QString &path, const QString &ifMatch,
                                                                   std::function<Status()> stillSame)
{
    // The version first: an object swapped for another file, or for a link, is a change (Conflict, ObjectChanged),
    // whatever writing there would also meet.
    if (!ifMatch.isEmpty()) {
        auto fd = openIdentified(path, O_RDONLY | O_NONBLOCK, ifMatch);
        if (!fd)
            return fd.error();
        ::close(*fd);
    }
    // A job writes one object after another: where no link is on the way, the object's folder is opened once and
    // the temporary file is made relative to it, not by walking the whole path again.
    int parent = -1;
    Result<QString> target = writableFile(path, &parent);
    if (!target)
        return target.error();
    const auto closeParent = qScopeGuard([&] {
        if (parent >= 0)
            ::close(parent);
    });
    const QString objectName = target->mid(target->lastIndexOf(QLatin1Char('/')) + 1);
    QString name = objectName;
    if (name.size() > TempNameKeep)
        name.truncate(name.at(TempNameKeep - 1).isHighSurrogate() ? TempNameKeep - 1 : TempNameKeep);
    const QString prefix = QLatin1Char('.') + name + TempMarker;
    QByteArray temp;
    int fd = -1;
    if (parent >= 0) {
        // mkostemp(3)'s way, relative to the folder: a new name of TempRandomLength letters and digits until one
        // is free (O_EXCL), the file owner-only until it replaces the object.
        static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        const QByteArray stem = native(prefix);
        for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
            QByteArray leaf = stem;
            quint64 bits = QRandomGenerator::global()->generate64();
            for (int i = 0; i < TempRandomLength; ++i, bits /= 62)
                leaf += Alphabet[bits % 62];
            fd = ::openat(parent, leaf.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0)
                temp = native(parentOf(*target)) + '/' + leaf;
            else if (errno != EEXIST && errno != EINTR)
                break;
        }
    } else {
        temp = native(parentOf(*target) + QLatin1Char('/') + prefix + QString(TempRandomLength, QLatin1Char('X')));
        fd = ::mkostemp(temp.data(), O_CLOEXEC); // mode 0600: owner-only until it replaces the object
    }
    if (fd < 0)
        return orGone(ioError(QStringLiteral("write"), path, errno, m_root));
    // Marks the temporary file as in use for cleanStaleTemporaries() in this and other processes; the kernel
    // drops the lock when the process dies, which is what makes a leftover file "stale".
    ::flock(fd, LOCK_EX | LOCK_NB);
    return std::unique_ptr<ObjectWriter>(new LocalObjectWriter(path, *target, QFile::decodeName(temp), fd, m_syncWrites,
                                                               m_root, m_rootDev, m_rootIno, std::move(stillSame)));
}

Result<int> LocalFolderStore::openForRewrite(const QString &path, const QString &ifMatch) const
{
    if (!ifMatch.isEmpty())
        return openIdentified(path, O_WRONLY, ifMatch);
    struct stat st;
    return openExisting(path, O_WRONLY, QStringLiteral("open for rewriting"), st);
}

Status LocalFolderStore::overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    return overwriteIfMatch(path, offset, bytes, QString());
}

Status LocalFolderStore::overwriteIfMatch(const QString &path, qint64 offset, const QByteArray &bytes,
                                          const QString &ifMatch)
{
    auto fd = openForRewrite(path, ifMatch);
    if (!fd)
        return fd.error();
    return rewrite(*fd, path, offset, bytes);
}

Status LocalFolderStore::rewrite(int fd, const QString &path, qint64 offset, const QByteArray &bytes, bool keepOpen)
{
    const auto closeWith = [fd](Status status) {
        ::close(fd);
        return status;
    };
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return closeWith(ioError(QStringLiteral("examine"), path, errno));
    if (offset < 0 || offset + bytes.size() > qint64(st.st_size))
        return closeWith(
            Error::make(ErrorCode::InvalidArgument, QStringLiteral("cannot rewrite bytes %1..%2 of %3: it has %4 bytes")
                                                        .arg(offset)
                                                        .arg(offset + bytes.size())
                                                        .arg(path)
                                                        .arg(qint64(st.st_size))));
    // One pwrite: a rewrite within one page (a KWE1 header at offset 0) is never seen half done by a reader,
    // nor left half done by a killed process.
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.constData() + done, size_t(bytes.size() - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return closeWith(ioError(QStringLiteral("rewrite"), path, n < 0 ? errno : EIO, m_root));
        done += n;
    }
    if (keepOpen)
        return {};
    if (m_syncWrites && ::fsync(fd) != 0)
        return closeWith(ioError(QStringLiteral("sync"), path, errno, m_root));
    if (::close(fd) != 0 && errno != EINTR)
        return ioError(QStringLiteral("close"), path, errno);
    return {};
}

Result<std::unique_ptr<ObjectWriter>> LocalFolderStore::rewriteIfMatch(const QString &path, qint64 offset,
                                                                       const QByteArray &bytes, const QString &ifMatch)
{
    if (!m_syncWrites)
        return ObjectStore::rewriteIfMatch(path, offset, bytes, ifMatch);
    auto fd = openForRewrite(path, ifMatch);
    if (!fd)
        return fd.error();
    // The descriptor goes to the pending rewrite, which closes it; on failure rewrite() has closed it.
    if (Status written = rewrite(*fd, path, offset, bytes, true); !written)
        return written.error();
    return std::unique_ptr<ObjectWriter>(new LocalRewrite(*fd, path, m_root, m_rootDev, m_rootIno));
}

Result<std::unique_ptr<ObjectWriter>> LocalFolderStore::rewriteOpened(OpenedObject opened, qint64 offset,
                                                                      const QByteArray &bytes)
{
    auto *reader = dynamic_cast<DescriptorReader *>(opened.device.get());
    const int fd = (m_syncWrites && reader) ? reader->takeForRewrite() : -1;
    if (fd < 0)
        return ObjectStore::rewriteOpened(std::move(opened), offset, bytes);
    const QString &path = opened.info.path;
    // The pending rewrite owns the descriptor from here.
    opened.device.reset();
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(QStringLiteral("examine"), path, err);
    }
    if (identityOf(st) != opened.info.etag) { // written to since it was read
        ::close(fd);
        return changed(path);
    }
    // On failure rewrite() has closed it.
    if (Status written = rewrite(fd, path, offset, bytes, true); !written)
        return written.error();
    return std::unique_ptr<ObjectWriter>(new LocalRewrite(fd, path, m_root, m_rootDev, m_rootIno));
}

Status LocalFolderStore::remove(const QString &path)
{
    Result<QString> file = existingFile(path);
    if (!file)
        return file.error();
    // The object's own name goes, not what a symbolic link there points to.
    const QString entry = m_root + QLatin1Char('/') + path;
    if (::unlink(native(entry).constData()) != 0)
        return errno == ENOENT ? Error::make(ErrorCode::NotFound, QStringLiteral("no object %1").arg(path))
                               : ioError(QStringLiteral("remove"), path, errno);
    if (m_syncWrites) {
        if (const int err = syncDirectory(parentOf(entry)))
            return orGone(ioError(QStringLiteral("sync the folder of"), path, err, m_root));
    }
    return {};
}

QList<Status> LocalFolderStore::commitAll(const QList<ObjectWriter *> &writers, QThreadPool *workers)
{
    const std::size_t n = std::size_t(writers.size());
    std::vector<Status> statuses(n);
    std::vector<LocalCommit *> pending(n, nullptr);
    std::vector<std::optional<dev_t>> deviceOf(n);
    std::map<dev_t, int> fileSystems; // one descriptor on each file system the batch wrote to
    for (std::size_t i = 0; i < n; ++i) {
        auto *writer = dynamic_cast<LocalCommit *>(writers.at(qsizetype(i)));
        if (!writer || !m_syncWrites)
            continue; // committed on its own, below
        if (Status written = writer->flush(); !written) {
            statuses[i] = written;
            continue;
        }
        pending[i] = writer;
        struct stat st;
        if (::fstat(writer->descriptor(), &st) == 0) {
            deviceOf[i] = st.st_dev;
            fileSystems.emplace(st.st_dev, writer->descriptor());
        }
    }

    // The data of every file, durable together. Where that fails, each file is synced on its own, so that only
    // the ones that cannot be are refused.
    std::set<dev_t> synced;
    for (const auto &[device, fd] : fileSystems) {
#ifdef __linux__
        if (::syncfs(fd) == 0)
            synced.insert(device);
#endif
    }
    // Then each file put in place, in parallel: the check that the object is still the version read, the rename
    // and the close are each object's own, and the kernel does them for several objects at once.
    forEachIndex(workers, writers.size(), [&](qsizetype k) {
        const std::size_t i = std::size_t(k);
        LocalCommit *writer = pending[i];
        if (!writer) {
            if (statuses[i]) // not a batched write, and not one that already failed
                statuses[i] = writers.at(k)->commit();
            return;
        }
        if (!deviceOf[i] || !synced.count(*deviceOf[i])) {
            if (Status durable = writer->syncData(); !durable) {
                statuses[i] = durable;
                pending[i] = nullptr;
                return;
            }
        }
        if (Status placed = writer->place(); !placed) {
            statuses[i] = placed;
            pending[i] = nullptr;
        }
    });
    // Each folder a file was renamed into, synced once (in parallel too).
    std::map<QString, QList<std::size_t>> byFolder;
    for (std::size_t i = 0; i < n; ++i) {
        if (pending[i] && !pending[i]->folder().isEmpty())
            byFolder[pending[i]->folder()] << i;
    }
    const std::vector<std::pair<QString, QList<std::size_t>>> folders(byFolder.begin(), byFolder.end());
    forEachIndex(workers, qsizetype(folders.size()), [&](qsizetype f) {
        const auto &[folder, placed] = folders[std::size_t(f)];
        if (const int err = syncDirectory(folder)) {
            for (std::size_t i : placed)
                statuses[i] = pending[i]->folderNotSynced(err);
        }
    });
    return QList<Status>(statuses.begin(), statuses.end());
}

Result<int> LocalFolderStore::cleanStaleTemporaries()
{
    QStringList candidates;
    // Names are enough here: each candidate is opened (and locked) on its own below.
    Status walked = walk(
        m_root, QString(),
        [&](const QString &rel, const QString &name, const struct stat &) {
            if (isTemporaryName(name))
                candidates.append(rel);
        },
        false, true);
    if (!walked)
        return orGone(walked.error());
    int removed = 0;
    for (const QString &rel : std::as_const(candidates)) {
        const QByteArray file = native(m_root + QLatin1Char('/') + rel);
        const int fd = retryOpen(file, O_RDONLY | O_NOFOLLOW);
        if (fd < 0)
            continue; // already gone (committed or cleaned meanwhile)
        // A live writer holds the lock; a writer that died released it with its process.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (::unlink(file.constData()) == 0)
                ++removed;
            else if (errno != ENOENT) {
                const int err = errno;
                ::close(fd);
                return ioError(QStringLiteral("remove the temporary file"), rel, err);
            }
        }
        ::close(fd);
    }
    return removed;
}

} // namespace keyward::storage
