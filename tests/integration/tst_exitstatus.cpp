// TestExitStatus: every keywardctl command that names a workspace, store, key or version, run against one that does
// not exist, a locked keyring, a busy workspace and a run with no one to ask for a passphrase or PIN. Each row
// checks the exit status of docs/CLI.md's table, the --json error's code and reason, and that nothing was made or
// changed: the data directory's files, the catalog's rows, the keyring's entries and the token's objects.
#include "TestSupport.h"

#include "jobs/Job.h"
#include "util/ProcessLock.h"

#include <QCryptographicHash>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyward;

namespace {

const QByteArray UserPin = "735190";
const QByteArray Passphrase = "a long passphrase";
const QString KeyringPassword = QStringLiteral("keyward-test"); // the one reexecInKeyringSession unlocks with

// The Secret Service's secret (oayays), for gnome-keyring's UnlockWithMasterPassword.
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &a, const Secret &s)
{
    a.beginStructure();
    a << s.session << s.parameters << s.value << s.contentType;
    a.endStructure();
    return a;
}

const QDBusArgument &operator>>(const QDBusArgument &a, Secret &s)
{
    a.beginStructure();
    a >> s.session >> s.parameters >> s.value >> s.contentType;
    a.endStructure();
    return a;
}

} // namespace

Q_DECLARE_METATYPE(Secret)

namespace {

enum Condition
{
    Plain,         // the data directory as set up
    LockedKeyring, // the login keyring locked over D-Bus for the row, unlocked again after it
    // As Plain, for a job that starts and then fails: its job row (state failed) and audit entries are the record
    // of that run, and the only change it may make.
    RecordedFailure,
};

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject error() const
    {
        // The JSON error is the last line of standard error.
        const QList<QByteArray> lines = err.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.value(lines.size() - 1))
            .object()
            .value(QStringLiteral("error"))
            .toObject();
    }
};

QDBusMessage secretCall(const QString &path, const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"), path, interface, method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, 10000);
}

const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString WatchConnection = QStringLiteral("watch");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

} // namespace

class TestExitStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void table();
    void busyWorkspace();
    void keyringUnlockedAfterwards();
    void cleanupTestCase();

private:
    Run ctl(const QStringList &args);
    void start(QProcess &p, const QStringList &args);
    Run finish(QProcess &p);
    bool setLocked(bool locked);
    bool keyringLocked();
    // `withJobRecords` false leaves out the jobs and audit tables.
    QByteArray fingerprint(bool withJobRecords = true);
    QString lastJobState();
    QString loginCollection();

    QTemporaryDir m_dir;
    QString m_data;
    QString m_passphraseFile;
    QString m_pinFile;
    QString m_recipient;
    QString m_importDir;
    QString m_collection;
    QString m_demoVersion;
    std::unique_ptr<test::SoftHsm> m_hsm;
    QElapsedTimer m_clock;
    qint64 m_runMs = 0;
    qint64 m_fingerprintMs = 0;
    int m_runs = 0;
};

Run TestExitStatus::ctl(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    const auto counted = qScopeGuard([&] {
        m_runMs += timer.elapsed();
        ++m_runs;
    });
    QProcess p;
    start(p, args);
    return finish(p);
}

void TestExitStatus::start(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), m_hsm->confPath());
    p.setProcessEnvironment(env);
    // No controlling terminal and standard input not a terminal: as a script, cron or CI job runs it.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(KEYWARDCTL_PATH), args + QStringList{QStringLiteral("--data-dir"), m_data});
    if (p.waitForStarted())
        p.closeWriteChannel();
}

