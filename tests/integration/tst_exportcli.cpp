// TestExportCli: `keywardctl export terraform|arm` as a process over a real catalog and a local vault whose master
// key is in a real GNOME keyring (the test command's private D-Bus session): the Terraform read back by HashiCorp's
// own HCL parser (npm @cdktf/hcl2json; the test fails without it), the ARM template by QJsonDocument, --out written
// whole and never through a symbolic link, and the refusals (Standard plan, AES key, nothing assigned, the demo
// workspace's AES keys) with their exit statuses and reasons.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
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

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void terraformOnStandardOutput();
    void armToFile();
    void outRefusesSymbolicLink();
    void refusals_data();
    void refusals();
    void demoWorkspaceRefused();
    void usage_data();
    void usage();

private:
    Run ctl(QStringList args);
    QString newestVersion(const QString &key);
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;
    QString m_msV1;
};

Run TestExportCli::ctl(QStringList args)
{
    args << QStringLiteral("--data-dir") << dataDir();
    return test::runKeywardctl(args);
}

QString TestExportCli::newestVersion(const QString &key)
{
    const Run r = ctl(test::words({"key", "show", "--json", "--store", "main"}) << key);
    return r.status == 0 ? r.json().array().last().toObject().value(QStringLiteral("version")).toString() : QString();
}

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QList<QStringList> steps = {
        test::words({"store", "add", "local", "main", "--protection", "keychain"}),
        test::words({"key", "create", "cmk-ms", "--size", "3072", "--rotation-policy", "90-days", "--store", "main"}),
        test::words(
            {"key", "create", "cmk-dbfs", "--size", "2048", "--expires", "2031-01-31T00:00:00Z", "--store", "main"}),
        test::words({"key", "create", "cmk-disk", "--size", "4096", "--store", "main"}),
        test::words({"key", "create", "aes", "--type", "aes", "--store", "main"}),
        test::words({"workspace", "create", "prod", "--region", "westeurope", "--option", "dbfs-double-encryption",
                     "--option", "managed-disk-rotate-to-latest"}),
        test::words(
            {"assign", "--workspace", "prod", "--feature", "managed-services", "--store", "main", "--key", "cmk-ms"}),
        test::words(
            {"assign", "--workspace", "prod", "--feature", "dbfs-root", "--store", "main", "--key", "cmk-dbfs"}),
        test::words({"assign", "--workspace", "prod", "--feature", "managed-disks", "--store", "main", "--key",
                     "cmk-disk", "--follow-latest"}),
        test::words({"workspace", "create", "cheap", "--plan", "standard"}),
        test::words({"workspace", "create", "bare"}),
        test::words({"workspace", "create", "aesws"}),
        test::words({"assign", "--workspace", "aesws", "--feature", "dbfs-root", "--store", "main", "--key", "aes"}),
    };
    for (const QStringList &step : steps) {
        const Run r = ctl(step);
        QVERIFY2(r.status == 0,
                 qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        if (step.value(2) == QLatin1String("cmk-ms"))
            m_msV1 = newestVersion(s("cmk-ms"));
    }
    QVERIFY(!m_msV1.isEmpty());
    // The managed-services key moves on; the workspace stays pinned to the version it was given.
    KW_COMPARE_STATUS(ctl(test::words({"key", "rotate", "cmk-ms", "--store", "main"})), 0);
    QVERIFY(newestVersion(s("cmk-ms")) != m_msV1);
}

