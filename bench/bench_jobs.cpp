// bench_jobs: the object jobs as an admin runs them (`keywardctl encrypt|verify|rekey`, each a process of its own),
// beside their peers and the I/O floor measured in the same run on the same files:
//   - one large object sealed in place, durably, against `age -e` file to file + sync and `cp` + sync;
//   - many small objects (1-64 KiB) sealed, against `cp -r` + sync of the same tree, and against the floor of any
//     in-place rewrite (each file replaced by a copy of itself: read, write a new file, rename it over the old one,
//     then sync); verified, against reading them all (`cat` to /dev/null); rekeyed (a header rewrite per object), in
//     objects per second;
//   - the job's peak memory on a large object against the same job on a 1 MiB object.
// Each figure is the median of --repeat runs (each on a workspace of its own, made through keywardctl with a local
// vault whose key is in the OS keychain and an AES-256 key on managed disks). The keychain, not a passphrase: a
// passphrase costs every command one scrypt (about 0.4 s and 64 MiB here, on purpose), which is not the job's cost.
// bench/run gives it a private D-Bus session with an unlocked keyring. Run it on a real disk (--dir): on tmpfs every
// sync is free and the figures say nothing about durability.
//
// Usage: bench_jobs [--quick] [--dir PARENT] [--keywardctl PATH] [--repeat N] [--json FILE]
//   --quick: 256 MiB and 20 000 objects, one run each (about a minute); full: 2 GiB, 20 000 objects, 3 runs, and
//   the memory figure on 4 GiB.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

#include <fcntl.h>
#include <sys/statfs.h>
#include <unistd.h>

using namespace keyward;
using namespace keyward::bench;

namespace {

constexpr qint64 MiB = qint64(1) << 20;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_jobs: %s\n", qPrintable(what));
    std::exit(1);
}

class Bench
{
public:
    Bench(QString dir, QString keywardctl) : m_dir(std::move(dir)), m_ctl(std::move(keywardctl))
    {
        m_dataDir = m_dir + QStringLiteral("/data");
        ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("bench"),
             QStringLiteral("--protection"), QStringLiteral("keychain")});
        ctl({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--store"), QStringLiteral("bench"),
             QStringLiteral("disks"), QStringLiteral("--type"), QStringLiteral("aes"), QStringLiteral("--size"),
             QStringLiteral("256")});
    }

    // `keywardctl ARGS` on the bench's data directory; dies when it fails.
    ChildRun ctl(QStringList args)
    {
        args.prepend(m_ctl);
        args << QStringLiteral("--data-dir") << m_dataDir;
        const ChildRun run = runChild(args);
        if (!run.ok())
            die(QStringLiteral("%1 exited %2").arg(args.join(QLatin1Char(' '))).arg(run.status));
        return run;
    }

    ChildRun job(const QString &kind, const QString &workspace, const QStringList &more = {})
    {
        return ctl(QStringList{kind, QStringLiteral("--workspace"), workspace, QStringLiteral("--quiet")} + more);
    }

    // A new workspace whose managed disks are keyed; returns the folder its disks' data goes in.
    QString workspace(const QString &name)
    {
        const QString root = m_dir + QStringLiteral("/ws-") + name;
        ctl({QStringLiteral("workspace"), QStringLiteral("create"), name, QStringLiteral("--storage"), root});
        ctl({QStringLiteral("assign"), QStringLiteral("--workspace"), name, QStringLiteral("--feature"),
             QStringLiteral("managed-disks"), QStringLiteral("--store"), QStringLiteral("bench"),
             QStringLiteral("--key"), QStringLiteral("disks")});
        return root + QStringLiteral("/disks");
    }

    QString dir() const { return m_dir; }

private:
    QString m_dir;
    QString m_ctl;
    QString m_dataDir;
};

ChildRun sh(const QString &command)
{
    const ChildRun run = runChild({QStringLiteral("sh"), QStringLiteral("-c"), command});
    if (!run.ok())
        die(QStringLiteral("`%1` exited %2").arg(command).arg(run.status));
    return run;
}