Run TestExitStatus::finish(QProcess &p)
{
    if (p.state() == QProcess::NotRunning && p.error() == QProcess::FailedToStart)
        return {};
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestExitStatus::loginCollection()
{
    const QDBusMessage reply =
        secretCall(ServicePath, ServiceInterface, QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return qdbus_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
}

bool TestExitStatus::keyringLocked()
{
    const QDBusMessage reply =
        secretCall(m_collection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                   {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return reply.type() == QDBusMessage::ReplyMessage &&
           qdbus_cast<QDBusVariant>(reply.arguments().value(0)).variant().toBool();
}

// Locks the login keyring with the Secret Service's Lock, or unlocks it with its password through gnome-keyring's
// own interface (the Secret Service's Unlock would need a prompt on a desktop).
bool TestExitStatus::setLocked(bool locked)
{
    if (locked) {
        const QDBusMessage reply =
            secretCall(ServicePath, ServiceInterface, QStringLiteral("Lock"),
                       {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(m_collection)})});
        if (reply.type() != QDBusMessage::ReplyMessage)
            qWarning("Lock: %s", qPrintable(reply.errorMessage()));
        return keyringLocked();
    }
    const QDBusMessage session = secretCall(ServicePath, ServiceInterface, QStringLiteral("OpenSession"),
                                            {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2) {
        qWarning("OpenSession: %s", qPrintable(session.errorMessage()));
        return false;
    }
    const Secret master{qdbus_cast<QDBusObjectPath>(session.arguments().at(1)),
                        {},
                        KeyringPassword.toUtf8(),
                        QStringLiteral("text/plain")};
    const QDBusMessage reply =
        secretCall(ServicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                   QStringLiteral("UnlockWithMasterPassword"),
                   {QVariant::fromValue(QDBusObjectPath(m_collection)), QVariant::fromValue(master)});
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning("UnlockWithMasterPassword: %s", qPrintable(reply.errorMessage()));
    secretCall(qdbus_cast<QDBusObjectPath>(session.arguments().at(1)).path(),
               QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close"), {});
    return !keyringLocked();
}

// What a row must leave as it was: every file of the data directory and of the token (the catalog by its rows, as
// SQLite may fold its write-ahead log into the file on any close), and the keyring's entries.
QByteArray TestExitStatus::fingerprint(bool withJobRecords)
{
    QElapsedTimer timer;
    timer.start();
    const auto counted = qScopeGuard([&] { m_fingerprintMs += timer.elapsed(); });
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &root : {m_data, m_hsm->tokenRoot()}) {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &f : std::as_const(files)) {
            const QString name = QFileInfo(f).fileName();
            if (name.startsWith(QLatin1String("catalog.sqlite")) || name.endsWith(QLatin1String(".lock")))
                continue;
            h.addData(f.toUtf8());
            // Small files (the registry, vaults, SoftHSM2's token files, which it rewrites unchanged on every open)
            // by their bytes: a registry entry taken back when the store it adds does not open leaves the same bytes.
            if (root != m_data || QFileInfo(f).size() <= 256 * 1024) {
                h.addData(QCryptographicHash::hash(test::readFile(f), QCryptographicHash::Sha256));
                continue;
            }
            // Objects: any write replaces the file (a new inode) or moves its modification time.
            struct stat st = {};
            if (::stat(QFile::encodeName(f).constData(), &st) != 0)
                continue;
            h.addData(QByteArray::number(qint64(st.st_ino)) + ' ' + QByteArray::number(qint64(st.st_size)) + ' ' +
                      QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' +
                      QByteArray::number(qint64(st.st_mtim.tv_nsec)));
        }
    }
    if (withJobRecords) {
        // SQLite's data_version, read on one connection held open for the whole test, changes when any other
        // connection commits anything.
        QSqlQuery version(QSqlDatabase::database(WatchConnection));
        if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next())
            h.addData(version.value(0).toString().toUtf8());
        else
            h.addData("no data_version");
        version.finish();
    } else {
        const QString connection = QStringLiteral("fingerprint");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_data + QStringLiteral("/catalog.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery tables(db);
                tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
                QStringList names;
                while (tables.next())
                    names << tables.value(0).toString();
                for (const QString &t : std::as_const(names)) {
                    if (!withJobRecords && (t == QLatin1String("jobs") || t == QLatin1String("audit")))
                        continue;
                    QSqlQuery rows(db);
                    rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
                    h.addData(t.toUtf8());
                    while (rows.next())
                        for (int i = 0; i < rows.record().count(); ++i)
                            h.addData(rows.value(i).toString().toUtf8() + '\x1f');
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QDBusMessage items = secretCall(
        ServicePath, ServiceInterface, QStringLiteral("SearchItems"),
        {QVariant::fromValue(QMap<QString, QString>{{QStringLiteral("server"), QStringLiteral("keyward")}})});
    QStringList paths;
    for (const QVariant &list : items.arguments())
        for (const QDBusObjectPath &p : qdbus_cast<QList<QDBusObjectPath>>(list))
            paths << p.path();
    paths.sort();
    h.addData(paths.join(QLatin1Char(',')).toUtf8());
    return h.result();
}

QString TestExitStatus::lastJobState()
{
    QString state;
    const QString connection = QStringLiteral("jobs");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_data + QStringLiteral("/catalog.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT state FROM jobs ORDER BY id DESC LIMIT 1")) && q.next())
                state = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return state;
}

void TestExitStatus::initTestCase()
{
    m_clock.start();
    qDBusRegisterMetaType<Secret>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::softHsmModulePath().isEmpty(), "SoftHSM2 is needed (package softhsm2)");
    m_collection = loginCollection();
    QVERIFY2(!m_collection.isEmpty(), "no default keyring");
    QVERIFY(!keyringLocked());

    m_data = m_dir.filePath(QStringLiteral("data"));
    m_hsm = std::make_unique<test::SoftHsm>(m_dir.filePath(QStringLiteral("hsm")));
    QVERIFY(!m_hsm->initToken(QStringLiteral("kw-exit"), QStringLiteral("97531864"), QString::fromLatin1(UserPin))
                 .isEmpty());
    m_pinFile = m_dir.filePath(QStringLiteral("pin"));
    m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
    test::writeFile(m_pinFile, UserPin + '\n');
    test::writeFile(m_passphraseFile, Passphrase + '\n');
    m_importDir = m_dir.filePath(QStringLiteral("import"));
    test::writeFile(m_importDir + QStringLiteral("/a.txt"), "to import\n");

    // An escrow recipient.
    m_recipient = m_dir.filePath(QStringLiteral("escrow.pub.pem"));
    const QString key = m_dir.filePath(QStringLiteral("escrow.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                                QStringLiteral("-out"), key}),
             0);
    QCOMPARE(
        QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), key,
                                                      QStringLiteral("-pubout"), QStringLiteral("-out"), m_recipient}),
        0);

    // The demo: a keychain-protected vault "demo-vault", workspace "demo" with its three keys, encrypted and rotated.
    const auto ok = [&](const QStringList &args) {
        const Run r = ctl(args);
        if (r.status != 0)
            qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.status == 0;
    };
    QVERIFY(ok({QStringLiteral("demo"), QStringLiteral("--objects"), QStringLiteral("3"), QStringLiteral("--size-mib"),
                QStringLiteral("1"), QStringLiteral("--json")}));
    // A passphrase-protected vault and a token whose PIN is not kept: neither opens without someone to ask.
    QVERIFY(ok({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("pv"),
                QStringLiteral("--protection"), QStringLiteral("passphrase"), QStringLiteral("--passphrase-file"),
                m_passphraseFile}));
    QVERIFY(ok({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--store"), QStringLiteral("pv"),
                QStringLiteral("pk"), QStringLiteral("--type"), QStringLiteral("aes"),
                QStringLiteral("--passphrase-file"), m_passphraseFile}));
    QVERIFY(ok({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("pkcs11"), QStringLiteral("hsm"),
                QStringLiteral("--module"), test::softHsmModulePath(), QStringLiteral("--token-label"),
                QStringLiteral("kw-exit"), QStringLiteral("--pin-file"), m_pinFile}));
    QVERIFY(ok({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--store"), QStringLiteral("hsm"),
                QStringLiteral("hk"), QStringLiteral("--type"), QStringLiteral("aes"), QStringLiteral("--pin-file"),
                m_pinFile}));
    // A workspace keyed by each.
    QVERIFY(ok({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("pvws")}));
    QVERIFY(
        ok({QStringLiteral("assign"), QStringLiteral("--workspace"), QStringLiteral("pvws"),
            QStringLiteral("--feature"), QStringLiteral("dbfs-root"), QStringLiteral("--store"), QStringLiteral("pv"),
            QStringLiteral("--key"), QStringLiteral("pk"), QStringLiteral("--passphrase-file"), m_passphraseFile}));
    QVERIFY(ok({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("hsmws")}));
    QVERIFY(
        ok({QStringLiteral("assign"), QStringLiteral("--workspace"), QStringLiteral("hsmws"),
            QStringLiteral("--feature"), QStringLiteral("dbfs-root"), QStringLiteral("--store"), QStringLiteral("hsm"),
            QStringLiteral("--key"), QStringLiteral("hk"), QStringLiteral("--pin-file"), m_pinFile}));
    // Objects in both, sealed: each has a feature key under its store.
    for (const QString &ws : {QStringLiteral("pvws"), QStringLiteral("hsmws")}) {
        QVERIFY(ok({QStringLiteral("import"), QStringLiteral("--workspace"), ws, QStringLiteral("--area"),
                    QStringLiteral("root"), m_importDir}));
        QVERIFY(ok({QStringLiteral("encrypt"), QStringLiteral("--workspace"), ws, QStringLiteral("--quiet"),
                    QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("--pin-file"), m_pinFile}));
    }
    // A workspace with a key assigned and nothing encrypted yet: no feature key.
    QVERIFY(ok({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("bare")}));
    QVERIFY(ok({QStringLiteral("assign"), QStringLiteral("--workspace"), QStringLiteral("bare"),
                QStringLiteral("--feature"), QStringLiteral("dbfs-root"), QStringLiteral("--store"),
                QStringLiteral("demo-vault"), QStringLiteral("--key"), QStringLiteral("demo-dbfs-root")}));
    const Run versions =
        ctl({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--store"), QStringLiteral("demo-vault"),
             QStringLiteral("demo-dbfs-root"), QStringLiteral("--json")});
    QCOMPARE(versions.status, 0);
    m_demoVersion =
        QJsonDocument::fromJson(versions.out).array().first().toObject().value(QStringLiteral("version")).toString();
    QVERIFY(!m_demoVersion.isEmpty());
    QSqlDatabase watch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), WatchConnection);
    watch.setDatabaseName(m_data + QStringLiteral("/catalog.sqlite"));
    watch.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(watch.open());
    // The fingerprint sees a change of the catalog (a workspace's region) and of a file (a vault's key rotated).
    QByteArray before = fingerprint();
    QVERIFY(ok({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("bare"), QStringLiteral("--region"),
                QStringLiteral("northeurope")}));
    QVERIFY(fingerprint() != before);
    before = fingerprint();
    QVERIFY(fingerprint() == before);
    QVERIFY(ok({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--store"), QStringLiteral("pv"),
                QStringLiteral("pk"), QStringLiteral("--passphrase-file"), m_passphraseFile}));
    QVERIFY(fingerprint() != before);
    qInfo("set up in %lld ms", m_clock.elapsed());
}

