// ObjectStore: where a workspace's objects live (a local folder now; cloud blob stores behind the same
// interface later). Paths are relative, '/'-separated, and never leave the store's root.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

class QThreadPool;

namespace keyward::storage {

// What a listed entry is. list() returns regular objects only; listEntries() returns every entry.
enum class EntryKind
{
    Object,    // a regular file: an object
    Symlink,   // a symbolic link (never followed by the listing)
    Directory, // a folder (listed, and walked into)
    Special,   // a FIFO, socket or device
};

struct ObjectInfo
{
    QString path; // relative to the store's root, e.g. "root/FileStore/tables/sales.csv"
    qint64 size = 0;
    QDateTime modified;
    EntryKind kind = EntryKind::Object;
    // The name is one the store gives its own temporary files (a write in progress, or a leftover of a writer
    // that died); `inUse` tells the two apart where the store can (a live writer holds it).
    bool temporary = false;
    bool inUse = false;
    // The version tag a store gives each write of an object (an Azure blob's ETag; a local file's device, inode and
    // change time); empty where it has none.
    QString etag = {};
};

// A new version of an object, written to the side and put in place only by commit(): readers see the old
// object or the new one, never a torn one, whatever happens to the writing process.
class ObjectWriter
{
public:
    virtual ~ObjectWriter() = default; // without commit(), nothing changes
    virtual QIODevice *device() = 0;
    virtual Status commit() = 0; // flush, sync, replace
    // Hands everything written so far to the store without committing it (a local folder writes its buffer into
    // the temporary file), so that a write that cannot be stored fails where it was written, and a batch's
    // commitAll() has only to make it durable and put it in place. Nothing to do for most stores.
    virtual Status flush() { return {}; }
};

// An object opened for reading, with the ObjectInfo of the version opened (its etag names that version for the
// conditional writes that replace it).
struct OpenedObject
{
    std::unique_ptr<QIODevice> device;
    ObjectInfo info;
};

class ObjectStore
{
public:
    virtual ~ObjectStore() = default;

