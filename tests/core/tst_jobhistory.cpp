// TestJobHistory: what the Jobs and History views and keywardctl read: the moving rate and time left of a
// running job, which jobs a dead process left resumable, a job's findings from its report or its checkpoints,
// where a finding's segment lies, the findings CSV that never writes through a link, and the history filter
// with its periods, --since values and rotations per key. Over a real catalog in a temp data directory.
#include "TestSupport.h"

#include "envelope/Kwe1Header.h"
#include "jobs/Job.h"
#include "jobs/ProgressRate.h"
#include "services/FindingsExport.h"
#include "services/HistoryService.h"
#include "services/JobHistoryService.h"
#include "services/JobText.h"
#include "services/WorkspaceService.h"
#include "util/ProcessLock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;

namespace {

HistoryFilter filterOf(const QString &workspace = {}, const QString &key = {},
                       std::optional<model::Feature> feature = {}, const QDateTime &since = {})
{
    HistoryFilter f;
    f.workspace = workspace;
    f.key = key;
    f.feature = feature;
    f.since = since;
    return f;
}

} // namespace

class TestJobHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rateOverASlidingWindow();
    void timeLeftAtTheCurrentRate();
    void stallAndReset();
    void resumableIsTheNewestDeadJobOfItsKind();
    void listingSaysResumableUntilALockIsHeld();
    void findingsFromReportOrCheckpoints();
    void findingPlaceNamesTheSegment();
    void csvNeverWritesThroughALink();
    void historyFilterMatches();
    void periodsAndSince_data();
    void periodsAndSince();
    void rotationsPerKey();
    void entriesThroughTheFilter();

private:
    catalog::Catalog *catalog();
    qint64 addJob(const QString &kind, catalog::JobState state, const QJsonObject &result = {});
    catalog::HistoryEntry entry(const QString &workspace, const QString &key, const QString &feature,
                                const QDateTime &at, const QString &action = QStringLiteral("rotate"),
                                const QString &result = QStringLiteral("ok"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_context;
    catalog::WorkspaceRecord m_workspace;
};

void TestJobHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<Context>(m_dir->path(), *m_secrets, nullptr, *m_clock);
    CreateWorkspaceRequest request;
    request.name = QStringLiteral("prod");
    auto created = WorkspaceService(*m_context).create(request);
    QVERIFY(created.ok());
    m_workspace = created->record;
}

void TestJobHistory::cleanup()
{
    m_context.reset();
}

catalog::Catalog *TestJobHistory::catalog()
{
    auto c = m_context->catalog();
    return c ? *c : nullptr;
}

qint64 TestJobHistory::addJob(const QString &kind, catalog::JobState state, const QJsonObject &result)
{
    catalog::JobRecord job;
    job.kind = kind;
    job.workspaceId = m_workspace.id;
    job.started = m_clock->now();
    auto id = catalog()->createJob(job);
    if (!id)
        return 0;
    job.id = *id;
    job.state = state;
    job.result = result;
    if (state != catalog::JobState::Running) {
        job.finished = m_clock->now();
        if (!catalog()->updateJob(job))
            return 0;
    }
    return job.id;
}

catalog::HistoryEntry TestJobHistory::entry(const QString &workspace, const QString &key, const QString &feature,
                                            const QDateTime &at, const QString &action, const QString &result)
{
    catalog::HistoryEntry e;
    e.at = at;
    e.actor = QStringLiteral("admin@host");
    e.workspace = workspace;
    e.feature = feature;
    e.key = key;
    e.oldVersion = QStringLiteral("v1");
    e.newVersion = result.startsWith(QLatin1String("ok")) ? QStringLiteral("v2") : QStringLiteral("v1");
    e.action = action;
    e.result = result;
    return e;
}