void TestExitStatus::table_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("condition");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");

    const auto w = [](const char *s) { return QString::fromLatin1(s); };
    const auto row = [&](const char *name, QStringList args, int condition, int status, const char *code,
                         const char *reason) {
        args << w("--json");
        QTest::newRow(name) << args << condition << status << w(code) << w(reason);
    };
    const QString noWs = w("nosuch");
    const QString missingVersion = w("00000000000000000000000000000000");
    const QString missingFk = w("0123456789abcdef0123456789abcdef");
    const QStringList demoKey{w("--store"), w("demo-vault"), w("demo-dbfs-root")};
    const QStringList noStore{w("--store"), w("nosuch"), w("k")};
    const QStringList noKey{w("--store"), w("demo-vault"), w("nosuch")};
    const QStringList pvKey{w("--store"), w("pv"), w("pk")};
    const QStringList hsmKey{w("--store"), w("hsm"), w("hk")};

    // matrix
    row("matrix/workspace", {w("matrix"), w("--workspace"), noWs}, Plain, 6, "not-found", "workspace-not-found");
    // A locked store is a cell's state, not an error (docs/CLI.md, matrix).
    row("matrix/locked", {w("matrix"), w("--workspace"), w("demo")}, LockedKeyring, 0, "", "");

    // store
    row("store add local/locked", {w("store"), w("add"), w("local"), w("newvault"), w("--protection"), w("keychain")},
        LockedKeyring, 8, "locked", "keychain-locked");
    row("store add local/no secret",
        {w("store"), w("add"), w("local"), w("newvault"), w("--protection"), w("passphrase")}, Plain, 8, "locked",
        "secret-needed");
    row("store add pkcs11/no secret",
        {w("store"), w("add"), w("pkcs11"), w("newtoken"), w("--module"), test::softHsmModulePath(), w("--token-label"),
         w("kw-exit")},
        Plain, 8, "locked", "secret-needed");
    row("store list/locked", {w("store"), w("list")}, LockedKeyring, 0, "", "");
    row("store show/store", {w("store"), w("show"), w("nosuch")}, Plain, 6, "not-found", "store-not-found");
    row("store show/locked", {w("store"), w("show"), w("demo-vault")}, LockedKeyring, 8, "locked", "keychain-locked");
    row("store show/no passphrase", {w("store"), w("show"), w("pv")}, Plain, 8, "locked", "secret-needed");
    row("store show/no pin", {w("store"), w("show"), w("hsm")}, Plain, 8, "locked", "secret-needed");
    row("store remove/store", {w("store"), w("remove"), w("nosuch")}, Plain, 6, "not-found", "store-not-found");

    // key
    row("key list/store", {w("key"), w("list"), w("--store"), w("nosuch")}, Plain, 6, "not-found", "store-not-found");
    row("key list/locked", {w("key"), w("list"), w("--store"), w("demo-vault")}, LockedKeyring, 8, "locked",
        "keychain-locked");
    row("key list/no passphrase", {w("key"), w("list"), w("--store"), w("pv")}, Plain, 8, "locked", "secret-needed");
    row("key list/no pin", {w("key"), w("list"), w("--store"), w("hsm")}, Plain, 8, "locked", "secret-needed");
    row("key list --deleted/store", {w("key"), w("list"), w("--deleted"), w("--store"), w("nosuch")}, Plain, 6,
        "not-found", "store-not-found");
    row("key show/store", QStringList{w("key"), w("show")} + noStore, Plain, 6, "not-found", "store-not-found");
    row("key show/key", QStringList{w("key"), w("show")} + noKey, Plain, 6, "not-found", "key-not-found");
    row("key show/version", QStringList{w("key"), w("show"), w("--version"), missingVersion} + demoKey, Plain, 6,
        "not-found", "key-version-not-found");
    row("key show/key of version", QStringList{w("key"), w("show"), w("--version"), missingVersion} + noKey, Plain, 6,
        "not-found", "key-not-found");
    row("key show/locked", QStringList{w("key"), w("show")} + demoKey, LockedKeyring, 8, "locked", "keychain-locked");
    row("key create/store", {w("key"), w("create"), w("--store"), w("nosuch"), w("newkey")}, Plain, 6, "not-found",
        "store-not-found");
    row("key create/locked", {w("key"), w("create"), w("--store"), w("demo-vault"), w("newkey")}, LockedKeyring, 8,
        "locked", "keychain-locked");
    row("key create/no passphrase", {w("key"), w("create"), w("--store"), w("pv"), w("newkey")}, Plain, 8, "locked",
        "secret-needed");
    row("key create/no pin", {w("key"), w("create"), w("--store"), w("hsm"), w("newkey"), w("--type"), w("aes")}, Plain,
        8, "locked", "secret-needed");
    for (const char *sub : {"rotate", "delete", "recover", "purge"}) {
        const QByteArray base = QByteArray("key ") + sub;
        row((base + "/store").constData(), QStringList{w("key"), w(sub)} + noStore, Plain, 6, "not-found",
            "store-not-found");
        row((base + "/key").constData(), QStringList{w("key"), w(sub)} + noKey, Plain, 6, "not-found", "key-not-found");
        row((base + "/locked").constData(), QStringList{w("key"), w(sub)} + demoKey, LockedKeyring, 8, "locked",
            "keychain-locked");
    }
    row("key rotate/no passphrase", QStringList{w("key"), w("rotate")} + pvKey, Plain, 8, "locked", "secret-needed");
    row("key rotate/no pin", QStringList{w("key"), w("rotate")} + hsmKey, Plain, 8, "locked", "secret-needed");
    for (const char *sub : {"enable", "disable"}) {
        const QByteArray base = QByteArray("key ") + sub;
        const QStringList version{w("--version"), missingVersion};
        row((base + "/store").constData(), QStringList{w("key"), w(sub)} + noStore + version, Plain, 6, "not-found",
            "store-not-found");
        row((base + "/key").constData(), QStringList{w("key"), w(sub)} + noKey + version, Plain, 6, "not-found",
            "key-not-found");
        row((base + "/version").constData(), QStringList{w("key"), w(sub)} + demoKey + version, Plain, 6, "not-found",
            "key-version-not-found");
        row((base + "/locked").constData(), QStringList{w("key"), w(sub)} + demoKey + version, LockedKeyring, 8,
            "locked", "keychain-locked");
        row((base + "/no passphrase").constData(), QStringList{w("key"), w(sub)} + pvKey + version, Plain, 8, "locked",
            "secret-needed");
    }
    row("key policy get/store", QStringList{w("key"), w("policy"), w("get")} + noStore, Plain, 6, "not-found",
        "store-not-found");
    row("key policy get/key", QStringList{w("key"), w("policy"), w("get")} + noKey, Plain, 6, "not-found",
        "key-not-found");
    row("key policy get/locked", QStringList{w("key"), w("policy"), w("get")} + demoKey, LockedKeyring, 8, "locked",
        "keychain-locked");
    const QStringList preset{w("--preset"), w("90-days")};
    row("key policy set/store", QStringList{w("key"), w("policy"), w("set")} + noStore + preset, Plain, 6, "not-found",
        "store-not-found");
    row("key policy set/key", QStringList{w("key"), w("policy"), w("set")} + noKey + preset, Plain, 6, "not-found",
        "key-not-found");
    row("key policy set/locked", QStringList{w("key"), w("policy"), w("set")} + demoKey + preset, LockedKeyring, 8,
        "locked", "keychain-locked");
    row("key policy set/no passphrase", QStringList{w("key"), w("policy"), w("set")} + pvKey + preset, Plain, 8,
        "locked", "secret-needed");

    // workspace
    row("workspace show/workspace", {w("workspace"), w("show"), noWs}, Plain, 6, "not-found", "workspace-not-found");
    row("workspace set/workspace", {w("workspace"), w("set"), noWs, w("--region"), w("northeurope")}, Plain, 6,
        "not-found", "workspace-not-found");

    // assign
    const auto assign = [&](const QString &ws, const QString &store, const QString &key) {
        return QStringList{w("assign"), w("--workspace"), ws, w("--feature"), w("dbfs-root"), w("--store"),
                           store,       w("--key"),       key};
    };
    row("assign/workspace", assign(noWs, w("demo-vault"), w("demo-dbfs-root")), Plain, 6, "not-found",
        "workspace-not-found");
    row("assign/store", assign(w("demo"), w("nosuch"), w("k")), Plain, 6, "not-found", "store-not-found");
    row("assign/key", assign(w("demo"), w("demo-vault"), w("nosuch")), Plain, 6, "not-found", "key-not-found");
    row("assign/version", assign(w("demo"), w("demo-vault"), w("demo-dbfs-root")) << w("--version") << missingVersion,
        Plain, 6, "not-found", "key-version-not-found");
    row("assign --check-only/workspace", assign(noWs, w("demo-vault"), w("demo-dbfs-root")) << w("--check-only"), Plain,
        6, "not-found", "workspace-not-found");
    row("assign/locked", assign(w("demo"), w("demo-vault"), w("demo-dbfs-root")), LockedKeyring, 8, "locked",
        "keychain-locked");
    row("assign/no passphrase", assign(w("demo"), w("pv"), w("pk")), Plain, 8, "locked", "secret-needed");
    row("assign --clear/workspace", {w("assign"), w("--workspace"), noWs, w("--feature"), w("dbfs-root"), w("--clear")},
        Plain, 6, "not-found", "workspace-not-found");

    // history
    row("history/workspace", {w("history"), w("--workspace"), noWs}, Plain, 6, "not-found", "workspace-not-found");
    // A key is a filter: a store removed since keeps its history (docs/CLI.md, history).
    row("history/key", {w("history"), w("--key"), w("nosuch/k")}, Plain, 0, "", "");
    // A keychain that does not answer leaves the history unanchored, said in a note (docs/CLI.md).
    row("history verify/locked", {w("history"), w("verify")}, LockedKeyring, 0, "", "");

    // the jobs
    const auto job = [&](const char *kind, const QString &ws) {
        QStringList args{w(kind), w("--workspace"), ws, w("--quiet")};
        if (qstrcmp(kind, "rekey") == 0 || qstrcmp(kind, "retire") == 0)
            args << w("--feature") << w("dbfs-root");
        if (qstrcmp(kind, "retire") == 0)
            args << w("--version") << missingVersion;
        return args;
    };
    for (const char *kind : {"encrypt", "verify", "rotate", "rekey", "retire"}) {
        const QByteArray base(kind);
        row((base + "/workspace").constData(), job(kind, noWs), Plain, 6, "not-found", "workspace-not-found");
        row((base + "/locked").constData(), job(kind, w("demo")), LockedKeyring, 8, "locked", "keychain-locked");
        row((base + "/no passphrase").constData(), job(kind, w("pvws")), Plain, 8, "locked", "secret-needed");
        row((base + "/no pin").constData(), job(kind, w("hsmws")), Plain, 8, "locked", "secret-needed");
    }
    row("retire/version", job("retire", w("demo")), RecordedFailure, 6, "not-found", "key-version-not-found");
    row("retire/no key",
        {w("retire"), w("--workspace"), w("pvws"), w("--feature"), w("managed-disks"), w("--version"), missingVersion},
        RecordedFailure, 6, "not-found", "feature-has-no-key");
    row("rekey/no feature key", {w("rekey"), w("--workspace"), w("bare"), w("--feature"), w("dbfs-root")},
        RecordedFailure, 6, "not-found", "feature-key-not-found");

    // import
    row("import/workspace", {w("import"), w("--workspace"), noWs, w("--area"), w("root"), w("@import")}, Plain, 6,
        "not-found", "workspace-not-found");

    // escrow export
    const auto escrow = [&](const QString &ws) {
        return QStringList{w("escrow"),    w("export"),      w("--workspace"), ws,         w("--feature"),
                           w("dbfs-root"), w("--recipient"), w("@recipient"),  w("--out"), w("@out")};
    };
    row("escrow export/workspace", escrow(noWs), Plain, 6, "not-found", "workspace-not-found");
    row("escrow export/fk-id malformed", escrow(w("demo")) << w("--fk-id") << w("zz"), Plain, 2, "invalid-argument",
        "feature-key-id-invalid");
    row("escrow export/fk-id short", escrow(w("demo")) << w("--fk-id") << w("0123abcd"), Plain, 2, "invalid-argument",
        "feature-key-id-invalid");
    row("escrow export/fk-id", escrow(w("demo")) << w("--fk-id") << missingFk, Plain, 6, "not-found",
        "feature-key-not-found");
    row("escrow export/locked", escrow(w("demo")), LockedKeyring, 8, "locked", "keychain-locked");
    row("escrow export/no passphrase", escrow(w("pvws")), Plain, 8, "locked", "secret-needed");
    row("escrow export/no pin", escrow(w("hsmws")), Plain, 8, "locked", "secret-needed");
    row("escrow export/no feature key", escrow(w("bare")), Plain, 6, "not-found", "feature-key-not-found");

    // report, export, demo
    row("report/workspace", {w("report"), w("--workspace"), noWs, w("--out"), w("@out.json")}, Plain, 6, "not-found",
        "workspace-not-found");
    row("report signing-key/store", {w("report"), w("signing-key"), w("--vault"), w("nosuch")}, Plain, 6, "not-found",
        "store-not-found");
    row("report signing-key/locked", {w("report"), w("signing-key"), w("--vault"), w("demo-vault")}, LockedKeyring, 8,
        "locked", "keychain-locked");
    row("report signing-key/no passphrase", {w("report"), w("signing-key"), w("--vault"), w("pv")}, Plain, 8, "locked",
        "secret-needed");
    row("export terraform/workspace", {w("export"), w("terraform"), w("--workspace"), noWs}, Plain, 6, "not-found",
        "workspace-not-found");
    row("export arm/workspace", {w("export"), w("arm"), w("--workspace"), noWs}, Plain, 6, "not-found",
        "workspace-not-found");
    row("demo/store", {w("demo"), w("--store"), w("nosuch")}, Plain, 6, "not-found", "store-not-found");
}

