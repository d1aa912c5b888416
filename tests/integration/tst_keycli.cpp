// TestKeyCli: `keywardctl store` and `keywardctl key` as processes, against a local vault whose master key is
// in a real GNOME keyring (private D-Bus session) and one protected by a passphrase file.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

using Run = test::CtlRun;

class TestKeyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainVaultLifecycle();
    void passphraseVault();
    void policyFromKeyVaultExample();
    void rotationPresets();
    void errorsAndExitStatuses();
    void nothingSecretOnDisk();

private:
    Run ctl(QStringList args, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_passFile;
};

void TestKeyCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passFile = m_dir.filePath(QStringLiteral("pass.txt"));
    QFile f(m_passFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cli passphrase 123\n");
}

Run TestKeyCli::ctl(QStringList args, const QByteArray &input)
{
    args << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("data"));
    return test::runKeywardctl(args, input);
}

void TestKeyCli::keychainVaultLifecycle()
{
    Run r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("main"),
                 QStringLiteral("--protection"), QStringLiteral("keychain"), QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("protection")).toString(), QStringLiteral("keychain"));
    QVERIFY(r.json().object().value(QStringLiteral("purge_protection")).toBool());

    r = ctl({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().size(), 1);

    const QStringList store{QStringLiteral("--store"), QStringLiteral("main")};
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("cmk"),
                        QStringLiteral("--type"), QStringLiteral("aes"), QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    const QString v1 = r.json().object().value(QStringLiteral("version")).toString();
    QVERIFY(
        r.json().object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("vault://main/keys/cmk/")));

    r = ctl(
        QStringList{QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("cmk"), QStringLiteral("--json")} +
        store);
    KW_COMPARE_STATUS(r, 0);
    const QString v2 = r.json().object().value(QStringLiteral("version")).toString();
    QVERIFY(v2 != v1);

    r = ctl(
        QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("cmk"), QStringLiteral("--json")} +
        store);
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().size(), 2);

    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("disable"), QStringLiteral("cmk"),
                                      QStringLiteral("--version"), v1} +
                          store),
                      0);
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("cmk"),
                        QStringLiteral("--version"), v1, QStringLiteral("--json")} +
            store);
    QCOMPARE(r.json().object().value(QStringLiteral("enabled")).toBool(), false);
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("enable"), QStringLiteral("cmk"),
                                      QStringLiteral("--version"), v1} +
                          store),
                      0);

    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("list")} + store);
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("cmk"));
    QVERIFY(r.out.contains(v2.toLatin1()));

    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("cmk")} + store),
                      0);
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--deleted"),
                        QStringLiteral("--json")} +
            store);
    QCOMPARE(r.json().array().size(), 1);
    r = ctl(
        QStringList{QStringLiteral("key"), QStringLiteral("purge"), QStringLiteral("cmk"), QStringLiteral("--json")} +
        store);
    KW_COMPARE_STATUS(r, 7); // refused under purge protection
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("recover"), QStringLiteral("cmk")} + store),
                      0);
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("cmk")} + store),
                      0);
}

void TestKeyCli::passphraseVault()
{
    Run r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("offline"),
                 QStringLiteral("--protection"), QStringLiteral("passphrase"), QStringLiteral("--passphrase-file"),
                 m_passFile, QStringLiteral("--no-purge-protection"), QStringLiteral("--retention-days"),
                 QStringLiteral("7")});
    KW_COMPARE_STATUS(r, 0);
    const QStringList store{QStringLiteral("--store"), QStringLiteral("offline"), QStringLiteral("--passphrase-file"),
                            m_passFile};
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("rsa-kek"),
                        QStringLiteral("--size"), QStringLiteral("2048")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    // Passphrase on standard input works too.
    r = ctl({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("offline"),
             QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--json")},
            "cli passphrase 123\n");
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("size")).toInt(), 2048);
    // A wrong passphrase is told apart: exit 8, "wrong passphrase".
    r = ctl({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("offline"),
             QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--json")},
            "not it\n");
    KW_COMPARE_STATUS(r, 8);
    QCOMPARE(r.errorCode(), QStringLiteral("wrong-passphrase"));
    // Without protection, delete then purge works at once.
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("rsa-kek")} + store), 0);
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("purge"), QStringLiteral("rsa-kek")} + store), 0);
}

