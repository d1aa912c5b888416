// SafeFile: outputs written relative to a folder opened once (openat), owner-only modes, terminal-safe names.
#include "util/SafeFile.h"

#include "util/DiskSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward {

namespace {

constexpr int TempNameKeep = 120; // bytes of the target's name kept in its temporary file's name

Error notWritten(const QString &path, int err)
{
    const QString why = qt_error_string(err);
    if (err == ENOSPC || err == EDQUOT || nearlyFull(path))
        return diskFullError(path, QStringLiteral("cannot write %1: %2").arg(path, why));
    return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, why},
                          QStringLiteral("cannot write %1: %2").arg(path, why));
}

Error refused(Reason reason, const QStringList &args, const QString &detail)
{
    return Error::because(ErrorCode::Forbidden, reason, args, detail);
}

int openDir(const QByteArray &path)
{
    int fd;
    do {
        fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// The folder part of `path` and the name in it ("." for a bare name).
void split(const QString &path, QString *folder, QString *name)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0) {
        *folder = QStringLiteral(".");
        *name = path;
    } else {
        *folder = slash == 0 ? QStringLiteral("/") : path.left(slash);
        *name = path.mid(slash + 1);
    }
}

// A group-writable folder is still the caller's alone when its group is the caller's own private group (the
// user-private-group scheme, where umask 002 makes every new folder group-writable): the caller's effective
// group, with no members listed besides.
bool privateGroup(::gid_t gid)
{
    if (gid != ::getegid())
        return false;
    const struct group *g = ::getgrgid(gid);
    return g && (!g->gr_mem || !g->gr_mem[0]);
}

// Whether the folder `dirFd` is one the caller may write an output in; `shared` says it is a sticky folder
// others can write to (so what stands at the target must be checked to be the caller's).
Status checkFolder(int dirFd, const QString &path, const QString &folder, bool *shared)
{
    struct stat st;
    if (::fstat(dirFd, &st) != 0)
        return notWritten(path, errno);
    const ::uid_t me = ::geteuid();
    const bool othersWrite = (st.st_mode & S_IWOTH) || ((st.st_mode & S_IWGRP) && !privateGroup(st.st_gid));
    *shared = othersWrite && (st.st_mode & S_ISVTX);
    if ((st.st_uid != me && st.st_uid != 0) || (othersWrite && !(st.st_mode & S_ISVTX)))
        return refused(Reason::OutputFolderUnsafe, {path, folder},
                       QStringLiteral("cannot write %1: the folder %2 belongs to another user, or others can write "
                                      "to it")
                           .arg(path, folder));
    return {};
}

// What stands at `name` in the folder: nothing, or a regular file that may be replaced.
Status checkTarget(int dirFd, const QByteArray &name, const QString &path, bool shared)
{
    struct stat st;
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return {};
        return notWritten(path, errno);
    }
    if (S_ISLNK(st.st_mode))
        return refused(Reason::OutputIsSymlink, {path},
                       QStringLiteral("%1 is a symbolic link; Keyward does not write through links").arg(path));
    if (!S_ISREG(st.st_mode))
        return refused(Reason::OutputNotAFile, {path},
                       QStringLiteral("cannot write %1: it is not a regular file").arg(path));
    if (shared && st.st_uid != ::geteuid())
        return refused(
            Reason::OutputOwnedByOther, {path},
            QStringLiteral("cannot write %1: a file of another user is there, in a shared folder").arg(path));
    return {};
}

struct OpenedFolder
{
    int fd = -1;
    bool shared = false;
    QByteArray name;
};

Result<OpenedFolder> openFolderOf(const QString &path)
{
    if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
        return notWritten(path, EISDIR);
    QString folder, name;
    split(path, &folder, &name);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return notWritten(path, EISDIR);
    OpenedFolder opened;
    opened.name = QFile::encodeName(name);
    opened.fd = openDir(QFile::encodeName(folder));
    if (opened.fd < 0)
        return notWritten(path, errno);
    Status st = checkFolder(opened.fd, path, folder, &opened.shared);
    if (st)
        st = checkTarget(opened.fd, opened.name, path, opened.shared);
    if (!st) {
        ::close(opened.fd);
        return st.error();
    }
    return opened;
}

QByteArray tempNameFor(const QByteArray &name)
{
    static const char Letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray random(8, '\0');
    for (char &c : random)
        c = Letters[QRandomGenerator::system()->bounded(int(sizeof(Letters) - 1))];
    return "." + name.left(TempNameKeep) + ".kw-out-" + random;
}

} // namespace

SafeFile::SafeFile(QString path, QByteArray name, QByteArray tempName, int dirFd, int fd)
    : m_path(std::move(path)), m_name(std::move(name)), m_tempName(std::move(tempName)), m_dirFd(dirFd), m_fd(fd)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

SafeFile::~SafeFile()
{
    discard();
}

Result<std::unique_ptr<SafeFile>> SafeFile::create(const QString &path, ::mode_t mode)
{
    auto folder = openFolderOf(path);
    if (!folder)
        return folder.error();
    // Exclusive and never through a link: a name someone else made (or linked) first is not ours to write.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QByteArray temp = tempNameFor(folder->name);
        int fd;
        do {
            fd = ::openat(folder->fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          mode & 0777);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            const int err = errno;
            ::close(folder->fd);
            return notWritten(path, err);
        }
        // The mode asked for, whatever the umask made of it.
        if (::fchmod(fd, mode & 0777) != 0) {
            const int err = errno;
            ::close(fd);
            ::unlinkat(folder->fd, temp.constData(), 0);
            ::close(folder->fd);
            return notWritten(path, err);
        }
        return std::unique_ptr<SafeFile>(new SafeFile(path, folder->name, temp, folder->fd, fd));
    }
    ::close(folder->fd);
    return notWritten(path, EEXIST);
}

