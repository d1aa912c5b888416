// TestKillPoints: keywardctl killed with SIGKILL at many points of encrypt, rotate, retire, rekey, key rotate,
// store add and assign. The delays are drawn from a seeded generator over each command's measured run time
// (KEYWARD_SEED repeats a run). After every kill: every object opens to its original bytes with a key the catalog
// still holds, the catalog opens and its history chain verifies, the stores open; then a normal run of the same
// command completes and verify is clean.
// KEYWARD_KILL_POINTS=N (default 40) sets how many kill points to try; KEYWARD_KILL_SECONDS (default 25, the
// short version in the test command) bounds the time spent on them.
#include "CrashWorkspace.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "jobs/KeyStoreProvider.h"
#include "keystore/KeyStore.h"
#include "keystore/LocalVault.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/LocalFolderStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace keyward;

namespace {

struct Command
{
    QString name;
    // Sets the stage for one kill point and returns the command's arguments; empty (with a failed check) when it
    // cannot.
    std::function<QStringList()> prepare;
    // Whether a normal rerun's outcome counts as completing the command (default: exit 0).
    std::function<bool(const test::CtlRun &)> rerunDone;
    // Checks after the rerun; returns what is wrong, or empty.
    std::function<QString()> afterRerun;
    int measuredMs = 0;
    int points = 0;
    int live = 0;
};

} // namespace

class TestKillPoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killPoints();
    // A store add killed between writing its vault file and registering it: the next add of that name takes the
    // empty file's place; a vault file holding keys, or one a registered store uses, is never replaced.
    void abandonedVaultFile_data();
    // A program opening a vault while another writes it: the file it read may be one write behind the counter the
    // writer records next; it reads again under the vault's lock instead of calling its copy rolled back.
    void openWhileAnotherWrites();
    // A rotation killed after making a version notes it for the next run to resume with; once a rotation has
    // finished, the note is spent: later rotations make new versions again.
    void resumeNoteIsSpent();
    void abandonedVaultFile();

private:
    QStringList dd() const { return {QStringLiteral("--data-dir"), m_ws->dataDir()}; }
    QString newestVersion(const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<test::CrashWorkspace> m_ws;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
};

void TestKillPoints::initTestCase()
{
    m_seed = qEnvironmentVariableIsSet("KEYWARD_SEED") ? quint32(qEnvironmentVariableIntValue("KEYWARD_SEED"))
                                                       : quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("random seed %u (KEYWARD_SEED=%u repeats it)", m_seed, m_seed);
    m_random.seed(m_seed);
    m_ws = std::make_unique<test::CrashWorkspace>(m_dir.filePath(QStringLiteral("data")), QStringLiteral("kp"),
                                                  m_dir.filePath(QStringLiteral("ws")));
    const QString created = m_ws->create(QStringLiteral("v"), test::words({"ms", "root", "disks", "disks2"}),
                                         test::words({"managed-services", "dbfs-root", "managed-disks"}));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    auto folder = storage::LocalFolderStore::open(m_ws->root());
    QVERIFY(folder.ok());
    demo::DemoParams params;
    params.objectCount = 40;
    params.totalBytes = qint64(2) << 20;
    QVERIFY(demo::DemoWorkspace(params).generate(**folder).ok());
    QVERIFY(m_ws->snapshot() >= 40);
    KW_COMPARE_STATUS(test::runKeywardctl(test::words({"encrypt", "--quiet"}) + m_ws->common()), 0);
}

QString TestKillPoints::newestVersion(const QString &key)
{
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(m_ws->dataDir(), secrets, nullptr);
    auto store = stores.store(QStringLiteral("v"));
    if (!store)
        return {};
    auto v = (*store)->keyVersion(key);
    return v ? v->version : QString();
}

