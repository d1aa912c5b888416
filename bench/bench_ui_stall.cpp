// bench_ui_stall: how long the console's event loop stalls while a large encrypt job runs. It makes a workspace
// whose managed disks hold SIZE MiB in N objects (written in 8 MiB blocks, never held in memory), with an
// AES-256 key from a local vault assigned through the services, opens the console's MainWindow on it (offscreen
// unless QT_QPA_PLATFORM says otherwise), and presses its Encrypt action: the same JobRunner and the same
// signal handling as when an admin clicks it. A 1 ms precise timer on the window's thread records the gap
// between consecutive ticks from the press until 300 ms after the job's finished signal; the longest gap is the
// longest the window could not answer input or repaint. The window thread's CPU time in each gap tells work
// done on that thread from time the scheduler gave to the job's workers and to other processes.
//
// Usage: bench_ui_stall [--size-mib MIB] [--objects N] [--dir PARENT] [--json FILE]
//   (defaults: 1024 MiB in 1 object, a temporary directory under the system's temp folder)
// Prints the figures and one JSON line of them all; with --json, appends the longest stall to FILE as a figure.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "jobs/JobRunner.h"
#include "keystore/KeyStore.h"
#include "secrets/SecretStore.h"
#include "services/AssignmentService.h"
#include "services/Context.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace keyward;

namespace {

const QString Workspace = QStringLiteral("stall");
const QString Vault = QStringLiteral("bench-vault");
const QString Key = QStringLiteral("bench-disks");

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_ui_stall: %s: %s\n", qPrintable(what), qPrintable(error.detail));
    return 1;
}

