// FaultSupport: what the fault tests do to the machine under a running keywardctl: small tmpfs file systems that
// fill up, folders that go away (a bind mount detached), and a job held still (SIGSTOP) after a number of
// checkpointed objects, so that a fault lands in the middle of a job whatever the machine's speed.
#pragma once

#include "TestSupport.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyward::test {

// Why this process cannot mount file systems (QSKIP text), or empty when it can. Tries a tmpfs on a folder under
// `scratch`.
QString mountUnavailable(const QString &scratch);

// A tmpfs of a given size on `dir` (made when missing) while this object lives; unmounted lazily at the end.
class Tmpfs
{
public:
    explicit Tmpfs(QString dir) : m_dir(std::move(dir)) {}
    ~Tmpfs();
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    bool mount(qint64 bytes); // false (with a warning) when it cannot
    bool resize(qint64 bytes);
    bool remountReadOnly();
    void unmount();
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir; }
    qint64 used() const;      // bytes in use
    qint64 available() const; // bytes free

private:
    QString m_dir;
    bool m_mounted = false;
};

// `source` (a folder or a file) bound on `target` (a folder made when missing) while this object lives. detach() takes
// it away as a disk that is unplugged or a share that is unmounted: every path under `target` fails from then on (the
// empty folder beneath shows), while descriptors open on it keep working; attach() brings the same folder back.
class BindMount
{
public:
    BindMount(QString source, QString target) : m_source(std::move(source)), m_target(std::move(target)) {}
    ~BindMount();
    BindMount(const BindMount &) = delete;
    BindMount &operator=(const BindMount &) = delete;

    bool attach();
    bool detach();

private:
    QString m_source;
    QString m_target;
    bool m_attached = false;
};

// Writes `path` until the file system holding it has no space left; returns the bytes written, or -1 when the
// file could not be made.
qint64 fillUp(const QString &path);

// Files under `root` (relative paths) named as temporary files are: a folder store's ".NAME.kw-tmp-XXXXXX", the
// "NAME.XXXXXX" of an atomic write or QSaveFile (a random suffix holds a capital or a digit), and SQLite's rollback
// journals ("-journal"); the catalog's WAL files are SQLite's own and not counted.
QStringList temporaryFiles(const QString &root);

// Every thread of process `pid` is stopped (SIGSTOP has taken effect everywhere).
bool allThreadsStopped(qint64 pid);

// Every regular file under `root`, by path relative to it, with its bytes.
QMap<QString, QByteArray> snapshotFiles(const QString &root);

// Nothing lost in `workspace` (of the data directory `dataDir`, objects under `root`): the same object paths as
// `original`, each either its original bytes or sealed (KWE1) so that it opens to them with the workspace's feature
// keys. Returns how many are sealed, or -1 (with a warning saying why) when something was lost.
int sealedNothingLost(const QString &dataDir, const QString &workspace, const QString &root,
                      const QMap<QString, QByteArray> &original);

// How many objects a job of `kind` on `workspace` has checkpointed (rows of job_objects), read-only; -1 on error.
qint64 checkpointedObjects(const QString &catalogPath, const QString &workspace, const QString &kind);

// A keywardctl command run on its own process, which the test can hold still between two of its checkpoints.
class HeldJob
{
public:
    explicit HeldJob(const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~HeldJob(); // a job still running is resumed and killed
    HeldJob(const HeldJob &) = delete;
    HeldJob &operator=(const HeldJob &) = delete;

    bool started() const;
    // Waits until the job has checkpointed at least `objects` objects, then stops it (SIGSTOP, every thread
    // stopped). False when it ended first or did not get there within `timeoutMs`.
    bool holdAfter(const QString &catalogPath, const QString &workspace, const QString &kind, qint64 objects,
                   int timeoutMs = 120000);
    void resume(); // SIGCONT
    // The run's outcome once it ends (status -1 when it crashed or did not end within `timeoutMs`: then killed).
    CtlRun finish(int timeoutMs = 120000);

private:
    QProcess m_process;
    bool m_held = false;
};

} // namespace keyward::test