void TestExportCli::terraformOnStandardOutput()
{
    const Run r = ctl(test::words({"export", "terraform", "--workspace", "prod"}));
    KW_COMPARE_STATUS(r, 0);
    const test::HclParse parsed = test::parseHcl(r.out);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QJsonObject tf = parsed.json;

    const QJsonObject keys = test::jsonAt(tf, s("resource.azurerm_key_vault_key")).toObject();
    QCOMPARE(keys.keys(), (QStringList{s("main_cmk_dbfs"), s("main_cmk_disk"), s("main_cmk_ms")}));
    QCOMPARE(test::jsonAt(keys, s("main_cmk_ms.0.key_size")).toInt(), 3072);
    QCOMPARE(test::jsonAt(keys, s("main_cmk_dbfs.0.key_size")).toInt(), 2048);
    QCOMPARE(test::jsonAt(keys, s("main_cmk_disk.0.key_size")).toInt(), 4096);
    QCOMPARE(test::jsonAt(keys, s("main_cmk_dbfs.0.expiration_date")).toString(), s("2031-01-31T00:00:00Z"));
    // The 90-days preset, as the store keeps it.
    QCOMPARE(test::jsonAt(keys, s("main_cmk_ms.0.rotation_policy.0.automatic.0.time_after_creation")).toString(),
             s("P90D"));
    QVERIFY(test::jsonAt(keys, s("main_cmk_dbfs.0.rotation_policy")).isUndefined());
    for (const QString &k : keys.keys())
        QCOMPARE(test::jsonAt(keys, k + s(".0.key_vault_id")).toString(), s("${var.key_vault_id_main}"));

    const QJsonObject ws = test::jsonAt(tf, s("resource.azurerm_databricks_workspace.workspace.0")).toObject();
    QCOMPARE(ws.value(QStringLiteral("sku")).toString(), s("premium"));
    QCOMPARE(ws.value(QStringLiteral("customer_managed_key_enabled")).toBool(), true);
    QCOMPARE(ws.value(QStringLiteral("infrastructure_encryption_enabled")).toBool(), true);
    QCOMPARE(ws.value(QStringLiteral("managed_disk_cmk_rotation_to_latest_version_enabled")).toBool(), true);
    QCOMPARE(ws.value(QStringLiteral("managed_services_cmk_key_vault_key_id")).toString(),
             s("${azurerm_key_vault_key.main_cmk_ms.id}"));
    QCOMPARE(ws.value(QStringLiteral("managed_disk_cmk_key_vault_key_id")).toString(),
             s("${azurerm_key_vault_key.main_cmk_disk.id}"));
    QCOMPARE(test::jsonAt(
                 tf, s("resource.azurerm_databricks_workspace_root_dbfs_customer_managed_key.dbfs_root.0.depends_on.0"))
                 .toString(),
             s("${azurerm_key_vault_access_policy.workspace_storage}"));
    QCOMPARE(test::jsonAt(tf, s("resource.azurerm_key_vault_access_policy")).toObject().keys(),
             (QStringList{s("azure_databricks"), s("disk_encryption_set"), s("workspace_storage")}));
    QCOMPARE(test::jsonAt(tf, s("variable.location.0.default")).toString(), s("westeurope"));
    // The version the workspace uses, named in the key's comment (the local vault's, the key being a placeholder).
    QVERIFY(QString::fromUtf8(r.out).contains(m_msV1));
    QVERIFY(r.out.contains("BYOK"));
}

void TestExportCli::armToFile()
{
    const QString path = m_dir.filePath(QStringLiteral("prod.json"));
    const Run r = ctl(test::words({"export", "arm", "--workspace", "prod", "--json", "--out"}) << path);
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(test::jsonAt(r.json().object(), s("file")).toString(), path);
    QCOMPARE(test::jsonAt(r.json().object(), s("format")).toString(), s("arm"));
    QJsonParseError err{};
    const QJsonObject arm = QJsonDocument::fromJson(test::readFile(path), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    // The folder holds the file and nothing else: the temporary file was renamed into place.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".prod.json*")}, QDir::Files | QDir::Hidden).size(), 0);

    const QJsonArray resources = arm.value(QStringLiteral("resources")).toArray();
    QJsonObject ws;
    for (const QJsonValue &v : resources) {
        if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Microsoft.Databricks/workspaces"))
            ws = v.toObject();
    }
    QCOMPARE(test::jsonAt(ws, s("sku.name")).toString(), s("premium"));
    QCOMPARE(test::jsonAt(ws, s("properties.parameters.prepareEncryption.value")).toBool(), true);
    QCOMPARE(test::jsonAt(ws, s("properties.parameters.requireInfrastructureEncryption.value")).toBool(), true);
    QCOMPARE(test::jsonAt(ws, s("properties.encryption.entities.managedServices.keySource")).toString(),
             s("Microsoft.Keyvault"));
    QCOMPARE(
        test::jsonAt(ws, s("properties.encryption.entities.managedServices.keyVaultProperties.keyName")).toString(),
        s("cmk-ms"));
    QCOMPARE(
        test::jsonAt(ws, s("properties.encryption.entities.managedDisk.rotationToLatestKeyVersionEnabled")).toBool(),
        true);
    QCOMPARE(test::jsonAt(ws, s("properties.encryption.entities.managedDisk.keyVaultProperties.keyName")).toString(),
             s("cmk-disk"));
    QJsonObject dbfsStep;
    for (const QJsonValue &v : resources) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("keyward-dbfs-root-cmk"))
            dbfsStep = v.toObject();
    }
    const QJsonObject encryption =
        test::jsonAt(dbfsStep, s("properties.template.resources.0.properties.parameters.encryption.value")).toObject();
    QCOMPARE(encryption.value(QStringLiteral("KeyName")).toString(), s("cmk-dbfs"));
    QCOMPARE(encryption.value(QStringLiteral("keySource")).toString(), s("Microsoft.Keyvault"));
    QVERIFY(encryption.value(QStringLiteral("keyvaulturi")).toString().contains(QStringLiteral("vaultUri")));
    QVERIFY(encryption.value(QStringLiteral("keyversion")).toString().contains(QStringLiteral("keyUriWithVersion")));
    QVERIFY(arm.value(QStringLiteral("outputs")).toObject().contains(QStringLiteral("storageAccountIdentity")));
    QVERIFY(arm.value(QStringLiteral("outputs")).toObject().contains(QStringLiteral("managedDiskIdentity")));

    // Written again, the file is replaced whole.
    KW_COMPARE_STATUS(ctl(test::words({"export", "terraform", "--workspace", "prod", "--out"}) << path), 0);
    QVERIFY(test::readFile(path).startsWith("# "));
}