void TestKeyCli::policyFromKeyVaultExample()
{
    const QStringList store{QStringLiteral("--store"), QStringLiteral("main")};
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("pol"),
                                      QStringLiteral("--type"), QStringLiteral("aes")} +
                          store),
                      0);
    // The official example is a whole REST exchange; the policy is its response body.
    const QJsonObject body = test::keyVaultExampleBody(QStringLiteral("GetKeyRotationPolicy"));
    const QString file = m_dir.filePath(QStringLiteral("policy.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(body).toJson());
    f.close();
    Run r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("set"),
                            QStringLiteral("pol"), QStringLiteral("--from-json"), file} +
                store);
    KW_COMPARE_STATUS(r, 0);
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("pol"),
                        QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("lifetimeActions")), body.value(QStringLiteral("lifetimeActions")));
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("pol"),
                        QStringLiteral("--rotate-after"), QStringLiteral("P30D"), QStringLiteral("--expire-after"),
                        QStringLiteral("P1Y")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("pol")} +
            store);
    QVERIFY(r.out.contains("P30D"));
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("set"),
                                      QStringLiteral("pol"), QStringLiteral("--rotate-after"), QStringLiteral("soon")} +
                          store),
                      2);
}

void TestKeyCli::rotationPresets()
{
    const QStringList store{QStringLiteral("--store"), QStringLiteral("main")};
    // A preset at creation: the policy is set, and the first version expires as later ones will.
    Run r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("preset"),
                            QStringLiteral("--type"), QStringLiteral("aes"), QStringLiteral("--rotation-policy"),
                            QStringLiteral("90-days"), QStringLiteral("--json")} +
                store);
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject created = r.json().object();
    QVERIFY(!created.value(QStringLiteral("expires")).isNull());
    QCOMPARE(created.value(QStringLiteral("rotation_policy"))
                 .toObject()
                 .value(QStringLiteral("attributes"))
                 .toObject()
                 .value(QStringLiteral("expiryTime"))
                 .toString(),
             QStringLiteral("P180D"));
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("get"),
                        QStringLiteral("preset"), QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    const QJsonArray actions = r.json().object().value(QStringLiteral("lifetimeActions")).toArray();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()
                 .toObject()
                 .value(QStringLiteral("trigger"))
                 .toObject()
                 .value(QStringLiteral("timeAfterCreate"))
                 .toString(),
             QStringLiteral("P90D"));
    // And later, by name; an unknown one is a usage error, before anything is made.
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("set"),
                                      QStringLiteral("preset"), QStringLiteral("--preset"), QStringLiteral("2-years")} +
                          store),
                      0);
    r = ctl(
        QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("preset")} +
        store);
    QVERIFY(r.out.contains("P2Y") && r.out.contains("P4Y"));
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("never-made"),
                        QStringLiteral("--rotation-policy"), QStringLiteral("weekly")} +
            store);
    KW_COMPARE_STATUS(r, 2);
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("never-made")} + store), 6);
    // A key in the past is refused with its reason.
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("stale"),
                        QStringLiteral("--expires"), QStringLiteral("2001-01-01"), QStringLiteral("--json")} +
            store);
    QCOMPARE(r.errorReason(), QStringLiteral("key-expiry-passed"));
}

void TestKeyCli::errorsAndExitStatuses()
{
    const QStringList store{QStringLiteral("--store"), QStringLiteral("main")};
    KW_COMPARE_STATUS(
        ctl({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("nope")}), 6);
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("missing")} + store), 6);
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("pol"),
                                      QStringLiteral("--type"), QStringLiteral("aes")} +
                          store),
                      7); // name taken
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("x"),
                                      QStringLiteral("--type"), QStringLiteral("des")} +
                          store),
                      2);
    KW_COMPARE_STATUS(ctl({QStringLiteral("key"), QStringLiteral("list")}), 2); // no --store
    KW_COMPARE_STATUS(
        ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("main")}), 7);
    KW_COMPARE_STATUS(ctl({QStringLiteral("key"), QStringLiteral("bogus")}), 2);
    KW_COMPARE_STATUS(ctl({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--help")}), 0);
}

void TestKeyCli::nothingSecretOnDisk()
{
    // The passphrase never reaches Keyward's files (only the test's own pass.txt holds it).
    QStringList hits = test::filesContaining(m_dir.filePath(QStringLiteral("data")), "cli passphrase 123");
    QCOMPARE(hits, QStringList());
    QFile stores(m_dir.filePath(QStringLiteral("data/stores.json")));
    QVERIFY(stores.open(QIODevice::ReadOnly));
    const QByteArray registry = stores.readAll();
    QVERIFY(!registry.contains("passphrase 123"));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeyCli t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keycli.moc"