QString quoted(const QString &path)
{
    QString q = path;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// The time of a command followed by `sync` (what makes its output durable), as one figure.
double timedWithSync(const QString &command)
{
    return sh(command).wallSeconds + sh(QStringLiteral("sync")).wallSeconds;
}

QString fileSystemOf(const QString &dir)
{
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return QStringLiteral("unknown");
    switch (fs.f_type) {
    case 0x01021994:
        return QStringLiteral("tmpfs");
    case 0xEF53:
        return QStringLiteral("ext4");
    case 0x58465342:
        return QStringLiteral("xfs");
    case 0x9123683E:
        return QStringLiteral("btrfs");
    default:
        return QStringLiteral("0x%1").arg(quint64(fs.f_type), 0, 16);
    }
}

// The mount options of the file system holding `dir` that bear on the figures: `discard` makes the kernel trim
// the blocks of every file it frees (each replaced object's old version) as it frees them.
QString mountOptionsOf(const QString &dir)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return QString();
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    QString best, options;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 4)
            continue;
        const QString point = QString::fromUtf8(fields[1]).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool under = canonical == point ||
                           canonical.startsWith(point.endsWith(QLatin1Char('/')) ? point : point + QLatin1Char('/'));
        if (under && point.size() >= best.size()) {
            best = point;
            options = QString::fromUtf8(fields[3]);
        }
    }
    return options;
}

// Replaces every file under `root` by a copy of itself, as any tool that rewrites objects in place crash-safely
// must (read it, write a new file beside it, rename that over it), then syncs: the floor of an in-place job, in
// seconds. What `cp -r` never pays: freeing each old version.
double replaceInPlace(const QString &root)
{
    QElapsedTimer t;
    t.start();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    QByteArray chunk(MiB, Qt::Uninitialized);
    for (const QString &path : files) {
        QFile in(path);
        const QString next = path + QStringLiteral(".new");
        QFile out(next);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            die(QStringLiteral("cannot copy %1").arg(path));
        for (qint64 n; (n = in.read(chunk.data(), chunk.size())) > 0;) {
            if (out.write(chunk.constData(), n) != n)
                die(QStringLiteral("cannot write %1").arg(next));
        }
        in.close();
        out.close();
        if (::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) != 0)
            die(QStringLiteral("cannot rename %1").arg(next));
    }
    return double(t.nsecsElapsed()) / 1e9 + sh(QStringLiteral("sync")).wallSeconds;
}

// Rewrites the first bytes of every file under `root` in place (open, read them, write them back at offset 0,
// close), then syncs: the floor of a job that rewrites each object's header and nothing else, in seconds.
double rewriteHeadersInPlace(const QString &root)
{
    QElapsedTimer t;
    t.start();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    char header[256];
    while (it.hasNext()) {
        const QString path = it.next();
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        const ssize_t n = fd < 0 ? -1 : ::pread(fd, header, sizeof header, 0);
        if (n <= 0 || ::pwrite(fd, header, size_t(n), 0) != n)
            die(QStringLiteral("cannot rewrite the start of %1").arg(path));
        ::close(fd);
    }
    return double(t.nsecsElapsed()) / 1e9 + sh(QStringLiteral("sync")).wallSeconds;
}

QString spread(const std::vector<double> &v, int precision = 2)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1-%2").arg(*lo, 0, 'f', precision).arg(*hi, 0, 'f', precision);
}

void report(const QString &json, const Figure &f)
{
    out() << QStringLiteral("  %1: %2 %3").arg(f.name).arg(f.value, 0, 'f', 3).arg(f.unit);
    if (!f.baselineName.isEmpty())
        out() << QStringLiteral("; %1: %2 %3; ratio %4")
                     .arg(f.baselineName)
                     .arg(f.baselineValue, 0, 'f', 3)
                     .arg(f.unit)
                     .arg(f.ratio, 0, 'f', 2);
    out() << QStringLiteral(" (target %1: %2)\n")
                 .arg(f.target, f.met ? QStringLiteral("met") : QStringLiteral("NOT met"));
    if (!f.detail.isEmpty())
        out() << "    " << f.detail << "\n";
    out().flush();
    if (!appendFigure(json, f))
        die(QStringLiteral("cannot write %1").arg(json));
}