// Every job on a workspace another job holds: refused at once, nothing changed. The five run side by side, as
// each waits for the lock for a while before it gives up.
void TestExitStatus::busyWorkspace()
{
    const QString missingVersion(32, QLatin1Char('0'));
    const QList<QStringList> jobs{
        {QStringLiteral("encrypt")},
        {QStringLiteral("verify")},
        {QStringLiteral("rotate")},
        {QStringLiteral("rekey"), QStringLiteral("--feature"), QStringLiteral("dbfs-root")},
        {QStringLiteral("retire"), QStringLiteral("--feature"), QStringLiteral("dbfs-root"),
         QStringLiteral("--version"), missingVersion},
    };
    const QByteArray before = fingerprint();
    ProcessLock busy(jobs::Job::workspaceLockPath(m_data + QStringLiteral("/catalog.sqlite"), 1)); // "demo": the first
    QVERIFY(busy.tryLock(1000));
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QStringList &job : jobs) {
        running.push_back(std::make_unique<QProcess>());
        start(*running.back(), job + QStringList{QStringLiteral("--workspace"), QStringLiteral("demo"),
                                                 QStringLiteral("--quiet"), QStringLiteral("--json")});
    }
    for (std::size_t i = 0; i < running.size(); ++i) {
        const Run r = finish(*running.at(i));
        const QString what = jobs.at(qsizetype(i)).constFirst();
        QVERIFY2(
            r.status == 7,
            qPrintable(
                QStringLiteral("%1: exit %2; %3").arg(what).arg(r.status).arg(QString::fromUtf8(r.err.right(600)))));
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("conflict"));
        QCOMPARE(r.error().value(QStringLiteral("reason")).toString(), QStringLiteral("workspace-busy"));
        QCOMPARE(r.error().value(QStringLiteral("args")).toArray().first().toString(), QStringLiteral("demo"));
    }
    busy.unlock();
    QVERIFY2(fingerprint() == before, "a refused job changed something");
}