void TestJobHistory::rateOverASlidingWindow()
{
    jobs::ProgressRate rate(10.0);
    QVERIFY(!rate.unitsPerSecond());
    rate.add(0.0, 0, 0);
    QVERIFY(!rate.unitsPerSecond()); // one sample spans no time
    rate.add(2.0, 20, 2 * 1048576);
    QCOMPARE(*rate.unitsPerSecond(), 10.0);
    QCOMPARE(*rate.bytesPerSecond(), 1048576.0);
    // Faster for a long while: the window forgets the slow start.
    for (int s = 3; s <= 30; ++s)
        rate.add(double(s), 20 + (s - 2) * 100, 0);
    QCOMPARE(*rate.unitsPerSecond(), 100.0);
    // A sample older than the last is ignored.
    rate.add(5.0, 0, 0);
    QCOMPARE(rate.done(), qint64(20 + 28 * 100));
    QCOMPARE(*rate.unitsPerSecond(), 100.0);
}

void TestJobHistory::timeLeftAtTheCurrentRate()
{
    jobs::ProgressRate rate;
    QVERIFY(!rate.secondsLeft(100));
    rate.add(0.0, 0, 0);
    rate.add(4.0, 30, 0);                         // 7.5 per second
    QCOMPARE(*rate.secondsLeft(100), qint64(10)); // 70 left: 9.33 s, rounded up
    rate.add(5.0, 100, 0);
    QCOMPARE(*rate.secondsLeft(100), qint64(0));
    QCOMPARE(*rate.secondsLeft(90), qint64(0)); // skipped objects counted as done go past the total
}

void TestJobHistory::stallAndReset()
{
    jobs::ProgressRate rate(10.0);
    rate.add(0.0, 0, 0);
    rate.add(1.0, 10, 0);
    // Nothing moves for the whole window: the rate falls to zero, and the time left is not known.
    for (int s = 2; s <= 12; ++s)
        rate.add(double(s), 10, 0);
    QCOMPARE(*rate.unitsPerSecond(), 0.0);
    QVERIFY(!rate.secondsLeft(100));
    rate.reset();
    QVERIFY(!rate.unitsPerSecond());
    QCOMPARE(rate.done(), qint64(0));
}

void TestJobHistory::resumableIsTheNewestDeadJobOfItsKind()
{
    auto job = [](qint64 id, const char *kind, catalog::JobState state) {
        catalog::JobRecord j;
        j.id = id;
        j.kind = QLatin1String(kind);
        j.workspaceId = 1;
        j.state = state;
        return j;
    };
    const catalog::JobRecord staleEncrypt = job(3, "encrypt", catalog::JobState::Running);
    const catalog::JobRecord doneVerify = job(4, "verify", catalog::JobState::Done);
    QList<catalog::JobRecord> all{job(1, "encrypt", catalog::JobState::Interrupted), staleEncrypt, doneVerify};
    QVERIFY(isResumable(staleEncrypt, all, false));
    QVERIFY(!isResumable(staleEncrypt, all, true)); // a process runs a job on the workspace: it is alive
    QVERIFY(!isResumable(all.at(0), all, false));   // job 3 of its kind carried on from it
    QVERIFY(!isResumable(doneVerify, all, false));
    all << job(5, "encrypt", catalog::JobState::Cancelled);
    QVERIFY(!isResumable(staleEncrypt, all, false)); // a later encrypt began (and marked it interrupted)
    const catalog::JobRecord unknown = job(6, "defragment", catalog::JobState::Running);
    QVERIFY(!isResumable(unknown, all << unknown, false));
    QCOMPARE(jobKindOf(staleEncrypt), std::optional<jobs::JobKind>(jobs::JobKind::Encrypt));
    QVERIFY(!jobKindOf(unknown));
    QVERIFY(JobText::countsObjects(jobs::JobKind::Encrypt) && !JobText::countsObjects(jobs::JobKind::Rotate));
}

