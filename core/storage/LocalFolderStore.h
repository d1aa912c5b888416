// LocalFolderStore: a workspace's objects as files under one folder, replaced atomically and durably.
#pragma once

#include "storage/ObjectStore.h"

#include <QFile>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>

#include <sys/types.h>
struct stat;

namespace keyward::storage {

// Objects are regular files; the object path is the file's path relative to the folder. Symbolic links are
// not objects: list() skips them, and the other calls follow one only when it leads to a place inside the
// folder. New versions are written to `.<name>.kw-tmp-XXXXXX` beside the object (owner-only permissions),
// synced, then renamed over it, so a process killed at any moment leaves the old object or the new one.
// Every call may be made from several threads at once; the store keeps no state beyond its folder.
class LocalFolderStore final : public ObjectStore
{
public:
    enum class OpenMode
    {
        MustExist,       // NotFound when the folder is missing
        CreateIfMissing, // makes the folder (and its parents) first
    };

    // The folder is resolved once, through any symbolic links, and every object must stay inside it.
    static Result<std::unique_ptr<LocalFolderStore>> open(const QString &folder,
                                                          OpenMode mode = OpenMode::CreateIfMissing);

    // The folder's canonical path.
    QString root() const { return m_root; }

    QString location() const override { return m_root; }
    Result<QList<ObjectInfo>> list(const QString &prefix = {}) override;
    // Symbolic links are listed as links, never followed; a temporary file is `inUse` while a writer holds it.
    Result<QList<ObjectInfo>> listEntries() override;
    // An object's etag here is its identity on the file system (device, inode and change time): list() and stat()
    // give it, and the calls that take `ifMatch` open the object from the store's folder without following any
    // link (openat, O_NOFOLLOW) and check what they opened is still that file (fstat), so that an object swapped
    // for another file or a link after it was listed is refused (Conflict, ObjectChanged), never read or written.
    Result<ObjectInfo> stat(const QString &path) override;
    using ObjectStore::openRead;
    using ObjectStore::openWrite;
    Result<std::unique_ptr<QIODevice>> openRead(const QString &path) override;
    Result<std::unique_ptr<QIODevice>> openRead(const QString &path, const QString &ifMatch) override;
    using ObjectStore::openCurrent;
    // With Access::ReadThenRewrite the file is opened for writing too, so that rewriteOpened() writes through the
    // same descriptor: the file that was read and checked, whatever is at its path by then.
    Result<OpenedObject> openCurrent(const QString &path, Access access) override;
    // The writer's device is seekable, so a sparse object can be made by seeking past the end before writing.
    Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path) override;
    Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path, const QString &ifMatch) override;
    // Refuses to write past the object's end: an in-place rewrite never changes an object's size.
    Status overwrite(const QString &path, qint64 offset, const QByteArray &bytes) override;
    Status overwriteIfMatch(const QString &path, qint64 offset, const QByteArray &bytes,
                            const QString &ifMatch) override;

    // The etag of the file `st` describes.
    static QString identityOf(const struct stat &st);
    Status remove(const QString &path) override;

    // Removes temporary files that writers left behind when their process died before commit, and returns
    // how many it removed. A temporary file that a live writer (in any process) holds is left alone.
    Result<int> cleanStaleTemporaries() override;

    // While it syncs its writes: a batch's files are made durable with one syncfs(2) per file system (each file
    // synced on its own only when that fails, to tell which), renamed into place, then each folder synced once.
    bool commitsInBatches() const override { return m_syncWrites; }
    QList<Status> commitAll(const QList<ObjectWriter *> &writers, QThreadPool *workers) override;
    // While it syncs its writes: the bytes written at once, the sync left to the returned writer.
    Result<std::unique_ptr<ObjectWriter>> rewriteIfMatch(const QString &path, qint64 offset, const QByteArray &bytes,
                                                         const QString &ifMatch) override;
    // Through the descriptor openCurrent(path, Access::ReadThenRewrite) opened, once fstat says the file is still
    // the version it was (Conflict, ObjectChanged, if anything changed it since); otherwise as rewriteIfMatch().
    Result<std::unique_ptr<ObjectWriter>> rewriteOpened(OpenedObject opened, qint64 offset,
                                                        const QByteArray &bytes) override;

    // Whether commit() and overwrite() wait for the data to reach the disk (fsync) before returning. On by
    // default. Turning it off keeps the replacement atomic for readers and against a killed process, but
    // not against a power cut: for bulk-generated data that can be made again (demo workspaces, benchmarks).
    void setSyncWrites(bool on) { m_syncWrites = on; }
    bool syncWrites() const { return m_syncWrites; }

    // True for the names this store gives its temporary files (".<name>.kw-tmp-XXXXXX").
    static bool isTemporaryName(QStringView fileName);

