// FaultSupport: mount(2), umount2(2), statvfs(2) and signals, as root (the test command runs as root).
#include "FaultSupport.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "secrets/KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace keyward::test {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool mountTmpfs(const QString &dir, qint64 bytes, bool remount)
{
    const QByteArray options = QByteArray("size=") + QByteArray::number(bytes) + (remount ? "" : ",mode=0700");
    if (::mount("tmpfs", native(dir).constData(), "tmpfs", remount ? MS_REMOUNT : 0, options.constData()) == 0)
        return true;
    qWarning("mount tmpfs on %s (%s): %s", qPrintable(dir), options.constData(), std::strerror(errno));
    return false;
}

} // namespace

// Every thread of process `pid` is stopped (SIGSTOP has taken effect everywhere).
bool allThreadsStopped(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (ids.isEmpty())
        return false;
    for (const QString &id : ids) {
        const QByteArray stat = readFile(tasks.filePath(id + QStringLiteral("/stat")));
        const qsizetype close = stat.lastIndexOf(')'); // pid (comm) state ...
        if (close < 0 || close + 2 >= stat.size())
            return false;
        const char state = stat.at(close + 2);
        if (state != 'T' && state != 't')
            return false;
    }
    return true;
}

QString mountUnavailable(const QString &scratch)
{
    const QString probe = QDir(scratch).filePath(QStringLiteral("mount-probe"));
    QDir().mkpath(probe);
    if (::mount("tmpfs", native(probe).constData(), "tmpfs", 0, "size=65536") != 0)
        return QStringLiteral("cannot mount a tmpfs here (%1): the fault tests need root, or CAP_SYS_ADMIN")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    ::umount2(native(probe).constData(), MNT_DETACH);
    return {};
}

Tmpfs::~Tmpfs()
{
    unmount();
}

bool Tmpfs::mount(qint64 bytes)
{
    QDir().mkpath(m_dir);
    m_mounted = mountTmpfs(m_dir, bytes, false);
    return m_mounted;
}

bool Tmpfs::resize(qint64 bytes)
{
    return m_mounted && mountTmpfs(m_dir, bytes, true);
}

bool Tmpfs::remountReadOnly()
{
    if (m_mounted && ::mount("tmpfs", native(m_dir).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0)
        return true;
    qWarning("remount %s read-only: %s", qPrintable(m_dir), std::strerror(errno));
    return false;
}

void Tmpfs::unmount()
{
    if (m_mounted && ::umount2(native(m_dir).constData(), MNT_DETACH) != 0)
        qWarning("umount %s: %s", qPrintable(m_dir), std::strerror(errno));
    m_mounted = false;
}

qint64 Tmpfs::used() const
{
    struct statvfs v;
    if (::statvfs(native(m_dir).constData(), &v) != 0)
        return -1;
    return qint64(v.f_blocks - v.f_bfree) * qint64(v.f_frsize);
}

qint64 Tmpfs::available() const
{
    struct statvfs v;
    if (::statvfs(native(m_dir).constData(), &v) != 0)
        return -1;
    return qint64(v.f_bavail) * qint64(v.f_frsize);
}

BindMount::~BindMount()
{
    if (m_attached)
        detach();
}

bool BindMount::attach()
{
    if (!QFileInfo::exists(m_target))
        QDir().mkpath(m_target);
    if (::mount(native(m_source).constData(), native(m_target).constData(), nullptr, MS_BIND, nullptr) != 0) {
        qWarning("bind %s on %s: %s", qPrintable(m_source), qPrintable(m_target), std::strerror(errno));
        return false;
    }
    m_attached = true;
    return true;
}

bool BindMount::detach()
{
    if (::umount2(native(m_target).constData(), MNT_DETACH) != 0) {
        qWarning("umount %s: %s", qPrintable(m_target), std::strerror(errno));
        return false;
    }
    m_attached = false;
    return true;
}

qint64 fillUp(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    const QByteArray block(64 * 1024, '\0');
    qint64 total = 0;
    for (qint64 chunk = block.size(); chunk > 0;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(chunk));
        if (n > 0)
            total += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else
            chunk /= 2; // the last pages: smaller writes until not one byte fits
    }
    ::close(fd);
    return total;
}