void TestKillPoints::killPoints()
{
    const int wanted =
        qEnvironmentVariableIsSet("KEYWARD_KILL_POINTS") ? qEnvironmentVariableIntValue("KEYWARD_KILL_POINTS") : 40;
    const int seconds =
        qEnvironmentVariableIsSet("KEYWARD_KILL_SECONDS") ? qEnvironmentVariableIntValue("KEYWARD_KILL_SECONDS") : 25;
    const QStringList common = m_ws->common();
    const QStringList verifyArgs = test::words({"verify", "--quiet"}) + common;
    int storeCount = 0;
    int assignCount = 0;
    QString retiring;

    QList<Command> commands;
    commands.append({QStringLiteral("encrypt"),
                     [&] {
                         const QString restored = m_ws->restorePlaintext();
                         if (!restored.isEmpty())
                             qWarning("%s", qPrintable(restored));
                         return restored.isEmpty() ? test::words({"encrypt", "--quiet"}) + common : QStringList();
                     },
                     {},
                     {}});
    commands.append({QStringLiteral("rotate"), [&] { return test::words({"rotate", "--quiet"}) + common; }, {}, {}});
    commands.append({QStringLiteral("retire"),
                     [&]() -> QStringList {
                         // An old version of the managed-services key that nothing is wrapped under any more, the
                         // workspace verified since: retire has all its work to do.
                         retiring = newestVersion(QStringLiteral("ms"));
                         const test::CtlRun rotated = test::runKeywardctl(
                             test::words({"rotate", "--quiet", "--feature", "managed-services"}) + common);
                         const test::CtlRun verified = test::runKeywardctl(verifyArgs);
                         if (retiring.isEmpty() || rotated.status != 0 || verified.status != 0) {
                             qWarning("cannot set up a retirement: %s %s", rotated.failure(0).constData(),
                                      verified.failure(0).constData());
                             return {};
                         }
                         return test::words({"retire", "--quiet", "--feature", "managed-services", "--hold-hours", "0",
                                             "--version"}) +
                                QStringList{retiring} + common;
                     },
                     {},
                     {}});
    commands.append({QStringLiteral("rekey"),
                     [&] {
                         return test::words({"rekey", "--quiet", "--feature", "dbfs-root"}) + common;
                     },
                     {},
                     {}});
    commands.append({QStringLiteral("key rotate"),
                     [&] {
                         return test::words({"key", "rotate", "root", "--store", "v"}) + dd();
                     },
                     {},
                     {}});
    commands.append({QStringLiteral("store add"),
                     [&] {
                         ++storeCount;
                         return test::words({"store", "add", "local"}) +
                                QStringList{QStringLiteral("s%1").arg(storeCount)} +
                                test::words({"--json", "--protection", "keychain"}) + dd();
                     },
                     // A kill after the store was registered: the rerun finds it there.
                     [](const test::CtlRun &r) {
                         return r.status == 0 || (r.status == 7 && r.errorReason() == QLatin1String("store-exists"));
                     },
                     [&]() -> QString {
                         const test::CtlRun shown =
                             test::runKeywardctl(test::words({"store", "show"}) +
                                                 QStringList{QStringLiteral("s%1").arg(storeCount)} + dd());
                         return shown.status == 0 ? QString() : QString::fromUtf8(shown.failure(0));
                     }});
    commands.append({QStringLiteral("assign"),
                     [&] {
                         ++assignCount;
                         return test::words({"assign", "--feature", "managed-disks", "--store", "v", "--key"}) +
                                QStringList{assignCount % 2 ? QStringLiteral("disks2") : QStringLiteral("disks")} +
                                common;
                     },
                     {},
                     {}});

    // Each command's run time, unkilled, spreads its kill points over the whole run.
    for (Command &c : commands) {
        const QStringList args = c.prepare();
        QVERIFY2(!args.isEmpty(), qPrintable(c.name));
        test::CtlRun run;
        c.measuredMs = test::timeKeywardctl(args, &run);
        KW_COMPARE_STATUS(run, 0);
        if (c.afterRerun) {
            const QString wrong = c.afterRerun();
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
        qInfo("%s takes %d ms", qPrintable(c.name), c.measuredMs);
    }

    QElapsedTimer budget;
    budget.start();
    int points = 0;
    int live = 0;
    // Every command at least once, however slow the machine; then as many points as the time allows.
    for (int i = 0; i < wanted && (i < commands.size() || budget.elapsed() < qint64(seconds) * 1000); ++i) {
        Command &c = commands[i % commands.size()];
        const QStringList args = c.prepare();
        QVERIFY2(!args.isEmpty(),
                 qPrintable(QStringLiteral("seed %1: %2 could not be set up").arg(m_seed).arg(c.name)));
        // Anywhere from the start to the measured end.
        const int delay = int(m_random.bounded(0, qMax(2, c.measuredMs)));
        const test::KillRun killed = test::killKeywardctlAfter(args, delay);
        QVERIFY2(killed.started, qPrintable(killed.describe()));
        ++points;
        ++c.points;
        if (killed.killed) {
            ++live;
            ++c.live;
        }
        const QString where =
            QStringLiteral("seed %1, point %2, %3 (delay %4 ms)").arg(m_seed).arg(i).arg(killed.describe()).arg(delay);
        if (!killed.killed) // it finished first: it must have finished well
            QVERIFY2(c.rerunDone ? c.rerunDone(test::CtlRun{killed.status, {}, killed.err, args, {}})
                                 : killed.status == 0,
                     qPrintable(where));
        const QString broken = m_ws->checkInvariants(where);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        const test::CtlRun rerun = test::runKeywardctl(args);
        const bool done = c.rerunDone ? c.rerunDone(rerun) : rerun.status == 0;
        QVERIFY2(done, qPrintable(where + QStringLiteral("; the rerun: ") + QString::fromUtf8(rerun.failure(0))));
        if (c.afterRerun) {
            const QString wrong = c.afterRerun();
            QVERIFY2(wrong.isEmpty(), qPrintable(where + QStringLiteral(": ") + wrong));
        }
        const test::CtlRun verified = test::runKeywardctl(verifyArgs);
        QVERIFY2(verified.status == 0,
                 qPrintable(where + QStringLiteral("; verify: ") + QString::fromUtf8(verified.failure(0, true))));
    }
    for (const Command &c : commands)
        qInfo("%-10s %3d kill points, %3d hit a running process (%d ms unkilled)", qPrintable(c.name), c.points, c.live,
              c.measuredMs);
    qInfo("%d kill points in %lld ms, %d hit a running process, %d found it exited (seed %u)", points, budget.elapsed(),
          live, points - live, m_seed);
    // Never so short that it tests nothing: a good share of the kills hit a running process.
    QVERIFY2(live * 4 >= points, "too few kills came while the process ran: the delays test nothing");
    const QString broken = m_ws->checkInvariants(QStringLiteral("at the end"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestKillPoints::abandonedVaultFile_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<int>("status");
    QTest::newRow("an empty vault, never registered: replaced") << QStringLiteral("empty") << 0;
    QTest::newRow("a vault holding a key, no store's: added back as it is") << QStringLiteral("with-key") << 0;
    QTest::newRow("the file of a registered store: refused") << QStringLiteral("registered") << 7;
}

void TestKillPoints::abandonedVaultFile()
{
    QFETCH(QString, left);
    QFETCH(int, status);
    static int n = 0;
    const QString name = QStringLiteral("left%1").arg(++n);
    const QString path = keystore::LocalVault::pathFor(m_ws->dataDir(), name);
    secrets::KeychainSecretStore secrets;
    QString entry;
    QStringList args = test::words({"store", "add", "local", "--json", "--protection", "keychain"}) << name;
    if (left == QLatin1String("registered")) {
        // Another store's file, named with --vault-file.
        KW_COMPARE_STATUS(test::runKeywardctl(test::words({"store", "add", "local", "--protection", "keychain"})
                                              << QStringLiteral("other%1").arg(n) << QStringLiteral("--vault-file")
                                              << path << dd()),
                          0);
        entry = keystore::LocalVault::open(path, secrets, nullptr).value()->keychainEntry();
    } else {
        auto made = keystore::LocalVault::create(
            path, keystore::VaultOptions(name, keystore::VaultOptions::Protection::Keychain), secrets, nullptr);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().detail));
        entry = (*made)->keychainEntry();
        if (left == QLatin1String("with-key"))
            QVERIFY(
                (*made)->createKey(keystore::CreateKeyRequest(QStringLiteral("k"), keystore::KeyKind::Aes, 256)).ok());
    }
    const QByteArray before = test::readFile(path);
    const test::CtlRun added = test::runKeywardctl(args + dd());
    KW_COMPARE_STATUS(added, status);
    if (left == QLatin1String("with-key")) {
        // A removed store's vault, keys and all: added back, never replaced (its keys may still open data).
        QCOMPARE(added.json().object().value(QStringLiteral("readded")).toBool(), true);
        QCOMPARE(test::readFile(path), before);
        QVERIFY(secrets.read(entry).ok());
        const test::CtlRun keys = test::runKeywardctl(test::words({"key", "list", "--store"}) << name << dd());
        KW_COMPARE_STATUS(keys, 0);
        QVERIFY(keys.out.contains("k"));
    } else if (status == 0) {
        // The new vault is another one; the abandoned one's master key left the keychain with its file.
        QVERIFY(test::readFile(path) != before);
        QCOMPARE(secrets.read(entry).error().code, ErrorCode::NotFound);
        KW_COMPARE_STATUS(test::runKeywardctl(test::words({"store", "show"}) << name << dd()), 0);
    } else {
        QCOMPARE(added.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(test::readFile(path), before);
        QVERIFY(secrets.read(entry).ok());
    }
}

void TestKillPoints::openWhileAnotherWrites()
{
    KW_COMPARE_STATUS(
        test::runKeywardctl(test::words({"key", "create", "busy", "--type", "aes", "--store", "v"}) + dd()), 0);
    const QStringList write = test::words({"key", "rotate", "busy", "--json", "--store", "v"}) + dd();
    const QStringList read = test::words({"store", "show", "v", "--json"}) + dd();
    int runs = 0;
    for (int round = 0; round < 8; ++round) {
        std::vector<std::unique_ptr<QProcess>> all;
        for (const QStringList *args : {&write, &read, &write, &read, &read}) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(KEYWARDCTL_PATH), *args);
            all.push_back(std::move(p));
        }
        for (auto &p : all) {
            QVERIFY(p->waitForFinished(120000));
            ++runs;
            const test::CtlRun r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                                 p->readAllStandardOutput(),
                                 p->readAllStandardError(),
                                 p->arguments(),
                                 {}};
            KW_COMPARE_STATUS(r, 0);
        }
    }
    qInfo("%d programs opened or wrote the vault at once, in 8 rounds", runs);
}