void TestExportCli::outRefusesSymbolicLink()
{
    const QString target = m_dir.filePath(QStringLiteral("precious.txt"));
    test::writeFile(target, "keep me\n");
    const QString link = m_dir.filePath(QStringLiteral("link.tf"));
    QVERIFY(QFile::link(target, link));
    const Run r = ctl(test::words({"export", "terraform", "--workspace", "prod", "--json", "--out"}) << link);
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), s("output-is-symlink"));
    QCOMPARE(test::readFile(target), QByteArray("keep me\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(r.out.isEmpty());
}

void TestExportCli::refusals_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    for (const char *format : {"terraform", "arm"}) {
        QTest::addRow("%s: Standard plan", format) << s(format) << s("cheap") << 7 << s("plan-not-premium");
        QTest::addRow("%s: nothing assigned", format) << s(format) << s("bare") << 7 << s("export-nothing-assigned");
        QTest::addRow("%s: AES key", format) << s(format) << s("aesws") << 7 << s("export-key-not-rsa");
        QTest::addRow("%s: no such workspace", format) << s(format) << s("nope") << 6 << s("workspace-not-found");
    }
}

void TestExportCli::refusals()
{
    QFETCH(QString, format);
    QFETCH(QString, workspace);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("refused.out"));
    const Run r = ctl(QStringList{s("export"), format, s("--workspace"), workspace, s("--json"), s("--out"), path});
    KW_COMPARE_STATUS(r, status);
    QCOMPARE(r.errorReason(), reason);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    // Without --json the refusal is one line on standard error, nothing on standard output.
    const Run plain = ctl(QStringList{s("export"), format, s("--workspace"), workspace});
    KW_COMPARE_STATUS(plain, status);
    QVERIFY(plain.out.isEmpty());
    QCOMPARE(plain.err.count('\n'), 1);
}

void TestExportCli::demoWorkspaceRefused()
{
    // The demo's managed-services and managed-disk keys are AES keys, which Azure Databricks does not take.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList where{s("--data-dir"), dir.path()};
    Run r = test::runKeywardctl(test::words({"demo", "--objects", "20", "--size-mib", "1"}) + where);
    KW_COMPARE_STATUS(r, 0);
    r = test::runKeywardctl(test::words({"export", "arm", "--workspace", "demo", "--json"}) + where);
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("export-key-not-rsa"));
    const QJsonArray args = QJsonDocument::fromJson(r.err)
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("args"))
                                .toArray();
    QCOMPARE(test::jsonAt(args, s("0")).toString(), s("demo"));
    QCOMPARE(test::jsonAt(args, s("1")).toString(), s("managed-services"));
    QCOMPARE(test::jsonAt(args, s("4")).toString(), s("AES-256"));
}

void TestExportCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("no format") << test::words({"export", "--workspace", "prod"}) << 2;
    QTest::newRow("unknown format") << test::words({"export", "bicep", "--workspace", "prod"}) << 2;
    QTest::newRow("two formats") << test::words({"export", "arm", "terraform", "--workspace", "prod"}) << 2;
    QTest::newRow("no workspace") << test::words({"export", "arm"}) << 2;
    QTest::newRow("unknown option") << test::words({"export", "arm", "--workspace", "prod", "--bogus"}) << 2;
    QTest::newRow("help") << test::words({"export", "--help"}) << 0;
}

void TestExportCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const Run r = ctl(args);
    KW_COMPARE_STATUS(r, status);
    if (status == 0)
        QVERIFY(r.out.contains("--workspace") && r.out.contains("--out"));
    else
        QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