QStringList temporaryFiles(const QString &root)
{
    // A random suffix has a capital or a digit (".kwvault" or ".sqlite" do not, nor are they 6 characters).
    static const QRegularExpression random(QStringLiteral("\\.(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{6}$"));
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QString name = it.fileName();
        if (name.contains(QLatin1String(".kw-tmp-")) || name.endsWith(QLatin1String("-journal")) ||
            random.match(name).hasMatch())
            found << QDir(root).relativeFilePath(p);
    }
    return found;
}

QMap<QString, QByteArray> snapshotFiles(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        files.insert(QDir(root).relativeFilePath(p), readFile(p));
    }
    return files;
}

qint64 checkpointedObjects(const QString &catalogPath, const QString &workspace, const QString &kind)
{
    qint64 n = -1;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault-count"));
        d.setDatabaseName(catalogPath);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (d.open()) {
            QSqlQuery q(d);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM job_objects o JOIN jobs j ON j.id = o.job_id JOIN "
                                     "workspaces w ON w.id = j.workspace_id WHERE w.name = ? AND j.kind = ?"));
            q.addBindValue(workspace);
            q.addBindValue(kind);
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fault-count"));
    return n;
}

HeldJob::HeldJob(const QStringList &args, const QProcessEnvironment &env)
{
    m_process.setProcessEnvironment(env);
    m_process.start(QStringLiteral(KEYWARDCTL_PATH), args);
    m_process.waitForStarted();
}

HeldJob::~HeldJob()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    resume();
    m_process.kill();
    m_process.waitForFinished();
}

bool HeldJob::started() const
{
    return m_process.state() == QProcess::Running || m_process.exitStatus() == QProcess::NormalExit;
}

bool HeldJob::holdAfter(const QString &catalogPath, const QString &workspace, const QString &kind, qint64 objects,
                        int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (checkpointedObjects(catalogPath, workspace, kind) < objects) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired())
            return false;
        QTest::qWait(2);
    }
    const qint64 pid = m_process.processId();
    if (pid <= 0 || ::kill(pid_t(pid), SIGSTOP) != 0)
        return false;
    m_held = true;
    while (!allThreadsStopped(pid)) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired())
            return false;
        QTest::qWait(1);
    }
    return true;
}

void HeldJob::resume()
{
    if (m_held && m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGCONT);
    m_held = false;
}

CtlRun HeldJob::finish(int timeoutMs)
{
    resume();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        return {-1, m_process.readAllStandardOutput(), m_process.readAllStandardError()};
    }
    return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
            m_process.readAllStandardOutput(), m_process.readAllStandardError()};
}

int sealedNothingLost(const QString &dataDir, const QString &workspace, const QString &root,
                      const QMap<QString, QByteArray> &original)
{
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(dataDir));
    if (!catalog) {
        qWarning("catalog: %s", qPrintable(catalog.error().detail));
        return -1;
    }
    auto ws = (*catalog)->workspace(workspace);
    if (!ws)
        return -1;
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(dataDir, secrets, nullptr);
    jobs::FeatureKeyService keys(**catalog, stores, *ws);
    if (!keys.loadRecords())
        return -1;
    // Every object still there, and nothing new but a killed write's temporary file (the next run removes it).
    const QMap<QString, QByteArray> now = snapshotFiles(root);
    const QStringList temporaries = temporaryFiles(root);
    for (const QString &path : now.keys()) {
        if (!original.contains(path) && !temporaries.contains(path)) {
            qWarning("the folder holds %s, which was not there", qPrintable(path));
            return -1;
        }
    }
    for (const QString &path : original.keys()) {
        if (!now.contains(path)) {
            qWarning("%s is gone", qPrintable(path));
            return -1;
        }
    }
    int sealed = 0;
    for (auto it = original.begin(); it != original.end(); ++it) {
        const QByteArray stored = now.value(it.key());
        if (!stored.startsWith("KWE1")) {
            if (stored != it.value()) {
                qWarning("%s is neither its old bytes nor sealed", qPrintable(it.key()));
                return -1;
            }
            continue;
        }
        const auto plain = openSealed(stored, keys);
        if (!plain || *plain != it.value()) {
            qWarning("%s does not open to its old bytes", qPrintable(it.key()));
            return -1;
        }
        ++sealed;
    }
    return sealed;
}

} // namespace keyward::test