void TestJobHistory::listingSaysResumableUntilALockIsHeld()
{
    const qint64 done = addJob(QStringLiteral("verify"), catalog::JobState::Done,
                               QJsonObject{{QStringLiteral("findings"), QJsonArray{QJsonObject{}, QJsonObject{}}}});
    const qint64 stale = addJob(QStringLiteral("encrypt"), catalog::JobState::Running);
    QVERIFY(done && stale);
    QVERIFY(catalog()->recordObject(stale, {QStringLiteral("root/a"), QStringLiteral("finding"),
                                            QStringLiteral("corrupt"), QStringLiteral("bad header")}));
    QVERIFY(catalog()->recordObject(stale, {QStringLiteral("root/b"), QStringLiteral("done"), {}, {}}));

    JobHistoryService service(*m_context);
    QCOMPARE(*service.isBusy(QStringLiteral("prod")), false); // no job ever locked it: no lock file
    auto listing = service.listing(QStringLiteral("prod"));
    QVERIFY(listing.ok());
    QCOMPARE(listing->size(), 2);
    QCOMPARE(listing->at(0).record.id, stale); // newest first
    QVERIFY(listing->at(0).resumable);
    QCOMPARE(listing->at(0).findings, qint64(1));
    QCOMPARE(listing->at(0).record.done, qint64(2)); // its checkpoints: how far it got
    QVERIFY(!listing->at(1).resumable);
    QCOMPARE(listing->at(1).findings, qint64(2));

    // While a process holds the workspace's lock, the running row is that process's live job.
    const QString lockPath = jobs::Job::workspaceLockPath(m_context->catalogPath(), m_workspace.id);
    QVERIFY(QDir().mkpath(QFileInfo(lockPath).absolutePath()));
    {
        ProcessLock held(lockPath);
        QVERIFY(held.tryLock(0));
        QCOMPARE(*service.isBusy(QStringLiteral("prod")), true);
        QVERIFY(!service.listing(QStringLiteral("prod"))->at(0).resumable);
    }
    QCOMPARE(*service.isBusy(QStringLiteral("prod")), false); // let go: the lock file alone says nothing
    QVERIFY(service.listing(QStringLiteral("prod"))->at(0).resumable);

    auto missing = service.listing(QStringLiteral("nowhere"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().reason == Reason::WorkspaceNotFound);
}

void TestJobHistory::findingsFromReportOrCheckpoints()
{
    const QJsonArray reported{QJsonObject{{QStringLiteral("object"), QStringLiteral("root/x.bin")},
                                          {QStringLiteral("kind"), QStringLiteral("tampered")},
                                          {QStringLiteral("detail"), QStringLiteral("segment 3 failed")},
                                          {QStringLiteral("segment"), 3}},
                              QJsonObject{{QStringLiteral("object"), QString()},
                                          {QStringLiteral("kind"), QStringLiteral("key-disabled")},
                                          {QStringLiteral("detail"), QStringLiteral("off")}}};
    const qint64 finished =
        addJob(QStringLiteral("verify"), catalog::JobState::Done, {{QStringLiteral("findings"), reported}});
    const qint64 running = addJob(QStringLiteral("verify"), catalog::JobState::Running);
    QVERIFY(catalog()->recordObject(running, {QStringLiteral("control-plane/notebooks/a.py"), QStringLiteral("finding"),
                                              QStringLiteral("plaintext"), QStringLiteral("in the clear")}));
    QVERIFY(catalog()->recordObject(running,
                                    {QStringLiteral("control-plane/notebooks/b.py"), QStringLiteral("ok"), {}, {}}));

    JobHistoryService service(*m_context);
    auto fromReport = service.findings(finished);
    QVERIFY(fromReport.ok());
    QCOMPARE(fromReport->size(), 2);
    QCOMPARE(fromReport->at(0).object, QStringLiteral("root/x.bin"));
    QVERIFY(fromReport->at(0).kind == jobs::FindingKind::Tampered);
    QCOMPARE(fromReport->at(0).segment, qint64(3));
    QVERIFY(fromReport->at(1).kind == jobs::FindingKind::KeyDisabled);
    QCOMPARE(fromReport->at(1).segment, qint64(-1));

    auto fromCheckpoints = service.findings(running);
    QVERIFY(fromCheckpoints.ok());
    QCOMPARE(fromCheckpoints->size(), 1);
    QCOMPARE(fromCheckpoints->at(0).object, QStringLiteral("control-plane/notebooks/a.py"));
    QVERIFY(fromCheckpoints->at(0).kind == jobs::FindingKind::Plaintext);

    auto none = service.findings(9999);
    QVERIFY(!none.ok());
    QVERIFY(none.error().code == ErrorCode::NotFound);
}

void TestJobHistory::findingPlaceNamesTheSegment()
{
    // A KWE1 object of 4 KiB segments: two full ones and a last of 100 bytes.
    envelope::Kwe1Header header;
    header.feature = envelope::Kwe1Feature::DbfsRoot;
    header.segmentLog2 = 12;
    header.objectId = QByteArray(16, 'o');
    header.noncePrefix = QByteArray(7, 'n');
    header.fkId = QByteArray(16, 'f');
    header.wrappedOk = QByteArray(40, 'w');
    const qint64 body = 2 * (4096 + 16) + 100 + 16;
    const QString object = QStringLiteral("root/FileStore/tables/sales.bin");
    test::writeFile(QDir(m_workspace.storageRoot).filePath(object), header.encode() + QByteArray(body, 'x'));

    JobHistoryService service(*m_context);
    auto place = service.place(QStringLiteral("prod"), {object, jobs::FindingKind::Tampered, {}, 2});
    QVERIFY(place.ok());
    QVERIFY(place->objectClass.has_value());
    QCOMPARE(place->objectClass->feature, model::Feature::DbfsRoot);
    QCOMPARE(place->localPath, QDir::cleanPath(QDir(m_workspace.storageRoot).filePath(object)));
    QCOMPARE(*place->segmentSize, qint64(4096));
    QCOMPARE(*place->segmentCount, qint64(3));
    QCOMPARE(*place->storedOffset, qint64(87 + 2 * 4112));
    QCOMPARE(*place->storedLength, qint64(116));

    // No segment named: the object alone, its header not read.
    place = service.place(QStringLiteral("prod"), {object, jobs::FindingKind::Plaintext, {}, -1});
    QVERIFY(place.ok() && !place->segmentSize);
    // An object outside every data type's folder has no class; a gone object no segment place.
    place = service.place(QStringLiteral("prod"), {QStringLiteral("elsewhere/x"), jobs::FindingKind::Tampered, {}, 0});
    QVERIFY(place.ok() && !place->objectClass && !place->segmentSize);
    // A workspace-wide finding has no file.
    place = service.place(QStringLiteral("prod"), {QString(), jobs::FindingKind::KeyDisabled, {}, -1});
    QVERIFY(place.ok() && place->localPath.isEmpty());
}

void TestJobHistory::csvNeverWritesThroughALink()
{
    const QList<jobs::JobFinding> findings{{QStringLiteral("root/a"), jobs::FindingKind::Plaintext, {}, -1}};
    const QString target = m_dir->filePath(QStringLiteral("precious.txt"));
    test::writeFile(target, "keep me\n");
    const QString link = m_dir->filePath(QStringLiteral("findings.csv"));
    QVERIFY(QFile::link(target, link));
    const Status st = writeFindingsCsv(link, findings);
    QVERIFY(!st.ok());
    QVERIFY(st.error().code == ErrorCode::Forbidden && st.error().reason == Reason::OutputIsSymlink);
    QCOMPARE(test::readFile(target), QByteArray("keep me\n"));
    QVERIFY(QFileInfo(link).isSymLink());

    // An existing file is replaced whole; one that cannot be replaced (a folder there) stays as it was.
    const QString existing = m_dir->filePath(QStringLiteral("old.csv"));
    test::writeFile(existing, "old contents that are longer than the new ones, to catch a partial overwrite\n");
    QVERIFY(writeFindingsCsv(existing, findings).ok());
    QCOMPARE(test::readFile(existing), findingsCsv(findings));
    const QString folder = m_dir->filePath(QStringLiteral("a-folder"));
    test::writeFile(folder + QStringLiteral("/inside.txt"), "x");
    QVERIFY(!writeFindingsCsv(folder, findings).ok());
    QCOMPARE(test::readFile(folder + QStringLiteral("/inside.txt")), QByteArray("x"));
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".old.csv")),
             QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".a-folder")),
             QStringList());
}

