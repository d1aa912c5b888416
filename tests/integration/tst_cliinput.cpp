// TestCliInput: what a person types, refused as a usage error (exit 2) with its reason, through keywardctl: bad
// numbers, durations, dates, names, a rotation policy that is not Key Vault's shape, repeated options, stray
// arguments, options that do not apply. Each row also checks that nothing changed: the stores, the vault file
// (keys, versions, policies), the workspaces and their assignments, and the rotation history read the same after
// the refused command as before it.
#include "TestSupport.h"

#include "keystore/LocalVault.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using test::CtlRun;

namespace {

const char UserPin[] = "24681357";

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void holdHoursWithUnitHolds();
    void pastNotBeforeWarns();
    void tokenSettingsNotIgnored();

private:
    CtlRun ctl(QStringList args, const QByteArray &input = {});
    // Everything a refused command must leave as it was.
    QByteArray state();
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;
    QString m_oldVersion; // the first version of demo-managed-services
    QByteArray m_state;   // state() after the set-up: every refused row must leave it so
};

CtlRun TestCliInput::ctl(QStringList args, const QByteArray &input)
{
    args << QStringLiteral("--data-dir") << data();
    return test::runKeywardctl(args, input);
}

QByteArray TestCliInput::state()
{
    QByteArray s;
    // The workspace (plan, options, assignments, feature keys) and the rotation history, as the catalog holds them.
    for (const QStringList &command :
         {test::words({"workspace", "show", "demo", "--json"}), test::words({"history", "--json"})}) {
        const CtlRun r = ctl(command);
        s += command.join(QLatin1Char(' ')).toUtf8() + ": " + QByteArray::number(r.status) + "\n" + r.out;
    }
    // The registry and the vault file hold every store, key, version, state and rotation policy.
    s += test::readFile(QDir(data()).filePath(QStringLiteral("stores.json")));
    s += test::readFile(keystore::LocalVault::pathFor(data(), QStringLiteral("demo-vault")));
    // Every file and folder in the data directory (a new workspace, store or vault would add some), but the
    // catalog's transient journal files.
    QStringList names;
    QDirIterator it(data(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = it.next();
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")) &&
            !name.endsWith(QLatin1String("-journal")))
            names << name;
    }
    names.sort();
    s += names.join(QLatin1Char('\n')).toUtf8();
    return s;
}

void TestCliInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CtlRun r = ctl(test::words({"demo", "--objects", "12", "--size-mib", "1"}));
    QVERIFY2(r.status == 0, r.err.constData());
    r = ctl(test::words({"key", "show", "demo-managed-services", "--store", "demo-vault", "--json"}));
    QVERIFY2(r.status == 0, r.err.constData());
    m_oldVersion = r.json().array().first().toObject().value(QStringLiteral("version")).toString();
    QVERIFY(!m_oldVersion.isEmpty());
    // A policy to keep: the refused policy files below must leave it as it is.
    r = ctl(test::words({"key", "policy", "set", "demo-dbfs-root", "--store", "demo-vault", "--preset", "90-days"}));
    QVERIFY2(r.status == 0, r.err.constData());
    test::writeFile(m_dir.filePath(QStringLiteral("short-pass")), "short\n");
    m_state = state();
}

