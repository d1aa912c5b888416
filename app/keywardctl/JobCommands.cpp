// JobCommands: keywardctl encrypt | verify | rotate | rekey | retire: parse, run the core job through a
// JobRunner with progress on the terminal and Ctrl+C to cancel (the job stops after the objects in flight),
// print its report. Also import, which brings files in for them.
#include "CliSupport.h"

#include "services/ImportService.h"
#include "services/JobText.h"
#include "services/Messages.h"

#include "catalog/Catalog.h"
#include "jobs/EncryptJob.h"
#include "jobs/JobRunner.h"
#include "jobs/ProgressRate.h"
#include "jobs/RekeyJob.h"
#include "jobs/RetireJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "services/FindingsExport.h"
#include "storage/FolderImport.h"
#include "util/Input.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

#include <atomic>
#include <csignal>
#include <optional>
#include <unistd.h>

namespace keyward::cli {

namespace {

std::atomic<jobs::Job *> g_running{nullptr};

// Bounds of the numbers the job commands take (docs/CLI.md, "Input").
constexpr qint64 MaxQuickSample = 1'000'000'000;

void onInterrupt(int)
{
    if (jobs::Job *job = g_running.load())
        job->cancel(); // an atomic store: safe in a signal handler
}

// The options every job command shares, the provider of key stores, and the run with progress.
class JobCommandLine
{
public:
    QCommandLineParser parser;
    StoreAccess access;
    QCommandLineOption workspaceOpt{QStringLiteral("workspace"), Text::tr("The workspace."), QStringLiteral("NAME")};
    QCommandLineOption quietOpt{QStringLiteral("quiet"), Text::tr("No progress on standard error.")};
    QCommandLineOption threadsOpt{QStringLiteral("threads"),
                                  Text::tr("Objects worked on at once (default: one per core)."), QStringLiteral("N")};

    int parse(const QStringList &args, const QString &description, const QList<QCommandLineOption> &extra,
              const QStringList &repeatable = {})
    {
        access.addOptions(parser);
        parser.addOptions({workspaceOpt, quietOpt, threadsOpt});
        parser.addOptions(extra);
        if (int rc = parseOrExit(parser, args, description, ParseRules{repeatable, 0}); rc >= 0)
            return rc;
        access.configure(parser);
        if (!parser.isSet(workspaceOpt)) {
            err() << args.value(0) << ": " << Text::tr("expected --workspace NAME") << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(threadsOpt)) {
            auto threads = input::integer32(QStringLiteral("--threads"), parser.value(threadsOpt), 1, jobs::MaxThreads);
            if (!threads)
                return report(args.value(0), threads.error());
            m_threads = *threads;
        }
        // The data directory's own catalog, opened here first: a mistyped --data-dir, a missing, empty or foreign
        // catalog is refused before a job could make one, and history entries the job appends are anchored.
        if (auto st = access.checkDataDir(); !st)
            return report(args.value(0), st.error());
        m_provider =
            std::make_unique<jobs::RegistryKeyStoreProvider>(access.dataDir(), access.secrets(), &access.prompt());
        return -1;
    }

    jobs::JobSettings settings() const
    {
        jobs::JobSettings s;
        s.catalogPath = catalog::Catalog::defaultPath(access.dataDir());
        s.workspace = parser.value(workspaceOpt);
        s.threads = m_threads;
        return s;
    }
    jobs::KeyStoreProvider &stores() { return *m_provider; }

