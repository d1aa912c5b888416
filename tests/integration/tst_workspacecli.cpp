// TestWorkspaceCli: `keywardctl workspace`, `assign` and `history` as processes, over a catalog in a private data
// directory and local vaults whose master keys are in a real GNOME keyring (private D-Bus session) or under a
// passphrase; history entries are appended through the catalog and tampered with through raw SQL.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "keystore/LocalVault.h"
#include "model/DataTypeCatalogue.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace keyward;

using Run = test::CtlRun;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

catalog::HistoryEntry entry(const QString &workspace, const QString &oldVersion, const QString &newVersion)
{
    catalog::HistoryEntry e;
    e.workspace = workspace;
    e.feature = QStringLiteral("managed-services");
    e.key = QStringLiteral("main/cmk");
    e.oldVersion = oldVersion;
    e.newVersion = newVersion;
    e.objectsTouched = 0;
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    return e;
}

} // namespace

class TestWorkspaceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workspaceCreateListShow();
    void workspaceSet();
    void assignRefused_data();
    void assignRefused();
    void assignPinnedAndFollowing();
    void clearAssignment();
    void everyChangeIsAudited();
    void historyListsEntries();
    void historyVerifyIntact();
    void historyVerifyTampered_data();
    void historyVerifyTampered();
    void usage();

private:
    Run ctl(QStringList args, const QString &dataDir = {});
    QJsonObject showJson(const QString &workspace);
    QString newestVersion(const QString &store, const QString &key, const QStringList &extra = {});
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;
    QString m_passFile;
    QString m_cmkV1;
};

void TestWorkspaceCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passFile = m_dir.filePath(QStringLiteral("pass.txt"));
    QFile f(m_passFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("workspace passphrase 42\n");
    f.close();

    Run r = ctl(test::words({"store", "add", "local", "main", "--protection", "keychain"}));
    KW_COMPARE_STATUS(r, 0);
    r = ctl(test::words({"store", "add", "local", "nopurge", "--protection", "keychain", "--no-purge-protection"}));
    KW_COMPARE_STATUS(r, 0);
    r = ctl(test::words({"store", "add", "local", "nosoft", "--protection", "keychain", "--no-soft-delete"}));
    KW_COMPARE_STATUS(r, 0);
    r = ctl(test::words({"store", "add", "local", "pp", "--protection", "passphrase", "--passphrase-file"})
            << m_passFile);
    KW_COMPARE_STATUS(r, 0);

    const QStringList main = test::words({"--store", "main"});
    const QList<QStringList> keys = {
        test::words({"key", "create", "cmk", "--type", "aes"}) + main,
        test::words({"key", "create", "rsa", "--size", "2048"}) + main,
        test::words({"key", "create", "disk", "--type", "aes"}) + main,
        test::words({"key", "create", "off", "--type", "aes"}) + main,
        test::words({"key", "create", "later", "--type", "aes", "--not-before", "2099-01-01"}) + main,
        test::words({"key", "create", "gone", "--type", "aes"}) + main,
        test::words({"key", "create", "k", "--type", "aes", "--store", "nopurge"}),
        test::words({"key", "create", "k", "--type", "aes", "--store", "nosoft"}),
    };
    for (const QStringList &k : keys) {
        r = ctl(k);
        KW_COMPARE_STATUS(r, 0);
    }
    m_cmkV1 = newestVersion(s("main"), s("cmk"));
    QVERIFY(!m_cmkV1.isEmpty());
    r = ctl(test::words({"key", "disable", "off", "--version"}) << newestVersion(s("main"), s("off")) << main);
    KW_COMPARE_STATUS(r, 0);
    KW_COMPARE_STATUS(ctl(test::words({"key", "delete", "gone"}) + main), 0);

    // The CLI makes keys for wrapKey and unwrapKey; one that can only wrap is made through the store itself.
    secrets::MemorySecretStore memory;
    test::ScriptedPrompt prompt;
    prompt.answer("workspace passphrase 42");
    auto vault = keystore::LocalVault::open(keystore::LocalVault::pathFor(dataDir(), s("pp")), memory, &prompt);
    QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().detail));
    keystore::CreateKeyRequest wrapOnly(s("wraponly"), keystore::KeyKind::Aes, 256);
    wrapOnly.operations = test::words({"wrapKey"});
    QVERIFY((*vault)->createKey(wrapOnly).ok());
    keystore::CreateKeyRequest good(s("good"), keystore::KeyKind::Aes, 256);
    QVERIFY((*vault)->createKey(good).ok());
    // keywardctl refuses to make a key that has expired already; the store itself makes one for the check list.
    keystore::CreateKeyRequest old(s("old"), keystore::KeyKind::Aes, 256);
    old.expires = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY((*vault)->createKey(old).ok());

    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "prod", "--region", "westeurope", "--option",
                                       "notebook-results-in-customer-storage"})),
                      0);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "cheap", "--plan", "standard"})), 0);
}