private:
    LocalFolderStore(const QString &canonicalRoot, dev_t rootDev, ino_t rootIno)
        : m_root(canonicalRoot), m_rootNative(QFile::encodeName(canonicalRoot)), m_rootDev(rootDev), m_rootIno(rootIno)
    {
    }

    // The file-system path of an existing object, after refusing anything that leads outside the folder.
    Result<QString> existingFile(const QString &path) const;
    // Opens the object at `path` with `flags` and examines it (`st`). Where no link is on the way this is one walk
    // down from the root (openBelowRoot()); where there is one, the path is resolved and must stay inside the folder
    // (existingFile()). `what` names the access in errors ("read", "examine", ...).
    Result<int> openExisting(const QString &path, int flags, const QString &what, struct stat &st) const;
    // Opens `path` (valid by checkObjectPath(); empty: the root) below the root, never through a link: in one call
    // where the kernel resolves it beneath the root, else one name at a time, the folders with O_PATH, the last
    // name with `flags`. The descriptor, or -1 with `err` set (ELOOP or ENOTDIR: a link, or a file where a folder
    // was, on the way).
    int openBelowRoot(const QString &path, int flags, int &err) const;
    // The file-system path an object is to be written to, with its parent folders made inside the folder. With
    // `parent`, where every folder on the way is a folder (no link: the usual case), that folder stays open there
    // (O_PATH, the caller closes it), for the steps that follow to name the file relative to it; else -1.
    Result<QString> writableFile(const QString &path, int *parent = nullptr) const;
    bool isInside(const QString &canonicalPath) const;
    // `error`, or ObjectStoreGone (Unavailable) when the folder is no longer the one opened.
    Error orGone(Error error) const;
    // A descriptor of what is at `path`, opened from the root without following any link (`st` says what it is);
    // a link there, or on the way, is a change (Conflict, ObjectChanged).
    Result<int> openUnfollowed(const QString &path, int flags, struct stat &st) const;
    // The same, checked to be the regular file `ifMatch` names; or the error.
    Result<int> openIdentified(const QString &path, int flags, const QString &ifMatch,
                               struct stat *examined = nullptr) const;
    // A descriptor to rewrite the object at `path` in place: through openIdentified() when `ifMatch` names a version,
    // else wherever its path leads inside the folder.
    Result<int> openForRewrite(const QString &path, const QString &ifMatch) const;
    Error changed(const QString &path) const;
    // A writer on a new temporary file beside `path`; with `ifMatch`, only while the object there is that version
    // (checked now, and again by `stillSame` just before the rename).
    Result<std::unique_ptr<ObjectWriter>> openWriter(const QString &path, const QString &ifMatch,
                                                     std::function<Status()> stillSame);
    // Writes `bytes` at `offset` of the open object `fd`, then syncs (when syncing) and closes it; with `keepOpen`,
    // leaves it open and unsynced once written (it is closed when the write fails).
    Status rewrite(int fd, const QString &path, qint64 offset, const QByteArray &bytes, bool keepOpen = false);

    QString m_root;
    QByteArray m_rootNative; // m_root as the system takes it, made once: a job opens the root once per object
    dev_t m_rootDev;
    ino_t m_rootIno;
    bool m_syncWrites = true;
};

} // namespace keyward::storage