void TestJobHistory::historyFilterMatches()
{
    const QDateTime t(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    const catalog::HistoryEntry e =
        entry(QStringLiteral("prod"), QStringLiteral("vault/ms"), QStringLiteral("managed-services"), t);
    QVERIFY(filterOf().matches(e));
    QVERIFY(filterOf(QStringLiteral("prod"), {}, {}, {}).matches(e));
    QVERIFY(!filterOf(QStringLiteral("dev"), {}, {}, {}).matches(e));
    QVERIFY(filterOf({}, QStringLiteral("vault/ms"), {}, {}).matches(e));
    QVERIFY(!filterOf({}, QStringLiteral("vault/root"), {}, {}).matches(e));
    QVERIFY(filterOf({}, {}, model::Feature::ManagedServices, {}).matches(e));
    QVERIFY(!filterOf({}, {}, model::Feature::DbfsRoot, {}).matches(e));
    QVERIFY(filterOf({}, {}, {}, t).matches(e)); // at the start: kept
    QVERIFY(!filterOf({}, {}, {}, t.addSecs(1)).matches(e));
    QVERIFY(!filterOf(QStringLiteral("prod"), QStringLiteral("vault/ms"), model::Feature::DbfsRoot, {}).matches(e));
}

void TestJobHistory::periodsAndSince_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    QTest::newRow("hours") << QStringLiteral("36h") << now.addSecs(-36 * 3600);
    QTest::newRow("days") << QStringLiteral("30d") << now.addDays(-30);
    QTest::newRow("weeks") << QStringLiteral("2w") << now.addDays(-14);
    QTest::newRow("date") << QStringLiteral("2026-01-31") << QDateTime(QDate(2026, 1, 31), QTime(0, 0), Qt::UTC);
    QTest::newRow("date-time utc") << QStringLiteral("2026-01-31T10:20:30Z")
                                   << QDateTime(QDate(2026, 1, 31), QTime(10, 20, 30), Qt::UTC);
    QTest::newRow("date-time no offset") << QStringLiteral("2026-01-31T10:20")
                                         << QDateTime(QDate(2026, 1, 31), QTime(10, 20), Qt::UTC);
    QTest::newRow("date-time offset") << QStringLiteral("2026-01-31T10:20:00+02:00")
                                      << QDateTime(QDate(2026, 1, 31), QTime(8, 20), Qt::UTC);
    QTest::newRow("no unit") << QStringLiteral("30") << QDateTime();
    QTest::newRow("months") << QStringLiteral("3m") << QDateTime();
    QTest::newRow("words") << QStringLiteral("last week") << QDateTime();
    QTest::newRow("bad date") << QStringLiteral("2026-02-30") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestJobHistory::periodsAndSince()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    auto since = parseSince(text, now);
    if (!expected.isValid()) {
        QVERIFY(!since.ok());
        QVERIFY(since.error().code == ErrorCode::InvalidArgument);
        return;
    }
    QVERIFY(since.ok());
    QCOMPARE(*since, expected);

    QCOMPARE(periodStart(HistoryPeriod::LastWeek, now), now.addDays(-7));
    QCOMPARE(periodStart(HistoryPeriod::Last30Days, now), now.addDays(-30));
    QCOMPARE(periodStart(HistoryPeriod::Last90Days, now), now.addDays(-90));
    QCOMPARE(periodStart(HistoryPeriod::LastYear, now), now.addYears(-1));
    QVERIFY(!periodStart(HistoryPeriod::All, now).isValid());
    QCOMPARE(allHistoryPeriods().size(), 5);
}