qint64 SafeFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_errno != 0)
        return -1;
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errno = n < 0 ? errno : EIO;
            setErrorString(qt_error_string(m_errno));
            return -1;
        }
        done += n;
    }
    m_written += done;
    return done;
}

Status SafeFile::commit()
{
    if (m_done || m_fd < 0)
        return notWritten(m_path, EBADF);
    const auto fail = [this](const Error &e) {
        discard();
        return e;
    };
    if (m_errno != 0)
        return fail(notWritten(m_path, m_errno));
    if (::fsync(m_fd) != 0)
        return fail(notWritten(m_path, errno));
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0 && errno != EINTR)
        return fail(notWritten(m_path, errno));
    // Again, just before the rename: what may have appeared at the target meanwhile. rename(2) itself never
    // follows a link at the target; it would replace it. The folder is the one opened at the start.
    bool shared = false;
    QString folder, name;
    split(m_path, &folder, &name);
    if (auto st = checkFolder(m_dirFd, m_path, folder, &shared); !st)
        return fail(st.error());
    if (auto st = checkTarget(m_dirFd, m_name, m_path, shared); !st)
        return fail(st.error());
    if (::renameat(m_dirFd, m_tempName.constData(), m_dirFd, m_name.constData()) != 0)
        return fail(notWritten(m_path, errno));
    m_done = true;
    QIODevice::close();
    // The rename must reach the disk too; a file system that cannot sync a folder needs not.
    if (::fsync(m_dirFd) != 0 && errno != EINVAL && errno != EROFS)
        qWarning("keyward: the folder of %s could not be synced", qPrintable(m_path));
    ::close(std::exchange(m_dirFd, -1));
    return {};
}

void SafeFile::discard()
{
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    if (m_dirFd >= 0) {
        if (!m_done)
            ::unlinkat(m_dirFd, m_tempName.constData(), 0);
        ::close(std::exchange(m_dirFd, -1));
    }
    m_done = true;
    if (isOpen())
        QIODevice::close();
}

Status checkOutputPath(const QString &path)
{
    auto folder = openFolderOf(path);
    if (!folder)
        return folder.error();
    ::close(folder->fd);
    return {};
}

Status writeFileSafely(const QString &path, const QByteArray &bytes, ::mode_t mode)
{
    auto file = SafeFile::create(path, mode);
    if (!file)
        return file.error();
    (*file)->write(bytes); // a failure is kept, and commit() reports it
    return (*file)->commit();
}

Status makeOwnerOnlyFolder(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString at = clean;
    struct stat st;
    while (::lstat(QFile::encodeName(at).constData(), &st) != 0) {
        if (errno != ENOENT)
            return notWritten(path, errno);
        missing.prepend(at);
        const qsizetype slash = at.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        at = at.left(slash);
    }
    if (missing.isEmpty() && S_ISLNK(st.st_mode)) {
        // A data directory kept elsewhere through a link is the admin's choice: used as it is, its mode never
        // changed through the link. A link to anything but a folder is refused.
        struct stat target;
        if (::stat(QFile::encodeName(clean).constData(), &target) == 0 && S_ISDIR(target.st_mode))
            return {};
        return refused(Reason::OutputIsSymlink, {path},
                       QStringLiteral("%1 is a symbolic link; Keyward does not write through links").arg(path));
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), OwnerOnlyFolderMode) != 0 && errno != EEXIST)
            return notWritten(path, errno);
        // The mode asked for, whatever the umask made of it (the chmod never follows a link: see below).
        const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return notWritten(path, errno == ELOOP ? ENOTDIR : errno);
        struct stat made;
        if (::fstat(fd, &made) == 0 && made.st_uid == ::geteuid())
            ::fchmod(fd, OwnerOnlyFolderMode);
        ::close(fd);
    }
    // A folder that was there already keeps its mode: it may be one the admin named (--data-dir /srv/keys, or
    // even /tmp), which is not Keyward's to narrow.
    return {};
}

Status makeOwnerOnlyFile(const QString &path)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    OwnerOnlyFileMode);
    } while (fd < 0 && errno == EINTR);
    if (fd >= 0) {
        // Made just now, so no connection of this process holds a lock on it that the close could drop.
        ::fchmod(fd, OwnerOnlyFileMode);
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return notWritten(path, errno);
    return restrictToOwner(path);
}

Status restrictToOwner(const QString &path)
{
    // Never by opening the file: closing any descriptor of a file drops every POSIX lock this process holds on it,
    // and SQLite holds such locks on the catalog and its -shm through its other connections. fchmodat with
    // AT_SYMLINK_NOFOLLOW changes the entry itself and never what a link there points to.
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0)
        return errno == ENOENT ? Status() : Status(notWritten(path, errno));
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return {}; // a link (never changed through it), device, pipe or socket: not Keyward's to change
    if (st.st_uid != ::geteuid())
        return {};
    const ::mode_t want = S_ISDIR(st.st_mode) ? OwnerOnlyFolderMode : (st.st_mode & 0777 & OwnerOnlyFileMode);
    if ((st.st_mode & 0777) == want)
        return {};
    if (::fchmodat(AT_FDCWD, native.constData(), want, AT_SYMLINK_NOFOLLOW) != 0) {
        // EOPNOTSUPP: swapped for a link meanwhile, which is never changed; ENOENT: gone meanwhile.
        if (errno == EOPNOTSUPP || errno == ENOENT)
            return {};
        return notWritten(path, errno);
    }
    return {};
}

QString terminalSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f ||
                 u == 0x061c || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else if (u == u'\\')
            out += QStringLiteral("\\\\");
        else
            out += c;
    }
    return out;
}

} // namespace keyward