Run TestWorkspaceCli::ctl(QStringList args, const QString &dir)
{
    args << QStringLiteral("--data-dir") << (dir.isEmpty() ? dataDir() : dir);
    return test::runKeywardctl(args);
}

QJsonObject TestWorkspaceCli::showJson(const QString &workspace)
{
    const Run r = ctl(test::words({"workspace", "show", "--json"}) << workspace);
    if (r.status != 0)
        qWarning("workspace show failed: %s", r.err.constData());
    return r.json().object();
}

QString TestWorkspaceCli::newestVersion(const QString &store, const QString &key, const QStringList &extra)
{
    const Run r = ctl(test::words({"key", "show", "--json", "--store"}) << store << key << extra);
    if (r.status != 0)
        return {};
    return r.json().array().last().toObject().value(QStringLiteral("version")).toString();
}

void TestWorkspaceCli::workspaceCreateListShow()
{
    // The default storage: <data dir>/workspaces/NAME with the four areas.
    const QString storage = QDir(dataDir()).filePath(QStringLiteral("workspaces/prod"));
    for (const char *area : {"control-plane", "root", "disks", "serverless"})
        QVERIFY2(QFileInfo(QDir(storage).filePath(s(area))).isDir(), area);

    // A chosen folder, JSON out.
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere/lab"));
    Run r = ctl(test::words({"workspace", "create", "lab", "--plan", "premium", "--option", "dbfs-double-encryption",
                             "--json", "--storage"})
                << elsewhere);
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject created = r.json().object();
    QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("lab"));
    QCOMPARE(created.value(QStringLiteral("plan")).toString(), QStringLiteral("premium"));
    QVERIFY(created.value(QStringLiteral("region")).isNull());
    QCOMPARE(created.value(QStringLiteral("storage")).toString(), QDir::cleanPath(elsewhere));
    QVERIFY(
        created.value(QStringLiteral("options")).toObject().value(QStringLiteral("dbfs-double-encryption")).toBool());
    QVERIFY(created.value(QStringLiteral("assignments")).toObject().value(QStringLiteral("dbfs-root")).isNull());
    QVERIFY(QFileInfo(QDir(elsewhere).filePath(QStringLiteral("serverless"))).isDir());

    // Refusals: a taken name, a taken folder, bad names, plans and options.
    r = ctl(test::words({"workspace", "create", "prod", "--json"}));
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("workspace-exists"));
    r = ctl(test::words({"workspace", "create", "lab2", "--storage"}) << elsewhere);
    KW_COMPARE_STATUS(r, 7);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "a/b"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "x"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "ok-name", "--plan", "gold"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "ok-name", "--option", "turbo"})), 2);

    r = ctl(test::words({"workspace", "list", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    const QJsonArray all = r.json().array();
    QStringList names;
    for (const QJsonValue &v : all)
        names << v.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, test::words({"cheap", "lab", "prod"}));
    r = ctl(test::words({"workspace", "list"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("prod") && r.out.contains("westeurope") && r.out.contains("0/3"));

    const QJsonObject shown = showJson(s("prod"));
    QCOMPARE(shown.value(QStringLiteral("region")).toString(), QStringLiteral("westeurope"));
    QCOMPARE(shown.value(QStringLiteral("storage")).toString(), storage);
    QVERIFY(shown.value(QStringLiteral("feature_keys")).toArray().isEmpty());
    const QJsonObject matrix = shown.value(QStringLiteral("matrix")).toObject();
    QCOMPARE(matrix.value(QStringLiteral("format")).toString(), QStringLiteral("keyward.matrix"));
    QCOMPARE(matrix.value(QStringLiteral("rows")).toArray().size(), model::DataTypeCatalogue::all().size());
    QCOMPARE(matrix.value(QStringLiteral("summary")).toObject().value(QStringLiteral("moved-by-option")).toInt(), 1);
    QCOMPARE(matrix.value(QStringLiteral("summary")).toObject().value(QStringLiteral("customer-key")).toInt(), 0);

    r = ctl(test::words({"workspace", "show", "prod"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("Key assignments"));
    QVERIFY(r.out.contains("notebook-results-in-customer-storage"));
    QVERIFY(r.out.contains("Coverage by feature"));
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "show", "nowhere"})), 6);
}

void TestWorkspaceCli::workspaceSet()
{
    Run r = ctl(test::words({"workspace", "set", "lab", "--region", "northeurope", "--option",
                             "notebook-results-in-customer-storage=on", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("region")).toString(), QStringLiteral("northeurope"));
    QCOMPARE(r.json().object().value(QStringLiteral("changes")).toArray().size(), 2);
    QJsonObject shown = showJson(s("lab"));
    QCOMPARE(shown.value(QStringLiteral("region")).toString(), QStringLiteral("northeurope"));
    QVERIFY(shown.value(QStringLiteral("options"))
                .toObject()
                .value(QStringLiteral("notebook-results-in-customer-storage"))
                .toBool());

    r = ctl(test::words({"workspace", "set", "lab", "--plan", "standard"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(showJson(s("lab")).value(QStringLiteral("plan")).toString(), QStringLiteral("standard"));
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "set", "lab", "--plan", "premium"})), 0);
    r = ctl(test::words({"workspace", "set", "lab", "--plan", "premium"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("unchanged"));

    // Double encryption is chosen at creation only.
    r = ctl(test::words({"workspace", "set", "lab", "--option", "dbfs-double-encryption=off", "--json"}));
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("double-encryption-fixed"));
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "set", "lab"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "set", "lab", "--option", "dbfs-double-encryption"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "set", "lab", "--option", "turbo=on"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "set", "nowhere", "--region", "x"})), 6);
}

