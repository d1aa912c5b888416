// BenchSupport: what the benchmark programs share: the figures they report (one JSON object per line, which
// bench/run gathers into bench/results.json), child processes timed with their CPU time and peak memory, and
// sample data written in bounded memory.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace keyward::bench {

// One measured figure beside its baseline, measured in the same run. `ratio` reads "higher is better" for every
// figure (a time's ratio is the baseline's time over Keyward's), so that `target` is always a lower bound on it,
// except where `target` names an upper bound on `value` itself ("< 32 MiB", "< 1 s").
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString baselineName; // empty: the figure stands alone
    double baselineValue = 0;
    double ratio = 0; // 0 when there is no baseline
    QString target;   // as the issue states it: ">= 0.6x", "< 50 ms", ...
    bool met = false;
    QString detail = {}; // what else the run saw (repeats, spread, system time)
};

inline bool appendFigure(const QString &file, const Figure &f)
{
    if (file.isEmpty())
        return true;
    QJsonObject o{{QStringLiteral("name"), f.name},
                  {QStringLiteral("value"), f.value},
                  {QStringLiteral("unit"), f.unit},
                  {QStringLiteral("baseline_name"), f.baselineName},
                  {QStringLiteral("baseline_value"), f.baselineValue},
                  {QStringLiteral("ratio"), f.ratio},
                  {QStringLiteral("target"), f.target},
                  {QStringLiteral("met"), f.met}};
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') > 0;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A child process's wall time, CPU time and peak resident memory (from wait4).
struct ChildRun
{
    int status = -1; // the exit status; -1 when it could not run or was killed
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0;
    bool ok() const { return status == 0; }
};

// Runs `argv` with standard output to `stdoutPath` (standard error stays the bench's own) and waits for it.
inline ChildRun runChild(const QStringList &argv, const QString &stdoutPath = QStringLiteral("/dev/null"))
{
    ChildRun run;
    std::vector<QByteArray> args;
    for (const QString &a : argv)
        args.push_back(QFile::encodeName(a));
    std::vector<char *> raw;
    for (QByteArray &a : args)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    const QByteArray out = QFile::encodeName(stdoutPath);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = ::fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int fd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            ::dup2(fd, STDOUT_FILENO);
            ::close(fd);
        }
        ::execvp(raw[0], raw.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    pid_t waited;
    do {
        waited = ::wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    clock_gettime(CLOCK_MONOTONIC, &end);
    run.wallSeconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.userSeconds = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
    run.systemSeconds = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    run.peakRssKiB = usage.ru_maxrss;
    run.status = waited == pid && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// This process's peak resident memory.
inline qint64 peakRssKiB()
{
    rusage usage{};
    return ::getrusage(RUSAGE_SELF, &usage) == 0 ? qint64(usage.ru_maxrss) : -1;
}

// Fills `block` with a repeating, non-constant pattern (xorshift), so that nothing downstream can compress it.
inline void fillPattern(char *block, qint64 size, quint32 seed)
{
    quint32 x = seed | 1u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        block[i] = char(x);
    }
}

// Writes `bytes` of that pattern to `path` (its folders made) in 8 MiB blocks, never held in memory whole.
inline bool writeObject(const QString &path, qint64 bytes, quint32 seed = 2463534242u)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QByteArray block(qMin<qint64>(bytes, 8 << 20), Qt::Uninitialized);
    fillPattern(block.data(), block.size(), seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (qint64 left = bytes; left > 0;) {
        const qint64 n = qMin<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

} // namespace keyward::bench