void TestCliInput::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // written to FILE, which args name as "FILE"
    QTest::addColumn<QString>("reason");
    const auto retire = [&](const char *hold) {
        return test::words({"retire", "--workspace", "demo", "--feature", "managed-services", "--version"})
               << m_oldVersion << QStringLiteral("--hold-hours") << QString::fromLatin1(hold);
    };
    QTest::newRow("retire --hold-hours abc") << retire("abc") << QByteArray() << "input-not-a-duration";
    QTest::newRow("retire --hold-hours -100") << retire("-100") << QByteArray() << "input-not-a-duration";
    QTest::newRow("retire --hold-hours nan") << retire("nan") << QByteArray() << "input-not-a-duration";
    QTest::newRow("retire --hold-hours inf") << retire("inf") << QByteArray() << "input-not-a-duration";
    QTest::newRow("retire --hold-hours 1e9") << retire("1e9") << QByteArray() << "input-not-a-duration";
    QTest::newRow("retire --hold-hours 91d") << retire("91d") << QByteArray() << "input-out-of-range";
    QTest::newRow("retire --hold-hours overflow")
        << retire("99999999999999999999") << QByteArray() << "input-out-of-range";

    const QStringList policy =
        test::words({"key", "policy", "set", "demo-dbfs-root", "--store", "demo-vault", "--from-json", "FILE"});
    QTest::newRow("policy {") << policy << QByteArray("{") << "policy-json-malformed";
    QTest::newRow("policy null") << policy << QByteArray("null") << "policy-json-malformed";
    QTest::newRow("policy []") << policy << QByteArray("[]") << "policy-json-malformed";
    QTest::newRow("policy empty file") << policy << QByteArray() << "policy-json-malformed";
    QTest::newRow("policy BOM") << policy
                                << QByteArray("\xEF\xBB\xBF{\"lifetimeActions\": [{\"trigger\": {\"timeAfterCreate\": "
                                              "\"P30D\"}, \"action\": {\"type\": \"Rotate\"}}]}")
                                << "policy-json-malformed";
    QTest::newRow("policy both triggers")
        << policy
        << QByteArray(R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "P30D", "timeBeforeExpiry": "P10D"},)"
                      R"( "action": {"type": "Rotate"}}]})")
        << "policy-json-invalid";
    QTest::newRow("policy bad duration")
        << policy
        << QByteArray(
               R"({"lifetimeActions": [{"trigger": {"timeAfterCreate": "30 days"}, "action": {"type": "Rotate"}}]})")
        << "policy-json-invalid";
    QTest::newRow("policy {}") << policy << QByteArray("{}") << "policy-json-invalid";

    QTest::newRow("assign --workspace twice")
        << test::words({"assign", "--workspace", "demo2", "--workspace", "demo", "--feature", "managed-services",
                        "--store", "demo-vault", "--key", "demo-managed-services"})
        << QByteArray() << "option-repeated";
    QTest::newRow("matrix --plan twice") << test::words({"matrix", "--plan", "standard", "--plan", "premium"})
                                         << QByteArray() << "option-repeated";
    QTest::newRow("encrypt --threads twice")
        << test::words({"encrypt", "--workspace", "demo", "--threads", "1", "--threads", "2"}) << QByteArray()
        << "option-repeated";

    const QStringList create = test::words({"key", "create", "fresh", "--store", "demo-vault"});
    QTest::newRow("--expires hour 25") << (create + test::words({"--expires", "2027-06-30T25:00:00Z"})) << QByteArray()
                                       << "input-not-a-date";
    QTest::newRow("--expires Feb 30") << (create + test::words({"--expires", "2027-02-30"})) << QByteArray()
                                      << "input-not-a-date";
    QTest::newRow("--not-before words") << (create + test::words({"--not-before", "tomorrow"})) << QByteArray()
                                        << "input-not-a-date";
    // A past expiry is refused by the key rules (a key that can never be used); a past not-before only warns.
    QTest::newRow("--expires in the past")
        << (create + test::words({"--expires", "2001-01-01"})) << QByteArray() << "key-expiry-passed";
    QTest::newRow("--size abc") << (create + test::words({"--size", "abc"})) << QByteArray() << "input-not-a-number";
    QTest::newRow("--size 1000") << (create + test::words({"--size", "1000"})) << QByteArray() << "key-size-invalid";

    const QStringList verify = test::words({"verify", "--workspace", "demo"});
    QTest::newRow("--threads -1") << (verify + test::words({"--threads", "-1"})) << QByteArray()
                                  << "input-out-of-range";
    QTest::newRow("--threads 0") << (verify + test::words({"--threads", "0"})) << QByteArray() << "input-out-of-range";
    QTest::newRow("--threads abc") << (verify + test::words({"--threads", "abc"})) << QByteArray()
                                   << "input-not-a-number";
    QTest::newRow("--threads 100000") << (verify + test::words({"--threads", "100000"})) << QByteArray()
                                      << "input-out-of-range";
    QTest::newRow("--quick abc") << (verify + test::words({"--quick", "abc"})) << QByteArray() << "input-not-a-number";
    QTest::newRow("--quick 0") << (verify + test::words({"--quick", "0"})) << QByteArray() << "input-out-of-range";

    QTest::newRow("--retention-days abc") << test::words({"store", "add", "local", "v2", "--retention-days", "abc"})
                                          << QByteArray() << "input-not-a-number";
    QTest::newRow("--retention-days 6") << test::words({"store", "add", "local", "v2", "--retention-days", "6"})
                                        << QByteArray() << "input-out-of-range";
    QTest::newRow("short passphrase")
        << (test::words({"store", "add", "local", "v2", "--protection", "passphrase", "--passphrase-file"})
            << m_dir.filePath(QStringLiteral("short-pass")))
        << QByteArray() << "passphrase-too-short";
    QTest::newRow("bad store name") << test::words({"store", "add", "local", "bad_name!"}) << QByteArray()
                                    << "store-name-invalid";
    QTest::newRow("store name platform") << test::words({"store", "add", "local", "platform"}) << QByteArray()
                                         << "store-name-invalid";
    QTest::newRow("bad key name") << test::words({"key", "create", "bad_name!", "--store", "demo-vault"})
                                  << QByteArray() << "key-name-invalid";
    QTest::newRow("bad workspace name") << test::words({"workspace", "create", "a!"}) << QByteArray()
                                        << "workspace-name-invalid";
    QTest::newRow("demo --objects abc") << test::words({"demo", "--workspace", "demo3", "--objects", "abc"})
                                        << QByteArray() << "input-not-a-number";

    QTest::newRow("workspace set same option twice")
        << test::words({"workspace", "set", "demo", "--option", "notebook-results-in-customer-storage=on", "--option",
                        "notebook-results-in-customer-storage=off"})
        << QByteArray() << "option-key-repeated";
    QTest::newRow("workspace set option maybe")
        << test::words({"workspace", "set", "demo", "--option", "notebook-results-in-customer-storage=maybe"})
        << QByteArray() << "input-not-a-boolean";
    QTest::newRow("workspace create same option twice")
        << test::words({"workspace", "create", "other", "--option", "dbfs-double-encryption", "--option",
                        "dbfs-double-encryption"})
        << QByteArray() << "option-key-repeated";

    QTest::newRow("history verify extra")
        << test::words({"history", "verify", "extra"}) << QByteArray() << "argument-unexpected";
    QTest::newRow("store list extra") << test::words({"store", "list", "extra"}) << QByteArray()
                                      << "argument-unexpected";
    QTest::newRow("encrypt extra") << test::words({"encrypt", "--workspace", "demo", "extra"}) << QByteArray()
                                   << "argument-unexpected";
    QTest::newRow("store show two names")
        << test::words({"store", "show", "demo-vault", "extra"}) << QByteArray() << "argument-unexpected";
}