    // Prepares the job here (a vault passphrase or token PIN is asked on this terminal), runs it on a worker and
    // draws its progress until it has finished.
    jobs::JobReport run(std::unique_ptr<jobs::Job> job)
    {
        const bool showProgress = !parser.isSet(quietOpt) && !access.json();
        const bool tty = isatty(STDERR_FILENO);
        QElapsedTimer lastDraw;
        lastDraw.start();
        QElapsedTimer elapsed;
        elapsed.start();
        // The speed over the last seconds and the time left at it, as the console's Jobs view shows them.
        jobs::ProgressRate speed;
        const bool countsObjects = services::JobText::countsObjects(job->kind());
        qsizetype drawn = 0;
        jobs::JobRunner runner;
        QEventLoop loop;
        std::optional<jobs::JobReport> report;
        QObject::connect(&runner, &jobs::JobRunner::progress, &runner, [&](qint64 done, qint64 total, qint64 bytes) {
            speed.add(double(elapsed.nsecsElapsed()) / 1e9, done, bytes);
            if (!showProgress || done == 0 || (lastDraw.elapsed() < 200 && done != total))
                return;
            lastDraw.restart();
            const int width = 30;
            const int filled = total > 0 ? int(qMin(done, total) * width / total) : width;
            const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
            QString line = QStringLiteral("[%1] %2/%3").arg(bar).arg(done).arg(total);
            if (countsObjects) {
                if (const QString rate = services::JobText::rate(speed.unitsPerSecond(), speed.bytesPerSecond());
                    !rate.isEmpty())
                    line += QStringLiteral("  ") + rate;
                if (done < total)
                    line += QStringLiteral("  ") + services::JobText::timeLeft(speed.secondsLeft(total));
            }
            // Blank out what a longer line before left on the terminal.
            const qsizetype length = line.size();
            if (tty && length < drawn)
                line += QString(drawn - length, QLatin1Char(' '));
            drawn = length;
            err() << (tty ? "\r" : "") << line << (tty ? "" : "\n");
            err().flush();
        });
        QObject::connect(&runner, &jobs::JobRunner::finished, &loop, [&](const jobs::JobReport &r) {
            report = r;
            loop.quit();
        });
        g_running.store(job.get());
        auto previous = std::signal(SIGINT, onInterrupt);
        const jobs::JobKind kind = job->kind();
        if (auto st = runner.start(std::move(job)); st)
            loop.exec();
        else
            report = failedReport(kind, st.error());
        std::signal(SIGINT, previous);
        g_running.store(nullptr);
        if (showProgress && tty)
            err() << '\n';
        return *report;
    }

private:
    static jobs::JobReport failedReport(jobs::JobKind kind, const Error &error)
    {
        jobs::JobReport r;
        r.kind = kind;
        r.state = catalog::JobState::Failed;
        r.error = error;
        r.message = error.detail;
        return r;
    }