void TestExitStatus::table()
{
    QFETCH(QStringList, args);
    QFETCH(int, condition);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, reason);

    // Placeholders for this run's files; outputs go to a fresh name that must not appear.
    const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(QString::fromLatin1(QTest::currentDataTag())
                                                                        .replace(QLatin1Char('/'), QLatin1Char('_'))
                                                                        .replace(QLatin1Char(' '), QLatin1Char('_'))));
    for (QString &a : args) {
        if (a == QLatin1String("@recipient"))
            a = m_recipient;
        else if (a == QLatin1String("@import"))
            a = m_importDir;
        else if (a.startsWith(QLatin1String("@out")))
            a = out + a.mid(4);
    }

    const bool recorded = condition == RecordedFailure;
    const QByteArray before = fingerprint(!recorded);
    const QByteArray jobsBefore = recorded ? fingerprint() : QByteArray();
    if (condition == LockedKeyring)
        QVERIFY(setLocked(true));
    const Run r = ctl(args);
    if (condition == LockedKeyring)
        QVERIFY2(setLocked(false), "the keyring could not be unlocked again");

    const QJsonObject error = r.error();
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                                                .arg(r.status)
                                                .arg(status)
                                                .arg(QString::fromUtf8(r.err.right(600)))));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY2(fingerprint(!recorded) == before,
             "the run changed the data directory, the catalog, the keyring or the token");
    if (recorded) {
        QVERIFY(fingerprint() != jobsBefore);
        QCOMPARE(lastJobState(), QStringLiteral("failed"));
    }
    for (const QString &made : QDir(m_dir.path()).entryList({QFileInfo(out).fileName() + QLatin1Char('*')}))
        QFAIL(qPrintable(QStringLiteral("%1 was written").arg(made)));
}

// The keyring is unlocked again after the rows, and every store still opens.
void TestExitStatus::keyringUnlockedAfterwards()
{
    QVERIFY(!keyringLocked());
    const Run r = ctl({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--store"),
                       QStringLiteral("demo-vault"), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    qInfo("whole test in %lld ms: %d keywardctl runs in %lld ms, fingerprints %lld ms", m_clock.elapsed(), m_runs,
          m_runMs, m_fingerprintMs);
}

void TestExitStatus::cleanupTestCase()
{
    QSqlDatabase::database(WatchConnection).close();
    QSqlDatabase::removeDatabase(WatchConnection);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestExitStatus test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exitstatus.moc"