void TestWorkspaceCli::assignRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says"); // the reason (or code) of the JSON error; empty: a usage error

    const QStringList prod = test::words({"assign", "--workspace", "prod"});
    QTest::newRow("standard plan") << test::words({"assign", "--workspace", "cheap", "--feature", "managed-services",
                                                   "--store", "main", "--key", "cmk"})
                                   << 7 << s("plan-not-premium");
    QTest::newRow("disabled key") << prod + test::words(
                                                {"--feature", "managed-services", "--store", "main", "--key", "off"})
                                  << 4 << s("key-version-disabled");
    QTest::newRow("expired key") << prod +
                                        test::words({"--feature", "managed-services", "--store", "pp", "--key", "old",
                                                     "--passphrase-file"}) +
                                        QStringList{m_passFile}
                                 << 4 << s("key-version-expired");
    QTest::newRow("not yet valid") << prod +
                                          test::words({"--feature", "dbfs-root", "--store", "main", "--key", "later"})
                                   << 4 << s("key-version-not-yet-valid");
    QTest::newRow("deleted key") << prod + test::words({"--feature", "dbfs-root", "--store", "main", "--key", "gone"})
                                 << 4 << s("key-deleted");
    QTest::newRow("no unwrapKey") << prod +
                                         test::words({"--feature", "dbfs-root", "--store", "pp", "--key", "wraponly",
                                                      "--passphrase-file"}) +
                                         QStringList{m_passFile}
                                  << 7 << s("key-operation-missing");
    QTest::newRow("no purge protection") << prod + test::words(
                                                       {"--feature", "dbfs-root", "--store", "nopurge", "--key", "k"})
                                         << 7 << s("store-purge-protection-off");
    QTest::newRow("no soft delete") << prod + test::words({"--feature", "dbfs-root", "--store", "nosoft", "--key", "k"})
                                    << 7 << s("store-soft-delete-off");
    QTest::newRow("follow-latest not for DBFS root")
        << prod + test::words({"--feature", "dbfs-root", "--store", "main", "--key", "cmk", "--follow-latest"}) << 2
        << QString();
    QTest::newRow("follow-latest not for managed services")
        << prod + test::words({"--feature", "managed-services", "--store", "main", "--key", "cmk", "--follow-latest"})
        << 2 << QString();
    QTest::newRow("unknown store") << prod + test::words({"--feature", "dbfs-root", "--store", "nope", "--key", "cmk"})
                                   << 6 << s("not-found");
    QTest::newRow("unknown key") << prod + test::words({"--feature", "dbfs-root", "--store", "main", "--key", "nokey"})
                                 << 6 << s("key-not-found");
    QTest::newRow("unknown version") << prod + test::words({"--feature", "dbfs-root", "--store", "main", "--key", "cmk",
                                                            "--version", "00ff"})
                                     << 6 << s("key-version-not-found");
    QTest::newRow("unknown workspace") << test::words({"assign", "--workspace", "nowhere", "--feature", "dbfs-root",
                                                       "--store", "main", "--key", "cmk"})
                                       << 6 << s("workspace-not-found");
    QTest::newRow("platform feature") << prod +
                                             test::words({"--feature", "platform", "--store", "main", "--key", "cmk"})
                                      << 2 << QString();
    QTest::newRow("no key") << prod + test::words({"--feature", "dbfs-root", "--store", "main"}) << 2 << QString();
    QTest::newRow("version and follow-latest")
        << prod + test::words({"--feature", "managed-disks", "--store", "main", "--key", "disk", "--version", "x",
                               "--follow-latest"})
        << 2 << QString();
    QTest::newRow("clear with a key") << prod + test::words({"--feature", "dbfs-root", "--clear", "--key", "cmk"}) << 2
                                      << QString();
}