void TestCliInput::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("input-file"));
    test::writeFile(path, file);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), path);
    const CtlRun r = ctl(args << QStringLiteral("--json"));
    QVERIFY2(r.status == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.status).arg(QString::fromUtf8(r.err))));
    QCOMPARE(r.errorCode(), QStringLiteral("invalid-argument"));
    QCOMPARE(r.errorReason(), reason);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(state(), m_state); // the same as after the set-up: no row changed anything
}

void TestCliInput::holdHoursWithUnitHolds()
{
    // "48h" is 48 hours, not 0: the rotation was minutes ago, so the hold period refuses (7) and the old version
    // stays enabled.
    const QString vault = keystore::LocalVault::pathFor(data(), QStringLiteral("demo-vault"));
    const QByteArray before = test::readFile(vault);
    const CtlRun r = ctl(test::words({"retire", "--workspace", "demo", "--feature", "managed-services", "--json",
                                      "--quiet", "--hold-hours", "48h", "--version"})
                         << m_oldVersion);
    QVERIFY2(r.status == 7, r.err.constData());
    const CtlRun show = ctl(test::words({"key", "show", "demo-managed-services", "--store", "demo-vault", "--version"})
                            << m_oldVersion << QStringLiteral("--json"));
    QVERIFY2(show.status == 0, show.err.constData());
    QVERIFY(show.json().object().value(QStringLiteral("enabled")).toBool());
    QCOMPARE(test::readFile(vault), before); // no key version touched
}