// One object of `mib` MiB, sealed in place by the job, beside age and cp on the same bytes.
void largeObject(Bench &b, qint64 mib, int repeat, const QString &json)
{
    const QString identity = b.dir() + QStringLiteral("/age-identity");
    if (!QFile::exists(identity))
        sh(QStringLiteral("age-keygen -o %1 2>/dev/null").arg(quoted(identity)));
    const QString recipientFile = b.dir() + QStringLiteral("/age-recipient");
    sh(QStringLiteral("age-keygen -y %1 > %2").arg(quoted(identity), quoted(recipientFile)));
    QFile recipientIn(recipientFile);
    if (!recipientIn.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(recipientFile));
    const QString recipient = QString::fromLatin1(recipientIn.readAll().trimmed());
    std::vector<double> job, jobSys, age, ageSys, cp, replace;
    for (int r = 0; r < repeat; ++r) {
        const QString name = QStringLiteral("large-%1-%2").arg(mib).arg(r);
        const QString disks = b.workspace(name);
        const QString object = disks + QStringLiteral("/cluster-0/disk-0.img");
        if (!writeObject(object, mib * MiB, quint32(r + 1)))
            die(QStringLiteral("cannot write %1").arg(object));
        sh(QStringLiteral("sync"));
        const QString copy = b.dir() + QStringLiteral("/copy.img");
        cp.push_back(timedWithSync(QStringLiteral("cp %1 %2").arg(quoted(object), quoted(copy))));
        QFile::remove(copy);
        sh(QStringLiteral("sync"));
        replace.push_back(replaceInPlace(QFileInfo(object).path()));
        const QString sealed = b.dir() + QStringLiteral("/copy.age");
        const ChildRun a = sh(QStringLiteral("age -e -r %1 -o %2 %3").arg(recipient, quoted(sealed), quoted(object)));
        age.push_back(a.wallSeconds + sh(QStringLiteral("sync")).wallSeconds);
        ageSys.push_back(a.systemSeconds);
        QFile::remove(sealed);
        sh(QStringLiteral("sync"));
        const ChildRun j = b.job(QStringLiteral("encrypt"), name);
        job.push_back(j.wallSeconds);
        jobSys.push_back(j.systemSeconds);
        QDir(QFileInfo(disks).path()).removeRecursively(); // the space, for the next run
    }
    const double jobT = median(job), ageT = median(age), cpT = median(cp), replaceT = median(replace);
    const QString runs =
        QStringLiteral("%1 runs; job %2 s (system %3 s), age %4 s (system %5 s), cp + sync %6 s, "
                       "replaced in place + sync %7 s")
            .arg(repeat)
            .arg(spread(job), spread(jobSys), spread(age), spread(ageSys), spread(cp), spread(replace));
    report(json, {QStringLiteral("encrypt job, one %1 MiB object, in place, durable").arg(mib), jobT,
                  QStringLiteral("s"), QStringLiteral("age -e file to file + sync"), ageT, ageT / jobT,
                  QStringLiteral(">= 1.0x (faster than age)"), ageT / jobT >= 1.0, runs});
    report(json,
           {QStringLiteral("encrypt job, one %1 MiB object, against the I/O floor").arg(mib), jobT, QStringLiteral("s"),
            QStringLiteral("cp + sync"), cpT, cpT / jobT, QStringLiteral(">= 0.6x"), cpT / jobT >= 0.6, runs});
    report(json,
           {QStringLiteral("encrypt job, one %1 MiB object, against the in-place floor").arg(mib), jobT,
            QStringLiteral("s"), QStringLiteral("the file replaced in place (read, write new, rename over) + sync"),
            replaceT, replaceT / jobT, QStringLiteral("report (what bounds the 0.6x above)"), true, runs});
}