// The vault, key, workspace and assignment as an admin makes them, then the data.
int setUp(services::Context &context, qint64 sizeMiB, int objects)
{
    services::AddLocalStoreRequest vault;
    vault.name = Vault;
    if (auto added = services::StoreService(context).addLocal(vault); !added)
        return fail(QStringLiteral("add the vault"), added.error());
    auto store = context.stores().store(Vault);
    if (!store)
        return fail(QStringLiteral("open the vault"), store.error());
    if (auto key = (*store)->createKey({Key, keystore::KeyKind::Aes, 256}); !key)
        return fail(QStringLiteral("create the key"), key.error());
    services::CreateWorkspaceRequest create;
    create.name = Workspace;
    auto created = services::WorkspaceService(context).create(create);
    if (!created)
        return fail(QStringLiteral("create the workspace"), created.error());
    services::AssignRequest assign;
    assign.workspace = Workspace;
    assign.feature = model::Feature::ManagedDisks;
    assign.store = Vault;
    assign.key = Key;
    if (auto assigned = services::AssignmentService(context).assign(assign); !assigned)
        return fail(QStringLiteral("assign the key"), assigned.error());
    const QString root = created->record.storageRoot;
    const qint64 total = sizeMiB << 20;
    for (int i = 0; i < objects; ++i) {
        const qint64 bytes = total / objects + (i < total % objects ? 1 : 0);
        const QString path = QStringLiteral("%1/disks/cluster-0/disk-%2.img").arg(root).arg(i, 5, 10, QLatin1Char('0'));
        if (!bench::writeObject(path, bytes)) {
            std::fprintf(stderr, "bench_ui_stall: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}

// CPU time this thread has used, in ns: a gap in which the window's thread used little CPU was the scheduler's
// (other threads and processes ran), not work done on the window's thread.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[i];
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 2) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 sizeMiB = 1024;
    int objects = 1;
    QString parent = QDir::tempPath();
    QString jsonFile;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--size-mib") && hasValue)
            sizeMiB = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--objects") && hasValue)
            objects = args[++i].toInt();
        else if (args[i] == QLatin1String("--dir") && hasValue)
            parent = args[++i];
        else if (args[i] == QLatin1String("--json") && hasValue)
            jsonFile = args[++i];
        else
            sizeMiB = 0;
        if (sizeMiB <= 0 || objects <= 0) {
            std::fprintf(stderr, "usage: bench_ui_stall [--size-mib MIB] [--objects N] [--dir PARENT] [--json FILE]\n");
            return 2;
        }
    }

    QTemporaryDir dir(parent + QStringLiteral("/keyward-ui-stall-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_ui_stall: cannot make a directory under %s\n", qPrintable(parent));
        return 1;
    }
    secrets::MemorySecretStore secrets; // the vault's master key; the OS keychain is not what is measured
    services::Context context(dir.path(), secrets, nullptr);
    QTextStream out(stdout);
    out << QStringLiteral("writing %1 MiB in %2 object(s) under %3\n").arg(sizeMiB).arg(objects).arg(dir.path());
    out.flush();
    if (const int rc = setUp(context, sizeMiB, objects))
        return rc;

    ui::MainWindow window(context);
    window.show();
    if (!window.selectWorkspace(Workspace)) {
        std::fprintf(stderr, "bench_ui_stall: the console does not list the workspace\n");
        return 1;
    }
    auto *encrypt = window.findChild<QAction *>(QStringLiteral("actionEncrypt"));
    auto *runner = window.findChild<jobs::JobRunner *>(QStringLiteral("jobRunner"));
    if (!encrypt || !runner) {
        std::fprintf(stderr, "bench_ui_stall: the console has no Encrypt action or job runner\n");
        return 1;
    }

    // Ticks: the time of each, from the press of Encrypt.
    QElapsedTimer clock;
    std::vector<qint64> ticks; // ns
    std::vector<qint64> cpu;   // ns of this thread's CPU time at each tick
    ticks.reserve(1 << 20);
    cpu.reserve(1 << 20);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ticks.push_back(clock.nsecsElapsed());
        cpu.push_back(threadCpuNs());
    });

    qint64 pressNs = 0;
    qint64 finishedNs = -1;
    jobs::JobReport report;
    QObject::connect(runner, &jobs::JobRunner::finished, &app, [&](const jobs::JobReport &r) {
        // After the window's own handler (connected first): its work is inside the gap that ends next tick.
        finishedNs = clock.nsecsElapsed();
        report = r;
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });
    // Let the window settle, then press Encrypt from the event loop, as a click would.
    QTimer::singleShot(500, &app, [&] {
        clock.start();
        ticks.push_back(0);
        cpu.push_back(threadCpuNs());
        ticker.start();
        encrypt->trigger();
        pressNs = clock.nsecsElapsed();
    });
    app.exec();
    ticker.stop();
    if (finishedNs < 0 || !report.ok()) {
        std::fprintf(stderr, "bench_ui_stall: the job did not finish: %s\n", qPrintable(report.message));
        return 1;
    }

    std::vector<double> gaps; // ms between consecutive ticks
    double maxGap = 0;
    double maxAt = 0;
    double maxGapCpu = 0; // the window thread's CPU time within the longest gap
    double maxCpu = 0;    // the longest stretch of work on the window's thread between two ticks
    double maxCpuAt = 0;
    for (size_t i = 1; i < ticks.size(); ++i) {
        const double gap = double(ticks[i] - ticks[i - 1]) / 1e6;
        const double used = double(cpu[i] - cpu[i - 1]) / 1e6;
        gaps.push_back(gap);
        if (gap > maxGap) {
            maxGap = gap;
            maxAt = double(ticks[i - 1]) / 1e6;
            maxGapCpu = used;
        }
        if (used > maxCpu) {
            maxCpu = used;
            maxCpuAt = double(ticks[i - 1]) / 1e6;
        }
    }
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto over = [&](double ms) {
        return qint64(std::count_if(gaps.begin(), gaps.end(), [ms](double g) { return g > ms; }));
    };
    const double jobMs = double(finishedNs) / 1e6;

    QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("ui_stall")},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("size_mib"), sizeMiB},
        {QStringLiteral("objects"), objects},
        {QStringLiteral("sealed"), report.processed},
        {QStringLiteral("job_ms"), qRound64(jobMs)},
        {QStringLiteral("mib_per_s"), qRound(double(sizeMiB) / (jobMs / 1000.0))},
        {QStringLiteral("press_ms"), double(pressNs) / 1e6},
        {QStringLiteral("ticks"), qint64(gaps.size())},
        {QStringLiteral("p50_ms"), percentile(sorted, 50)},
        {QStringLiteral("p90_ms"), percentile(sorted, 90)},
        {QStringLiteral("p99_ms"), percentile(sorted, 99)},
        {QStringLiteral("p999_ms"), percentile(sorted, 99.9)},
        {QStringLiteral("max_ms"), maxGap},
        {QStringLiteral("max_at_ms"), maxAt},
        {QStringLiteral("max_gap_cpu_ms"), maxGapCpu},
        {QStringLiteral("max_cpu_ms"), maxCpu},
        {QStringLiteral("max_cpu_at_ms"), maxCpuAt},
        {QStringLiteral("finished_at_ms"), jobMs},
        {QStringLiteral("gaps_over_16ms"), over(16)},
        {QStringLiteral("gaps_over_50ms"), over(50)},
        {QStringLiteral("loadavg"), loadAverage()},
    };
    out << QStringLiteral("encrypt: %1 object(s), %2 MiB in %3 ms (%4 MiB/s), job %5\n")
               .arg(report.processed)
               .arg(sizeMiB)
               .arg(qRound64(jobMs))
               .arg(result[QStringLiteral("mib_per_s")].toInt())
               .arg(report.jobId);
    out << QStringLiteral("event loop, %1 ticks of a 1 ms timer: p50 %2 ms, p90 %3 ms, p99 %4 ms, p99.9 %5 ms, "
                          "max %6 ms at %7 ms (job finished at %8 ms; pressing Encrypt took %9 ms)\n")
               .arg(gaps.size())
               .arg(percentile(sorted, 50), 0, 'f', 2)
               .arg(percentile(sorted, 90), 0, 'f', 2)
               .arg(percentile(sorted, 99), 0, 'f', 2)
               .arg(percentile(sorted, 99.9), 0, 'f', 2)
               .arg(maxGap, 0, 'f', 1)
               .arg(maxAt, 0, 'f', 0)
               .arg(jobMs, 0, 'f', 0)
               .arg(double(pressNs) / 1e6, 0, 'f', 1);
    out << QStringLiteral("the window's thread used %1 ms of CPU in the longest gap; its longest stretch of work "
                          "between two ticks was %2 ms, at %3 ms\n")
               .arg(maxGapCpu, 0, 'f', 1)
               .arg(maxCpu, 0, 'f', 1)
               .arg(maxCpuAt, 0, 'f', 0);
    out << QStringLiteral("gaps over 16 ms: %1, over 50 ms: %2; load average %3\n")
               .arg(over(16))
               .arg(over(50))
               .arg(loadAverage());
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    out << QString::fromUtf8(line) << '\n';
    out.flush();
    const bench::Figure stall{
        QStringLiteral("console: longest event-loop stall during a %1 MiB encrypt job").arg(sizeMiB),
        maxGap,
        QStringLiteral("ms"),
        QString(),
        0,
        0,
        QStringLiteral("< 50 ms"),
        maxGap < 50,
        QStringLiteral("p99 %1 ms; window thread's CPU in that gap %2 ms; job %3 s; load average %4")
            .arg(percentile(sorted, 99), 0, 'f', 1)
            .arg(maxGapCpu, 0, 'f', 1)
            .arg(jobMs / 1000, 0, 'f', 1)
            .arg(loadAverage())};
    if (!bench::appendFigure(jsonFile, stall)) {
        std::fprintf(stderr, "bench_ui_stall: cannot append to %s\n", qPrintable(jsonFile));
        return 1;
    }
    return 0;
}