    std::unique_ptr<jobs::KeyStoreProvider> m_provider;
    int m_threads = 0; // --threads, checked: 0 when not given
};

int finish(const QString &cmd, const jobs::JobReport &report, bool json, bool findingsFail)
{
    if (json) {
        printJson(report.toJson());
    } else {
        out() << services::Messages::jobSummary(report) << '\n';
        const int shown = 20;
        for (qsizetype i = 0; i < report.findings.size() && i < shown; ++i) {
            const jobs::JobFinding &f = report.findings.at(i);
            out() << "  " << jobs::findingKindName(f.kind).leftJustified(14)
                  << (f.object.isEmpty() ? QStringLiteral("-") : terminalSafe(f.object)) << "  "
                  << terminalSafe(f.detail) << '\n';
        }
        if (report.findings.size() > shown)
            out() << Text::tr("  ... and %1 more (use --json or --findings FILE for all)")
                         .arg(report.findings.size() - shown)
                  << '\n';
        out() << Text::tr("job %1: %2 in %3 ms, %4 key-store calls")
                     .arg(report.jobId)
                     .arg(catalog::jobStateName(report.state))
                     .arg(report.elapsedMs)
                     .arg(report.storeCalls)
              << '\n';
        out().flush();
    }
    if (report.state == catalog::JobState::Cancelled) {
        err() << cmd << ": " << Text::tr("cancelled; run the command again to continue") << Qt::endl;
        return ExitFailure;
    }
    if (report.state != catalog::JobState::Done)
        return report.error ? keyward::cli::report(cmd, *report.error) : ExitFailure;
    return findingsFail && !report.findings.isEmpty() ? ExitFindings : ExitOk;
}

} // namespace

int runEncrypt(const QStringList &args)
{
    JobCommandLine cl;
    if (int rc = cl.parse(args,
                          Text::tr("Seal every plaintext object of the workspace whose feature has a key, in place and "
                                   "atomically. Already sealed objects are skipped, so running it again resumes an "
                                   "interrupted run. Exit status: 0 done, 9 objects it would not seal (damage, objects "
                                   "not where the inventory has them), 4 a key is disabled or deleted (nothing "
                                   "changed), 1 other failures."),
                          {});
        rc >= 0)
        return rc;
    return finish(args.value(0), cl.run(std::make_unique<jobs::EncryptJob>(cl.settings(), cl.stores())),
                  cl.access.json(), true);
}

int runVerify(const QStringList &args)
{
    JobCommandLine cl;
    const QCommandLineOption quickOpt(QStringLiteral("quick"), Text::tr("Check a sample of N objects only."),
                                      QStringLiteral("N"));
    const QCommandLineOption findingsOpt(QStringLiteral("findings"),
                                         Text::tr("Also write the findings to FILE as CSV."), QStringLiteral("FILE"));
    if (int rc = cl.parse(args,
                          Text::tr("Check every object: parsed, under its feature's active key, every segment "
                                   "authenticated. Writes nothing. Exit status: 0 no findings, 9 findings, 4 a key is "
                                   "disabled or deleted, 1 other failures."),
                          {quickOpt, findingsOpt});
        rc >= 0)
        return rc;
    qint64 sample = 0;
    if (cl.parser.isSet(quickOpt)) {
        auto n = input::integer(QStringLiteral("--quick"), cl.parser.value(quickOpt), 1, MaxQuickSample);
        if (!n)
            return keyward::cli::report(args.value(0), n.error());
        sample = *n;
    }
    const jobs::JobReport report = cl.run(std::make_unique<jobs::VerifyJob>(cl.settings(), cl.stores(), sample));
    if (cl.parser.isSet(findingsOpt)) {
        const QString path = cl.parser.value(findingsOpt);
        // The reason too: a link or a folder of another user at --findings is refused (7), not merely unwritten.
        if (auto st = services::writeFindingsCsv(path, report.findings); !st)
            return keyward::cli::report(args.value(0), st.error()); // names the file, and why (disk-full, ...)
    }
    return finish(args.value(0), report, cl.access.json(), true);
}

int runRotate(const QStringList &args)
{
    JobCommandLine cl;
    const QCommandLineOption featureOpt(QStringLiteral("feature"), Text::tr("Rotate this feature only (repeatable)."),
                                        QStringLiteral("FEATURE"));
    const QCommandLineOption newestOpt(
        QStringLiteral("use-newest"), Text::tr("Adopt the newest version already in the store instead of making one."));
    if (int rc = cl.parse(args,
                          Text::tr("Rotate: a new key version per feature, every feature key re-wrapped under it. No "
                                   "object is read or written."),
                          {featureOpt, newestOpt}, {QStringLiteral("feature")});
        rc >= 0)
        return rc;
    QList<model::Feature> features;
    for (const QString &name : cl.parser.values(featureOpt)) {
        auto f = model::parseFeature(name);
        if (!f || *f == model::Feature::Platform) {
            err() << args.value(0) << ": " << Text::tr("unknown feature '%1'").arg(name) << Qt::endl;
            return ExitUsage;
        }
        features << *f;
    }
    return finish(
        args.value(0),
        cl.run(std::make_unique<jobs::RotateJob>(cl.settings(), cl.stores(), features, cl.parser.isSet(newestOpt))),
        cl.access.json(), false);
}

namespace {

// One customer-key feature named on the command line, or ExitUsage.
std::optional<model::Feature> featureArg(const QString &cmd, const QString &name, bool allowPlatform)
{
    auto f = model::parseFeature(name);
    if (!f || (!allowPlatform && *f == model::Feature::Platform)) {
        err() << cmd << ": "
              << Text::tr("unknown feature '%1' (managed-services, dbfs-root, managed-disks%2)")
                     .arg(name, allowPlatform ? QStringLiteral(", platform") : QString())
              << Qt::endl;
        return std::nullopt;
    }
    return *f;
}

} // namespace

int runRekey(const QStringList &args)
{
    JobCommandLine cl;
    const QCommandLineOption featureOpt(
        QStringLiteral("feature"), Text::tr("The feature whose feature key is replaced."), QStringLiteral("FEATURE"));
    if (int rc = cl.parse(args,
                          Text::tr("Rekey: a new feature-key generation; every object's header is rewritten in place "
                                   "(fk_id and wrapped object key), no segment is re-encrypted. Running it again "
                                   "resumes an interrupted rekey."),
                          {featureOpt});
        rc >= 0)
        return rc;
    auto feature = featureArg(args.value(0), cl.parser.value(featureOpt), true);
    if (!feature)
        return ExitUsage;
    return finish(args.value(0), cl.run(std::make_unique<jobs::RekeyJob>(cl.settings(), cl.stores(), *feature)),
                  cl.access.json(), false);
}

int runRetire(const QStringList &args)
{
    JobCommandLine cl;
    const QCommandLineOption featureOpt(
        QStringLiteral("feature"), Text::tr("The feature whose key has the old version."), QStringLiteral("FEATURE"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), Text::tr("The key version to disable."),
                                        QStringLiteral("VERSION"));
    const QCommandLineOption holdOpt(QStringLiteral("hold-hours"),
                                     Text::tr("Hours that must pass after the rotation (default 24)."),
                                     QStringLiteral("HOURS"), QStringLiteral("24"));
    if (int rc =
            cl.parse(args,
                     Text::tr("Retire an old key version: disable it in the store, but only when no feature key is "
                              "wrapped under it, every workspace using the key was verified after the rotation, "
                              "and the hold period has passed. Otherwise it refuses (exit 7) and says which "
                              "condition fails."),
                     {featureOpt, versionOpt, holdOpt});
        rc >= 0)
        return rc;
    auto feature = featureArg(args.value(0), cl.parser.value(featureOpt), false);
    if (!feature)
        return ExitUsage;
    if (!cl.parser.isSet(versionOpt)) {
        err() << args.value(0) << ": " << Text::tr("--version is required") << Qt::endl;
        return ExitUsage;
    }
    // Hours by default; 48h, 30m, 2d or PT48H as well (docs/CLI.md, "Input"). At most 90 days, as in the console.
    auto hold = input::duration(QStringLiteral("--hold-hours"), cl.parser.value(holdOpt), input::DurationUnit::Hours, 0,
                                jobs::RetireJob::MaxHoldSeconds);
    if (!hold)
        return report(args.value(0), hold.error());
    return finish(args.value(0),
                  cl.run(std::make_unique<jobs::RetireJob>(cl.settings(), cl.stores(), *feature,
                                                           cl.parser.value(versionOpt), *hold)),
                  cl.access.json(), false);
}

int runImport(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), Text::tr("The workspace."), QStringLiteral("NAME"));
    const QCommandLineOption areaOpt(QStringLiteral("area"), Text::tr("root or control-plane."),
                                     QStringLiteral("AREA"));
    const QCommandLineOption typeOpt(QStringLiteral("data-type"),
                                     Text::tr("The data type the files become (default: the area's own: DBFS root data "
                                              "or notebook source)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption overwriteOpt(QStringLiteral("overwrite"), Text::tr("Replace objects that differ."));
    parser.addOptions({wsOpt, areaOpt, typeOpt, overwriteOpt});
    parser.addPositionalArgument(QStringLiteral("DIR"), Text::tr("The folder to import."));
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Copy a folder of files into a workspace as that area's data, keeping relative "
                                      "paths. Each object appears whole or not at all. Run encrypt afterwards."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    if (!parser.isSet(wsOpt) || !parser.isSet(areaOpt) || parser.positionalArguments().size() != 1) {
        err() << cmd << ": " << Text::tr("expected --workspace NAME --area root|control-plane DIR") << Qt::endl;
        return ExitUsage;
    }
    services::ImportRequest request;
    request.workspace = parser.value(wsOpt);
    request.folder = parser.positionalArguments().first();
    request.area = parser.value(areaOpt);
    request.dataTypeId = parser.value(typeOpt);
    request.overwrite = parser.isSet(overwriteOpt);
    auto summary = services::ImportService(access.context()).importFolder(request);
    if (!summary)
        return report(cmd, summary.error());
    if (access.json()) {
        QJsonArray skipped;
        for (const storage::ImportSkip &s : summary->skipped)
            skipped.append(QJsonObject{{QStringLiteral("file"), s.file}, {QStringLiteral("reason"), s.reason}});
        printJson(QJsonObject{{QStringLiteral("folder"), summary->folder},
                              {QStringLiteral("data_type"), summary->dataTypeId},
                              {QStringLiteral("files"), summary->files},
                              {QStringLiteral("bytes"), summary->bytes},
                              {QStringLiteral("unchanged"), summary->unchanged},
                              {QStringLiteral("skipped"), skipped}});
        return ExitOk;
    }
    out() << Text::tr("imported %1 files (%2 bytes) into %3 as %4; %5 unchanged, %6 skipped")
                 .arg(summary->files)
                 .arg(summary->bytes)
                 .arg(summary->folder, summary->dataTypeId)
                 .arg(summary->unchanged)
                 .arg(summary->skipped.size())
          << '\n';
    for (const storage::ImportSkip &s : summary->skipped)
        out() << "  " << Text::tr("skipped %1: %2").arg(terminalSafe(s.file), s.reason) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace keyward::cli