void TestJobHistory::rotationsPerKey()
{
    const QDateTime t(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const QString ms = QStringLiteral("managed-services");
    const QList<catalog::HistoryEntry> entries{
        entry(QStringLiteral("prod"), QStringLiteral("vault/ms"), ms, t),
        entry(QStringLiteral("prod"), QStringLiteral("vault/root"), QStringLiteral("dbfs-root"), t.addDays(1)),
        entry(QStringLiteral("dev"), QStringLiteral("vault/ms"), ms, t.addDays(5)),
        entry(QStringLiteral("prod"), QStringLiteral("vault/ms"), ms, t.addDays(6), QStringLiteral("rotate"),
              QStringLiteral("failed: store unavailable")),
        entry(QStringLiteral("prod"), QStringLiteral("vault/ms"), ms, t.addDays(7), QStringLiteral("retire")),
        entry(QStringLiteral("prod"), QStringLiteral("vault/disks"), QStringLiteral("managed-disks"), t.addDays(8),
              QStringLiteral("adopt")),
        entry(QStringLiteral("prod"), QStringLiteral("vault/never"), ms, t.addDays(9), QStringLiteral("rotate"),
              QStringLiteral("failed: key disabled")),
    };
    QVERIFY(isRotation(entries.at(5)) && isSuccessfulRotation(entries.at(5)));
    QVERIFY(isRotation(entries.at(3)) && !isSuccessfulRotation(entries.at(3)));
    QVERIFY(!isRotation(entries.at(4)));
    const QList<KeyRotations> keys = rotationsByKey(entries);
    QCOMPARE(keys.size(), 4);
    QCOMPARE(keys.at(0).key, QStringLiteral("vault/ms"));
    QCOMPARE(keys.at(0).rotations, qint64(2));
    QCOMPARE(keys.at(0).failed, qint64(1));
    QCOMPARE(keys.at(0).lastRotation, t.addDays(5)); // the failed one and the retirement do not count
    QCOMPARE(keys.at(0).firstEntry, t);
    QCOMPARE(keys.at(1).key, QStringLiteral("vault/root"));
    QCOMPARE(keys.at(2).key, QStringLiteral("vault/disks"));
    QCOMPARE(keys.at(3).key, QStringLiteral("vault/never"));
    QVERIFY(!keys.at(3).lastRotation.isValid());
    QCOMPARE(keys.at(3).failed, qint64(1));
}

void TestJobHistory::entriesThroughTheFilter()
{
    const QDateTime now = m_clock->now();
    for (const auto &e :
         {entry(QStringLiteral("prod"), QStringLiteral("vault/ms"), QStringLiteral("managed-services"),
                now.addDays(-100)),
          entry(QStringLiteral("prod"), QStringLiteral("vault/root"), QStringLiteral("dbfs-root"), now.addDays(-20)),
          entry(QStringLiteral("dev"), QStringLiteral("vault/ms"), QStringLiteral("managed-services"),
                now.addDays(-2))})
        QVERIFY(catalog()->appendHistory(e).ok());
    HistoryService history(*m_context);
    QCOMPARE(history.entries(filterOf())->size(), 3);
    QCOMPARE(history.entries(filterOf(QStringLiteral("prod"), {}, {}, {}))->size(), 2);
    auto recent =
        history.entries(filterOf({}, QStringLiteral("vault/ms"), {}, *parseSince(QStringLiteral("30d"), now)));
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 1);
    QCOMPARE(recent->first().workspace, QStringLiteral("dev"));
    QCOMPARE(
        history.entries(filterOf({}, {}, model::Feature::DbfsRoot, periodStart(HistoryPeriod::LastWeek, now)))->size(),
        0);
}

QTEST_GUILESS_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