// The job's peak memory on one `mib` MiB object against the same job on a 1 MiB object.
void peakMemory(Bench &b, qint64 mib, const QString &json)
{
    qint64 rss[2] = {0, 0};
    const qint64 sizes[2] = {1, mib};
    for (int i = 0; i < 2; ++i) {
        const QString name = QStringLiteral("rss-%1").arg(sizes[i]);
        const QString disks = b.workspace(name);
        if (!writeObject(disks + QStringLiteral("/cluster-0/disk-0.img"), sizes[i] * MiB))
            die(QStringLiteral("cannot write the %1 MiB object").arg(sizes[i]));
        rss[i] = b.job(QStringLiteral("encrypt"), name).peakRssKiB;
        QDir(QFileInfo(disks).path()).removeRecursively();
    }
    const double grew = double(rss[1] - rss[0]) / 1024.0;
    report(json, {QStringLiteral("encrypt job, peak RSS growth from a 1 MiB to a %1 MiB object").arg(mib), grew,
                  QStringLiteral("MiB"), QStringLiteral("peak RSS on the 1 MiB object"), double(rss[0]) / 1024.0, 0,
                  QStringLiteral("< 32 MiB"), grew < 32,
                  QStringLiteral("peak RSS %1 MiB and %2 MiB").arg(rss[0] / 1024).arg(rss[1] / 1024)});
}

