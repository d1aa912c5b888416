// SafeFile: the one way Keyward writes a file for people (recovered plaintext, escrow kits, findings, reports,
// exports) and its own files (stores.json, vault files): created beside the target under a temporary name that
// no one else can have made, synced, renamed into place, in a folder checked to be the caller's. Also the
// owner-only modes of what Keyward keeps, and names made safe to print on a terminal.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <memory>

#include <sys/types.h>

namespace keyward {

// Files Keyward writes are the owner's alone, and so are its folders.
constexpr ::mode_t OwnerOnlyFileMode = 0600;
constexpr ::mode_t OwnerOnlyFolderMode = 0700;

// An output file being written. Nothing appears at the target until commit(); a SafeFile destroyed uncommitted
// leaves no trace (its temporary file is removed), and whatever was at the target stays as it was.
//
// The rules, checked when it is created and again just before the rename:
// - the target's folder is opened once and every later step is relative to it (openat), so a folder swapped
//   for a link meanwhile changes nothing;
// - the folder belongs to the caller (effective uid) or root, and no one else can write to it, unless it is
//   sticky (like /tmp): then a file already at the target must be the caller's (OutputOwnedByOther);
// - a symbolic link at the target is refused, never written through nor replaced (OutputIsSymlink);
// - only a regular file is replaced (OutputNotAFile: a folder, device, pipe or socket is left alone);
// - the temporary file is made with O_CREAT|O_EXCL|O_NOFOLLOW, mode `mode`, so it is never one someone else
//   prepared.
// Refusals are Forbidden (keywardctl exit 7); failures of the file system are Io, reason OutputNotWritten
// (file, the system's reason; keywardctl exit 1).
class SafeFile final : public QIODevice
{
public:
    static Result<std::unique_ptr<SafeFile>> create(const QString &path, ::mode_t mode = OwnerOnlyFileMode);
    ~SafeFile() override;
    SafeFile(const SafeFile &) = delete;
    SafeFile &operator=(const SafeFile &) = delete;

    // Syncs the data, renames the temporary file over the target, syncs the folder. Once only.
    Status commit();
    // Drops what was written; the target stays as it was.
    void discard();

    QString path() const { return m_path; }
    // Bytes written so far.
    qint64 written() const { return m_written; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    SafeFile(QString path, QByteArray name, QByteArray tempName, int dirFd, int fd);

    QString m_path;
    QByteArray m_name;     // the target's name in its folder
    QByteArray m_tempName; // the temporary file's name in the same folder
    int m_dirFd = -1;
    int m_fd = -1;
    int m_errno = 0; // the first write failure
    qint64 m_written = 0;
    bool m_done = false;
};

// The checks SafeFile::create() makes, with nothing written: for a pair of files that must both be writable
// before either is written (a report and its signature).
Status checkOutputPath(const QString &path);

// Writes `bytes` to `path` whole through a SafeFile: the file is whole or not there.
Status writeFileSafely(const QString &path, const QByteArray &bytes, ::mode_t mode = OwnerOnlyFileMode);

// Makes `path` and any missing parents; the folders it makes get mode 0700 (whatever the umask); a folder
// already there keeps its mode (it may be one the admin named, /tmp even). A link at `path` to a folder is used as it
// is (its mode never changed through the link); a link to anything else is refused (OutputIsSymlink). Io, reason
// OutputNotWritten, on failure.
Status makeOwnerOnlyFolder(const QString &path);

// Makes an empty file at `path` with mode 0600 when nothing is there (never through a link), or narrows the
// file there to the owner (see restrictToOwner): for files another library then opens by name (the catalog).
Status makeOwnerOnlyFile(const QString &path);

// Sets `path` (never through a link) to 0600 for a file, 0700 for a folder, when it exists and the caller owns
// it; Ok when there is nothing there.
Status restrictToOwner(const QString &path);

// `text` with everything that a terminal would act on instead of showing spelled out: C0 and C1 controls and
// DEL as \xNN, the bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F,
// U+061C) and the line and paragraph separators as \uNNNN, and a backslash as \\, so that an object's name
// can neither move the cursor, clear a line nor reorder what follows it. For every name from data that a
// front end prints as text.
QString terminalSafe(QStringView text);

} // namespace keyward