void TestWorkspaceCli::assignRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, says);
    const Run r = ctl(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromUtf8(r.err))));
    if (!says.isEmpty()) {
        const QJsonObject e = QJsonDocument::fromJson(r.err).object().value(QStringLiteral("error")).toObject();
        QVERIFY2(e.value(QStringLiteral("reason")).toString() == says ||
                     e.value(QStringLiteral("code")).toString() == says,
                 r.err.constData());
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY(r.out.isEmpty());
    // Nothing was saved.
    const QJsonObject assignments = showJson(s("prod")).value(QStringLiteral("assignments")).toObject();
    for (const char *feature : {"managed-services", "dbfs-root", "managed-disks"})
        QVERIFY2(assignments.value(s(feature)).isNull(), feature);
}

void TestWorkspaceCli::assignPinnedAndFollowing()
{
    // Default: the newest version, pinned.
    Run r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "managed-services", "--store", "main",
                             "--key", "cmk", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("workspace")).toString(), QStringLiteral("prod"));
    QCOMPARE(o.value(QStringLiteral("feature")).toString(), QStringLiteral("managed-services"));
    QCOMPARE(o.value(QStringLiteral("store")).toString(), QStringLiteral("main"));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("cmk"));
    QCOMPARE(o.value(QStringLiteral("version")).toString(), m_cmkV1);
    QCOMPARE(o.value(QStringLiteral("follow_latest")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("key_id")).toString(), QStringLiteral("vault://main/keys/cmk/") + m_cmkV1);
    QCOMPARE(o.value(QStringLiteral("key_type")).toString(), QStringLiteral("AES-256"));
    QVERIFY(o.value(QStringLiteral("previous")).isNull());

    // After a rotation a chosen older version can still be pinned; the default takes the new one.
    KW_COMPARE_STATUS(ctl(test::words({"key", "rotate", "cmk", "--store", "main"})), 0);
    const QString v2 = newestVersion(s("main"), s("cmk"));
    QVERIFY(v2 != m_cmkV1);
    r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "dbfs-root", "--store", "main", "--key", "cmk",
                         "--version"})
            << m_cmkV1);
    KW_COMPARE_STATUS(r, 0);
    QVERIFY2(r.out.contains("pinned to version " + m_cmkV1.toLatin1()), r.out.constData());
    r = ctl(test::words(
        {"assign", "--workspace", "prod", "--feature", "dbfs-root", "--store", "main", "--key", "cmk", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("version")).toString(), v2);
    QCOMPARE(r.json().object().value(QStringLiteral("previous")).toString(), QStringLiteral("main/cmk/") + m_cmkV1);

    // An RSA key and a key from a passphrase store pass too.
    r = ctl(test::words({"assign", "--workspace", "lab", "--feature", "managed-services", "--store", "main", "--key",
                         "rsa", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("key_type")).toString(), QStringLiteral("RSA-2048"));
    r = ctl(test::words({"assign", "--workspace", "lab", "--feature", "dbfs-root", "--store", "pp", "--key", "good",
                         "--passphrase-file"})
            << m_passFile);
    KW_COMPARE_STATUS(r, 0);

    // Managed disks follow the latest version: no version saved, and the workspace option says so.
    r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "managed-disks", "--store", "main", "--key",
                         "disk", "--follow-latest", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.json().object().value(QStringLiteral("version")).isNull());
    QCOMPARE(r.json().object().value(QStringLiteral("follow_latest")).toBool(), true);

    const QJsonObject shown = showJson(s("prod"));
    const QJsonObject assignments = shown.value(QStringLiteral("assignments")).toObject();
    const QJsonObject ms = assignments.value(QStringLiteral("managed-services")).toObject();
    QCOMPARE(ms.value(QStringLiteral("version")).toString(), m_cmkV1);
    QCOMPARE(ms.value(QStringLiteral("ref")).toString(), QStringLiteral("main/cmk/") + m_cmkV1);
    const QJsonObject disks = assignments.value(QStringLiteral("managed-disks")).toObject();
    QVERIFY(disks.value(QStringLiteral("version")).isNull());
    QVERIFY(disks.value(QStringLiteral("follow_latest")).toBool());
    QVERIFY(shown.value(QStringLiteral("options"))
                .toObject()
                .value(QStringLiteral("managed-disk-rotate-to-latest"))
                .toBool());
    // The matrix is computed from the real assignments.
    const QJsonObject matrix = shown.value(QStringLiteral("matrix")).toObject();
    QCOMPARE(matrix.value(QStringLiteral("summary")).toObject().value(QStringLiteral("no-key-assigned")).toInt(), 0);
    bool sawDisk = false;
    for (const QJsonValue &v : matrix.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("feature")).toString() == QLatin1String("managed-disks")) {
            sawDisk = true;
            QCOMPARE(row.value(QStringLiteral("coverage")).toString(), QStringLiteral("customer-key"));
            QCOMPARE(row.value(QStringLiteral("key")).toString(), QStringLiteral("main/disk"));
            QVERIFY(row.value(QStringLiteral("rotate-to-latest")).toBool());
        }
        if (row.value(QStringLiteral("feature")).toString() == QLatin1String("managed-services") &&
            row.value(QStringLiteral("coverage")).toString() == QLatin1String("customer-key"))
            QCOMPARE(row.value(QStringLiteral("key")).toString(), QStringLiteral("main/cmk/") + m_cmkV1);
    }
    QVERIFY(sawDisk);
    r = ctl(test::words({"workspace", "show", "prod"}));
    QVERIFY(r.out.contains("follows latest"));
    QVERIFY(r.out.contains(m_cmkV1.toLatin1()));

    // The option and the disk assignment cannot disagree; nor can a keyed workspace go Standard.
    r = ctl(test::words({"workspace", "set", "prod", "--option", "managed-disk-rotate-to-latest=off"}));
    KW_COMPARE_STATUS(r, 7);
    QVERIFY2(r.err.contains("--version"), r.err.constData()); // the command that fixes it is named
    QCOMPARE(ctl(test::words({"workspace", "set", "prod", "--option", "managed-disk-rotate-to-latest=off", "--json"}))
                 .errorReason(),
             s("disks-following-not-pinned"));
    r = ctl(test::words({"workspace", "set", "prod", "--plan", "standard"}));
    KW_COMPARE_STATUS(r, 7);
    QVERIFY2(r.err.contains("--clear"), r.err.constData());

    // Pinning the disks turns the option off again.
    r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "managed-disks", "--store", "main", "--key",
                         "disk", "--version"})
            << newestVersion(s("main"), s("disk")));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(!showJson(s("prod"))
                 .value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("managed-disk-rotate-to-latest"))
                 .toBool());
    r = ctl(test::words({"workspace", "set", "prod", "--option", "managed-disk-rotate-to-latest=on", "--json"}));
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("disks-pinned-not-following"));
}