void TestCliInput::pastNotBeforeWarns()
{
    // Accepted, with a warning: the key is usable at once. With --json the warning is in the output.
    CtlRun r =
        ctl(test::words({"key", "create", "warned", "--store", "demo-vault", "--not-before", "2001-01-01", "--json"}));
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonArray warnings = r.json().object().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("input-date-in-past"));
    QCOMPARE(warnings.first().toObject().value(QStringLiteral("args")).toArray().first().toString(),
             QStringLiteral("--not-before"));
    // Without --json it is a line on standard error.
    r = ctl(test::words({"key", "create", "warned-too", "--store", "demo-vault", "--not-before", "2001-01-01"}));
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.err.contains("2001-01-01"));
}

void TestCliInput::tokenSettingsNotIgnored()
{
    if (test::softHsmModulePath().isEmpty())
        QSKIP("SoftHSM2 is needed (package softhsm2)");
    test::SoftHsm hsm(m_dir.filePath(QStringLiteral("hsm")));
    QVERIFY(
        !hsm.initToken(QStringLiteral("kw-input"), QStringLiteral("97531864"), QString::fromLatin1(UserPin)).isEmpty());
    const QString pinFile = m_dir.filePath(QStringLiteral("pin"));
    test::writeFile(pinFile, QByteArray(UserPin) + '\n');
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), hsm.confPath());
    const auto run = [&](const QStringList &args) {
        return test::runKeywardctl(QStringList(args) << QStringLiteral("--data-dir") << data(), {}, env);
    };
    const QStringList add = test::words({"store", "add", "pkcs11", "--module"})
                            << test::softHsmModulePath() << QStringLiteral("--token-label")
                            << QStringLiteral("kw-input") << QStringLiteral("--pin-file") << pinFile
                            << QStringLiteral("--json");
    // First use: the token takes Keyward's settings (purge protection on, 90 days).
    CtlRun r = run(QStringList(add) << QStringLiteral("hsm"));
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(run(test::words({"store", "remove", "hsm"})).status == 0);
    const QByteArray stores = test::readFile(QDir(data()).filePath(QStringLiteral("stores.json")));

    // Added again with weaker settings: refused, not silently ignored; nothing is registered.
    r = run(QStringList(add) << QStringLiteral("hsm2") << QStringLiteral("--retention-days") << QStringLiteral("7")
                             << QStringLiteral("--no-purge-protection"));
    QVERIFY2(r.status == 2, r.err.constData());
    QCOMPARE(r.errorReason(), QStringLiteral("store-setting-fixed"));
    QCOMPARE(test::readFile(QDir(data()).filePath(QStringLiteral("stores.json"))), stores);
    r = run(QStringList(add) << QStringLiteral("hsm2") << QStringLiteral("--no-purge-protection"));
    QVERIFY2(r.status == 2, r.err.constData());
    QCOMPARE(r.errorReason(), QStringLiteral("store-setting-fixed"));
    QCOMPARE(QJsonDocument::fromJson(r.err).object()[QStringLiteral("error")][QStringLiteral("args")][1].toString(),
             QStringLiteral("purge-protection"));
    // The same settings as the token's: accepted.
    r = run(QStringList(add) << QStringLiteral("hsm2") << QStringLiteral("--retention-days") << QStringLiteral("90"));
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(run(test::words({"store", "remove", "hsm2"})).status == 0);
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