// `count` objects of 1-64 KiB in 40 folders, written once; each run copies them into a new workspace (the
// `cp -r` + sync baseline), seals them, verifies them (against `cat` of the same files) and rekeys them.
void smallObjects(Bench &b, int count, int repeat, const QString &json)
{
    const QString source = b.dir() + QStringLiteral("/small-source");
    QRandomGenerator sizes(20261129);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    fillPattern(block.data(), block.size(), 7);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString path =
            QStringLiteral("%1/cluster-%2/part-%3.bin").arg(source).arg(i % 40).arg(i, 6, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        const qint64 n = 1024 + sizes.bounded(63 * 1024 + 1);
        block[0] = char(i); // no two alike
        block[1] = char(i >> 8);
        if (!f.open(QIODevice::WriteOnly) || f.write(block.constData(), n) != n)
            die(QStringLiteral("cannot write %1").arg(path));
        bytes += n;
    }
    sh(QStringLiteral("sync"));
    std::vector<double> copy, encrypt, verify, cat, rekey, replace, headers;
    for (int r = 0; r < repeat; ++r) {
        const QString name = QStringLiteral("small-%1").arg(r);
        const QString disks = b.workspace(name);
        QDir().mkpath(QFileInfo(disks).path());
        copy.push_back(timedWithSync(QStringLiteral("cp -r %1 %2").arg(quoted(source), quoted(disks))));
        replace.push_back(replaceInPlace(disks));
        encrypt.push_back(b.job(QStringLiteral("encrypt"), name).wallSeconds);
        cat.push_back(
            sh(QStringLiteral("find %1 -type f -print0 | xargs -0 cat > /dev/null").arg(quoted(disks))).wallSeconds);
        verify.push_back(b.job(QStringLiteral("verify"), name).wallSeconds);
        rekey.push_back(
            b.job(QStringLiteral("rekey"), name, {QStringLiteral("--feature"), QStringLiteral("managed-disks")})
                .wallSeconds);
        headers.push_back(rewriteHeadersInPlace(disks));
        QDir(QFileInfo(disks).path()).removeRecursively();
    }
    const QString what = QStringLiteral("%1 objects of 1-64 KiB (%2 MiB)").arg(count).arg(bytes / MiB);
    const double encT = median(encrypt), copyT = median(copy), verT = median(verify), catT = median(cat);
    const double replaceT = median(replace);
    const QString mount = mountOptionsOf(b.dir());
    const bool discard = mount.split(QLatin1Char(',')).contains(QStringLiteral("discard"));
    const double rekeyRate = count / median(rekey);
    report(json, {QStringLiteral("encrypt job, %1").arg(what), encT, QStringLiteral("s"),
                  QStringLiteral("cp -r + sync"), copyT, copyT / encT, QStringLiteral(">= 0.5x"), copyT / encT >= 0.5,
                  QStringLiteral("%1 runs; job %2 s (%3 objects/s), cp -r + sync %4 s, each file replaced in place "
                                 "+ sync %5 s; mounted %6")
                      .arg(repeat)
                      .arg(spread(encrypt))
                      .arg(count / encT, 0, 'f', 0)
                      .arg(spread(copy), spread(replace), mount)});
    report(json, {QStringLiteral("encrypt job, %1, against the in-place floor").arg(what), encT, QStringLiteral("s"),
                  QStringLiteral("each file replaced in place (read, write new, rename over) + sync"), replaceT,
                  replaceT / encT, QStringLiteral("report (what bounds the 0.5x above)"), true,
                  QStringLiteral("%1 runs; replaced in place %2 s against cp -r %3 s%4")
                      .arg(repeat)
                      .arg(spread(replace), spread(copy))
                      .arg(discard ? QStringLiteral("; the file system is mounted with discard: every old version "
                                                    "freed is trimmed as it is freed")
                                   : QString())});
    report(json, {QStringLiteral("verify job, %1").arg(what), verT, QStringLiteral("s"),
                  QStringLiteral("cat to /dev/null"), catT, catT / verT, QStringLiteral(">= 0.5x"), catT / verT >= 0.5,
                  QStringLiteral("%1 runs; job %2 s, cat %3 s").arg(repeat).arg(spread(verify), spread(cat, 3))});
    report(json, {QStringLiteral("rekey job (header rewrite), %1").arg(what), rekeyRate, QStringLiteral("objects/s"),
                  QString(), 0, 0, QStringLiteral(">= 20000 objects/s"), rekeyRate >= 20000,
                  QStringLiteral("%1 runs; %2 s").arg(repeat).arg(spread(rekey))});
    const double headerRate = count / median(headers);
    report(json, {QStringLiteral("rekey job (header rewrite), %1, against the header-rewrite floor").arg(what),
                  rekeyRate, QStringLiteral("objects/s"),
                  QStringLiteral("each file's first 256 bytes read and written back in place, one thread + sync"),
                  headerRate, rekeyRate / headerRate, QStringLiteral("report (what bounds the 20000 objects/s above)"),
                  true, QStringLiteral("%1 runs; floor %2 s").arg(repeat).arg(spread(headers))});
    QDir(source).removeRecursively();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool quick = false;
    QString parent = QDir::currentPath();
    QString keywardctl = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/keywardctl");
    QString json;
    int repeat = -1;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick"))
            quick = true;
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            parent = args[++i];
        else if (args[i] == QLatin1String("--keywardctl") && i + 1 < args.size())
            keywardctl = args[++i];
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            json = args[++i];
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else {
            std::fprintf(stderr,
                         "usage: bench_jobs [--quick] [--dir PARENT] [--keywardctl PATH] [--repeat N] [--json FILE]\n");
            return 2;
        }
    }
    if (!QFileInfo(keywardctl).isExecutable())
        die(QStringLiteral("no keywardctl at %1 (--keywardctl PATH)").arg(keywardctl));
    if (QStandardPaths::findExecutable(QStringLiteral("age")).isEmpty())
        die(QStringLiteral("age is not installed (Debian package age)"));
    if (repeat < 1)
        repeat = quick ? 1 : 3;
    QTemporaryDir dir(parent + QStringLiteral("/keyward-bench-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a folder under %1").arg(parent));
    out() << "object jobs through " << QFileInfo(keywardctl).canonicalFilePath() << ", in " << dir.path() << " ("
          << fileSystemOf(dir.path()) << ", " << mountOptionsOf(dir.path()) << "), median of " << repeat
          << (repeat == 1 ? " run" : " runs") << "\n";
    out().flush();
    Bench b(dir.path(), keywardctl);
    largeObject(b, quick ? 256 : 2048, repeat, json);
    // The targets are for 20 000 objects, quick or not: a rate per object over fewer is mostly the start of a
    // keywardctl process (its key stores, the listing, the inventory, about 0.15 s), not the job.
    smallObjects(b, 20000, repeat, json);
    peakMemory(b, quick ? 1024 : 4096, json);
    return 0;
}