void TestWorkspaceCli::clearAssignment()
{
    Run r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "managed-disks", "--clear", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("cleared")).toBool(), true);
    QVERIFY(showJson(s("prod"))
                .value(QStringLiteral("assignments"))
                .toObject()
                .value(QStringLiteral("managed-disks"))
                .isNull());
    r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "managed-disks", "--clear"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("had no key assigned"));

    // A feature whose objects are encrypted under an active feature key keeps its key.
    {
        auto c = catalog::Catalog::open(catalog::Catalog::defaultPath(dataDir()));
        QVERIFY(c.ok());
        auto ws = (*c)->workspace(QStringLiteral("prod"));
        QVERIFY(ws.ok());
        catalog::FeatureKeyRecord fk;
        fk.fkId = QByteArray(16, '\x5a');
        fk.workspaceId = ws->id;
        fk.feature = model::Feature::DbfsRoot;
        fk.store = QStringLiteral("main");
        fk.keyName = QStringLiteral("cmk");
        fk.keyVersion = m_cmkV1;
        fk.kekId = QStringLiteral("vault://main/keys/cmk/") + m_cmkV1;
        fk.wrapAlg = QStringLiteral("CKM_AES_KEY_WRAP_PAD");
        fk.wrappedFk = QByteArray(40, 'w');
        QVERIFY((*c)->insertFeatureKey(fk).ok());
    }
    r = ctl(test::words({"assign", "--workspace", "prod", "--feature", "dbfs-root", "--clear", "--json"}));
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("feature-key-still-active"));
    QVERIFY(!showJson(s("prod"))
                 .value(QStringLiteral("assignments"))
                 .toObject()
                 .value(QStringLiteral("dbfs-root"))
                 .isNull());

    // It is listed with its fk_id and KEK, and a new assignment says the FK stays wrapped until a rotation.
    const QJsonArray fks = showJson(s("prod")).value(QStringLiteral("feature_keys")).toArray();
    QCOMPARE(fks.size(), 1);
    QCOMPARE(fks.first().toObject().value(QStringLiteral("fk_id")).toString(),
             QString::fromLatin1(QByteArray(16, '\x5a').toHex()));
    QCOMPARE(fks.first().toObject().value(QStringLiteral("generation")).toInt(), 1);
    QCOMPARE(fks.first().toObject().value(QStringLiteral("kek_id")).toString(),
             QStringLiteral("vault://main/keys/cmk/") + m_cmkV1);
    r = ctl(test::words({"workspace", "show", "prod"}));
    QVERIFY(r.out.contains("generation 1"));
    r = ctl(
        test::words({"assign", "--workspace", "prod", "--feature", "dbfs-root", "--store", "main", "--key", "cmk"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY2(r.out.contains("stays wrapped under vault://main/keys/cmk/" + m_cmkV1.toLatin1()), r.out.constData());
}

void TestWorkspaceCli::everyChangeIsAudited()
{
    auto c = catalog::Catalog::open(catalog::Catalog::defaultPath(dataDir()));
    QVERIFY(c.ok());
    auto log = (*c)->auditLog();
    QVERIFY(log.ok());
    QMap<QString, int> actions;
    for (const catalog::AuditEntry &e : *log) {
        ++actions[e.action];
        QVERIFY(!e.actor.isEmpty());
        QVERIFY(e.at.isValid());
    }
    QCOMPARE(actions.value(QStringLiteral("workspace.create")), 3); // prod, cheap, lab
    QCOMPARE(actions.value(QStringLiteral("workspace.set")), 3);    // refusals and no-ops leave none
    QCOMPARE(actions.value(QStringLiteral("assign")), 8);
    QCOMPARE(actions.value(QStringLiteral("assign.clear")), 1);
    bool sawPrevious = false;
    for (const catalog::AuditEntry &e : *log)
        sawPrevious |= e.action == QLatin1String("assign") && e.target == QLatin1String("prod") &&
                       e.detail.startsWith(QLatin1String("dbfs-root -> main/cmk/")) &&
                       e.detail.contains(QLatin1String("(was main/cmk/"));
    QVERIFY(sawPrevious);
}

void TestWorkspaceCli::historyListsEntries()
{
    {
        auto c = catalog::Catalog::open(catalog::Catalog::defaultPath(dataDir()));
        QVERIFY(c.ok());
        QVERIFY((*c)->appendHistory(entry(s("prod"), s("v1"), s("v2"))).ok());
        catalog::HistoryEntry e = entry(s("lab"), s("a1"), s("a2"));
        e.objectsTouched = 17;
        e.action = QStringLiteral("rekey");
        QVERIFY((*c)->appendHistory(e).ok());
        QVERIFY((*c)->appendHistory(entry(s("prod"), s("v2"), s("v3"))).ok());
    }
    Run r = ctl(test::words({"history", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    const QJsonArray all = r.json().array();
    QCOMPARE(all.size(), 3);
    const QJsonObject second = all.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("seq")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("workspace")).toString(), QStringLiteral("lab"));
    QCOMPARE(second.value(QStringLiteral("feature")).toString(), QStringLiteral("managed-services"));
    QCOMPARE(second.value(QStringLiteral("key")).toString(), QStringLiteral("main/cmk"));
    QCOMPARE(second.value(QStringLiteral("old_version")).toString(), QStringLiteral("a1"));
    QCOMPARE(second.value(QStringLiteral("new_version")).toString(), QStringLiteral("a2"));
    QCOMPARE(second.value(QStringLiteral("objects_touched")).toInt(), 17);
    QCOMPARE(second.value(QStringLiteral("action")).toString(), QStringLiteral("rekey"));
    QCOMPARE(second.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QVERIFY(!second.value(QStringLiteral("actor")).toString().isEmpty());
    QVERIFY(QDateTime::fromString(second.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(second.value(QStringLiteral("hash")).toString().size(), 64);
    QCOMPARE(second.value(QStringLiteral("prev_hash")).toString(),
             all.at(0).toObject().value(QStringLiteral("hash")).toString());

    r = ctl(test::words({"history", "--workspace", "prod", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().size(), 2);
    QCOMPARE(r.json().array().at(1).toObject().value(QStringLiteral("seq")).toInt(), 3);

    r = ctl(test::words({"history"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("SEQ"));
    QVERIFY(r.out.contains("v1 -> v2"));
    QVERIFY(r.out.contains("rekey"));
    // A workspace the catalog does not hold is mistyped, not one with no history.
    r = ctl(test::words({"history", "--workspace", "nowhere", "--json"}));
    KW_COMPARE_STATUS(r, 6);
    QCOMPARE(r.errorReason(), QStringLiteral("workspace-not-found"));
}

void TestWorkspaceCli::historyVerifyIntact()
{
    Run r = ctl(test::words({"history", "verify"}));
    KW_COMPARE_STATUS(r, 0);
    const QByteArray head = ctl(test::words({"history", "--json"}))
                                .json()
                                .array()
                                .last()
                                .toObject()
                                .value(QStringLiteral("hash"))
                                .toString()
                                .toLatin1();
    QCOMPARE(r.out.trimmed(), "history intact: 3 entries, head " + head.left(16));
    r = ctl(test::words({"history", "verify", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("entries")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("head")).toString().toLatin1(), head);
    QVERIFY(o.value(QStringLiteral("bad_seq")).isNull());
    QVERIFY(o.value(QStringLiteral("problem")).isNull());

    // An empty history is intact too; a data directory with no catalog at all has no history to verify.
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    r = ctl(test::words({"history", "verify"}), empty);
    KW_COMPARE_STATUS(r, 6);
    QVERIFY(!QFileInfo::exists(empty));
    QVERIFY(catalog::Catalog::open(catalog::Catalog::defaultPath(empty)).ok());
    r = ctl(test::words({"history", "verify"}), empty);
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("history intact: 0 entries"));
}

void TestWorkspaceCli::historyVerifyTampered_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<int>("badSeq");
    QTest::addColumn<QString>("says");

    const QStringList unlock =
        test::words({"DROP TRIGGER history_append_only_update", "DROP TRIGGER history_append_only_delete"});
    QTest::newRow("edited") << unlock + test::words({"UPDATE history SET new_version = 'v9' WHERE seq = 3"}) << 3
                            << s("entry 3 was edited");
    QTest::newRow("edited count") << unlock + test::words({"UPDATE history SET objects_touched = 999 WHERE seq = 2"})
                                  << 2 << s("entry 2 was edited");
    QTest::newRow("deleted") << unlock + test::words({"DELETE FROM history WHERE seq = 2"}) << 3
                             << s("entry 2 is missing");
    // seq is the row's key, so a swap of two entries shows as the first of them no longer matching its hash.
    QTest::newRow("reordered") << unlock + test::words({"UPDATE history SET seq = -1 WHERE seq = 2",
                                                        "UPDATE history SET seq = 2 WHERE seq = 4",
                                                        "UPDATE history SET seq = 4 WHERE seq = -1"})
                               << 2 << s("entry 2 was edited");
    QTest::newRow("renumbered") << unlock + test::words({"UPDATE history SET seq = 7 WHERE seq = 2"}) << 3
                                << s("entry 2 is missing");
    QTest::newRow("truncated") << unlock + test::words({"DELETE FROM history WHERE seq = 5"}) << 5 << s("removed");
    QTest::newRow("head gone") << test::words({"DELETE FROM history_head"}) << 1 << s("head record is missing");
}

void TestWorkspaceCli::historyVerifyTampered()
{
    QFETCH(QStringList, sql);
    QFETCH(int, badSeq);
    QFETCH(QString, says);
    const QString dir = m_dir.filePath(
        QStringLiteral("tamper-%1")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QString path = catalog::Catalog::defaultPath(dir);
    {
        auto c = catalog::Catalog::open(path);
        QVERIFY(c.ok());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(
                (*c)->appendHistory(entry(s("prod"), QStringLiteral("v%1").arg(i - 1), QStringLiteral("v%1").arg(i)))
                    .ok());
    }
    Run r = ctl(test::words({"history", "verify"}), dir);
    KW_COMPARE_STATUS(r, 0); // intact before

    test::execSql(path, sql);
    r = ctl(test::words({"history", "verify"}), dir);
    KW_COMPARE_STATUS(r, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("broken at entry %1").arg(badSeq).toLatin1()), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    r = ctl(test::words({"history", "verify", "--json"}), dir);
    KW_COMPARE_STATUS(r, 3);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("bad_seq")).toInt(), badSeq);
    QVERIFY(o.value(QStringLiteral("problem")).toString().contains(says));
    QVERIFY(o.value(QStringLiteral("head")).isNull());
}

void TestWorkspaceCli::usage()
{
    KW_COMPARE_STATUS(ctl(test::words({"workspace"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "bogus"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "--help"})), 0);
    KW_COMPARE_STATUS(ctl(test::words({"workspace", "create", "--help"})), 0);
    KW_COMPARE_STATUS(ctl(test::words({"assign", "--help"})), 0);
    KW_COMPARE_STATUS(ctl(test::words({"assign"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"assign", "--workspace", "prod", "--feature", "dbfs-root", "extra"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"history", "verify", "--help"})), 0);
    KW_COMPARE_STATUS(ctl(test::words({"history", "bogus"})), 2);
    KW_COMPARE_STATUS(ctl(test::words({"history", "--bogus"})), 2);
    const Run r = test::runKeywardctl(test::words({"--help"}));
    QVERIFY(r.out.contains("workspace") && r.out.contains("assign") && r.out.contains("history"));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestWorkspaceCli t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_workspacecli.moc"