    // For messages: a folder path or a container URL.
    virtual QString location() const = 0;
    // Every object under `prefix` (all when empty), sorted by path.
    virtual Result<QList<ObjectInfo>> list(const QString &prefix = {}) = 0;
    // Every entry under the store's root, sorted by path: objects, temporary files, folders, symbolic links
    // (never followed) and special files, each with its kind, so that a job can report what is not an object.
    // A store that holds nothing but objects returns list().
    virtual Result<QList<ObjectInfo>> listEntries() { return list(); }
    virtual Result<ObjectInfo> stat(const QString &path) = 0;
    virtual Result<std::unique_ptr<QIODevice>> openRead(const QString &path) = 0;
    virtual Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path) = 0;
    // The same, conditional on the object still being the version `ifMatch` names (an ObjectInfo::etag; empty:
    // any version). Reads fail, and commit() refuses with Conflict (ObjectChanged), once the object is another
    // version, so an in-place rewrite never overwrites a change made meanwhile. Stores without version tags
    // ignore `ifMatch`. Subclasses that override these add `using ObjectStore::openRead; using
    // ObjectStore::openWrite;`.
    virtual Result<std::unique_ptr<QIODevice>> openRead(const QString &path, const QString &ifMatch)
    {
        Q_UNUSED(ifMatch);
        return openRead(path);
    }
    virtual Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path, const QString &ifMatch)
    {
        Q_UNUSED(ifMatch);
        return openWrite(path);
    }
    // What openCurrent() opens an object for: reading only, or reading and then rewriting in place through
    // rewriteOpened().
    enum class Access
    {
        Read,
        ReadThenRewrite
    };
    // The object as it is now, opened for reading, and which version that is: stat() then openRead(path, etag),
    // which a store may do in one step (a local folder opens the file once and asks it what it is).
    Result<OpenedObject> openCurrent(const QString &path) { return openCurrent(path, Access::Read); }
    virtual Result<OpenedObject> openCurrent(const QString &path, Access access);
    // Overwrites `bytes.size()` bytes at `offset` in place, durably, as one write: for KWE1 header rewrites
    // (rekey), where the rest of the object stays as it is.
    virtual Status overwrite(const QString &path, qint64 offset, const QByteArray &bytes) = 0;
    // The same, conditional on the object still being the version `ifMatch` names (empty: any version): Conflict
    // (ObjectChanged) once it is another one, or a link was put in its place. Stores without version tags
    // ignore `ifMatch`.
    virtual Status overwriteIfMatch(const QString &path, qint64 offset, const QByteArray &bytes, const QString &ifMatch)
    {
        Q_UNUSED(ifMatch);
        return overwrite(path, offset, bytes);
    }
    virtual Status remove(const QString &path) = 0;
    // Removes what writers left behind when their process died before commit (temporary files, uncommitted
    // blocks) and returns how many; a writer still alive in any process keeps its own. 0 for a store that
    // leaves nothing behind.
    virtual Result<int> cleanStaleTemporaries() { return 0; }

    // Whether commitAll() commits a batch of writers for less than their commit() calls one by one would cost (a
    // local folder that syncs its writes). Where it does not, a job commits each writer where it wrote it.
    virtual bool commitsInBatches() const { return false; }
    // Commits `writers` (each opened on this store, its data written) as each one's commit() would, and returns one
    // Status per writer, in their order: the object stays the version it was where its Status is an error, and is
    // the new version, durably where the store syncs, where it is not. A local folder syncs the batch's data once,
    // renames each file into place, then syncs each folder once, where commit() syncs twice per object. The steps
    // taken for each writer on its own run on `workers`' threads (on the calling thread when null), so the writers
    // must be for distinct objects.
    virtual QList<Status> commitAll(const QList<ObjectWriter *> &writers, QThreadPool *workers);
    // overwriteIfMatch(), made durable by committing the writer it returns (commit(), or commitAll() with others):
    // the bytes are in place when it returns, for readers and against a killed process, but where the store syncs
    // its writes they may not survive a power cut until then. The writer has no device(). The default rewrites
    // durably at once and returns a writer with nothing left to do.
    virtual Result<std::unique_ptr<ObjectWriter>> rewriteIfMatch(const QString &path, qint64 offset,
                                                                 const QByteArray &bytes, const QString &ifMatch);
    // rewriteIfMatch() of the version `opened` holds (from openCurrent(path, Access::ReadThenRewrite)), through
    // the handle it holds where the store has one, so that the object is not looked up a second time; `opened`'s
    // device is closed. The default closes it and calls rewriteIfMatch() with its path and etag.
    virtual Result<std::unique_ptr<ObjectWriter>> rewriteOpened(OpenedObject opened, qint64 offset,
                                                                const QByteArray &bytes);
};

// Implemented by the devices of a store that can tell why a read or write failed as an Error (a QIODevice carries
// words only): a blob store that cannot be reached says Unavailable, as its own calls do, so that a job stops on
// it as on any unreachable store. A local folder's devices do not; their failures stay Io.
class DeviceFailure
{
public:
    virtual ~DeviceFailure() = default;
    virtual std::optional<Error> failure() const = 0; // the first read or write failure, if any
};

// `error`, from a read or write on `devices` that failed, with the code, reason and arguments of the first of them
// that carries a failure of its own (its detail stays); `error` unchanged when none does, or when it is not Io.
Error deviceError(const Error &error, std::initializer_list<const QIODevice *> devices);

// Rejects absolute paths, "..", empty segments and backslashes.
Status checkObjectPath(const QString &path);

// Copies every object of `from` to the same path in `to`, each streamed in bounded memory and committed whole.
Status copyObjects(ObjectStore &from, ObjectStore &to);

} // namespace keyward::storage