void TestKillPoints::resumeNoteIsSpent()
{
    const QStringList rotate = test::words({"rotate", "--quiet", "--feature", "managed-services"}) + m_ws->common();
    KW_COMPARE_STATUS(test::runKeywardctl(rotate), 0);
    const QString noted = newestVersion(QStringLiteral("ms"));
    QVERIFY(!noted.isEmpty());
    // What a rotation killed right after making `noted` leaves: its job row, interrupted, with the note.
    test::execSql(catalog::Catalog::defaultPath(m_ws->dataDir()),
                  {QStringLiteral("INSERT INTO jobs (kind, workspace_id, state, params, result, started) SELECT "
                                  "'rotate', id, 'interrupted', '{\"features\":[\"managed-services\"]}', "
                                  "'{\"pending\":{\"managed-services\":\"%1\"}}', '2026-01-01T00:00:00Z' FROM "
                                  "workspaces WHERE name = 'kp'")
                       .arg(noted)});
    KW_COMPARE_STATUS(test::runKeywardctl(rotate), 0); // resumes with the noted version
    QCOMPARE(newestVersion(QStringLiteral("ms")), noted);
    KW_COMPARE_STATUS(test::runKeywardctl(rotate), 0); // a new version: the note was spent
    const QString next = newestVersion(QStringLiteral("ms"));
    QVERIFY(next != noted);
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_ws->dataDir()));
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(QStringLiteral("kp"));
    QVERIFY(ws.ok());
    auto keys = (*catalog)->featureKeys(ws->id, model::Feature::ManagedServices);
    QVERIFY(keys.ok() && !keys->isEmpty());
    for (const catalog::FeatureKeyRecord &k : *keys)
        if (k.state != catalog::FeatureKeyState::Destroyed)
            QCOMPARE(k.keyVersion, next);
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    // The long version runs for KEYWARD_KILL_SECONDS: give the test function that much beyond Qt Test's default.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT") && qEnvironmentVariableIsSet("KEYWARD_KILL_SECONDS"))
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number((qEnvironmentVariableIntValue("KEYWARD_KILL_SECONDS") + 900) * qint64(1000)));
    QCoreApplication app(argc, argv);
    TestKillPoints t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_killpoints.moc"
