// TestAzureDemo: the whole flow through keywardctl with a workspace's storage in Azure Blob Storage (Azurite, the
// emulator) and its keys in Azure Key Vault (the Key Vault test server, since no real one is reachable): store add,
// workspace and sample data on the container, keys created there and assigned after their checks, encrypt, verify,
// rotate, verify again; then the blobs are KWE1 objects that open with the store's keys, the rotation history holds,
// and no account key or client secret reached a file of the data directory.
#include "Azurite.h"
#include "KeyVaultTestServer.h"
#include "TestSupport.h"

#include "secrets/SecretStore.h"
#include "storage/AzureBlobStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

using Run = test::CtlRun;

class TestAzureDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeAddReadsProtection();
    void demoOnAzure();
    void jobsAgainAndHistory();
    void blobsAreSealed();
    void noSecretInTheDataDirectory();
    void cleanupTestCase();

private:
    Run ctl(QStringList args, const QByteArray &input = {});
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString location() const { return QStringLiteral("azure-blob:%1/cloud-demo").arg(m_azurite->blobEndpoint()); }
    QTemporaryDir m_dir;
    std::unique_ptr<test::Azurite> m_azurite;
    std::unique_ptr<test::KeyVaultTestServer> m_vault;
    QString m_secretFile;
    QString m_connectionFile;
};

void TestAzureDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString missing = test::Azurite::missing(); !missing.isEmpty())
        QFAIL(qPrintable(missing)); // scripts/test.sh installs it: a missing emulator is a broken set-up
    m_azurite = std::make_unique<test::Azurite>(m_dir.filePath(QStringLiteral("azurite")));
    QVERIFY2(m_azurite->start(), qPrintable(m_azurite->problem()));
    test::KeyVaultTestServer::Options options;
    options.dir = m_dir.filePath(QStringLiteral("ca"));
    options.recoveryLevel = QStringLiteral("Recoverable"); // purge protection on, as a production vault has it
    options.recoverableDays = 90;
    m_vault = std::make_unique<test::KeyVaultTestServer>(options);
    QVERIFY(m_vault->start());
    m_secretFile = m_dir.filePath(QStringLiteral("client-secret.txt"));
    test::writeFile(m_secretFile, options.clientSecret + '\n');
    m_connectionFile = m_dir.filePath(QStringLiteral("connection.txt"));
    test::writeFile(m_connectionFile, m_azurite->connectionString().toUtf8() + '\n');
}

void TestAzureDemo::cleanupTestCase()
{
    m_azurite.reset();
    m_vault.reset();
}

Run TestAzureDemo::ctl(QStringList args, const QByteArray &input)
{
    args << QStringLiteral("--data-dir") << dataDir();
    return test::runKeywardctl(args, input);
}

void TestAzureDemo::storeAddReadsProtection()
{
    const QString url = m_vault->baseUrl().toString();
    Run r = ctl(test::words({"store", "add", "azure-keyvault", "kv", "--vault-url"})
                << url << test::words({"--tenant", "test-tenant", "--client-id", "test-client", "--authority"}) << url
                << QStringLiteral("--ca-file") << m_vault->caFile() << QStringLiteral("--client-secret-file")
                << m_secretFile << QStringLiteral("--json"));
    KW_COMPARE_STATUS(r, 0);
    QJsonObject added = r.json().object();
    QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("azure-keyvault"));
    // An empty vault cannot tell its recovery level yet.
    QVERIFY(!added.contains(QStringLiteral("recovery_level")));

    r = ctl(test::words({"store", "list", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().size(), 1);
    // A key makes the vault's protection readable: "Recoverable" is purge protection on, 90 days.
    r = ctl(test::words({"key", "create", "probe", "--store", "kv", "--size", "2048"}));
    KW_COMPARE_STATUS(r, 0);
    r = ctl(test::words({"store", "show", "kv", "--json"}));
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("recovery_level")).toString(), QStringLiteral("Recoverable"));
    QCOMPARE(shown.value(QStringLiteral("purge_protection")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("retention_days")).toInt(), 90);
}

void TestAzureDemo::demoOnAzure()
{
    const Run r = ctl(test::words({"demo", "--workspace", "cloud", "--store", "kv", "--objects", "120", "--size-mib",
                                   "6", "--storage"})
                      << location() << QStringLiteral("--connection-string-file") << m_connectionFile);
    KW_COMPARE_STATUS_OUT(r, 0);
    const Run shown = ctl(test::words({"workspace", "show", "cloud", "--json"}));
    KW_COMPARE_STATUS(shown, 0);
    const QJsonObject ws = shown.json().object();
    QCOMPARE(ws.value(QStringLiteral("storage")).toString(), location());
    // Every assignment names a key of the Azure store, checked by the pre-flight before it was made.
    const QJsonObject assignments = ws.value(QStringLiteral("assignments")).toObject();
    QCOMPARE(assignments.size(), 3);
    for (const QJsonValue &a : assignments)
        QCOMPARE(a.toObject().value(QStringLiteral("store")).toString(), QStringLiteral("kv"));
    // Managed services and the DBFS root use a named version, as Azure requires.
    QVERIFY(!assignments.value(QStringLiteral("managed-services"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toString()
                 .isEmpty());
    // The keys live in the test server: RSA, since a vault has no AES keys.
    QVERIFY(!m_vault->versions(QStringLiteral("demo-managed-services")).isEmpty());
    QVERIFY(!m_vault->versions(QStringLiteral("demo-dbfs-root")).isEmpty());
}

void TestAzureDemo::jobsAgainAndHistory()
{
    Run r = ctl(test::words({"verify", "--workspace", "cloud", "--json"}));
    KW_COMPARE_STATUS_OUT(r, 0);
    const QJsonObject verified = r.json().object();
    QCOMPARE(verified.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY(verified.value(QStringLiteral("processed")).toInteger() >= 120);
    QCOMPARE(verified.value(QStringLiteral("findings")).toArray().size(), 0);
    const int before = m_vault->versions(QStringLiteral("demo-dbfs-root")).size();
    r = ctl(test::words({"rotate", "--workspace", "cloud", "--json"}));
    KW_COMPARE_STATUS_OUT(r, 0);
    QCOMPARE(m_vault->versions(QStringLiteral("demo-dbfs-root")).size(), before + 1);
    r = ctl(test::words({"verify", "--workspace", "cloud"}));
    KW_COMPARE_STATUS_OUT(r, 0);
    r = ctl(test::words({"history", "verify"}));
    KW_COMPARE_STATUS_OUT(r, 0);
}

void TestAzureDemo::blobsAreSealed()
{
    // Read the container as any client would: every object of the DBFS root is a KWE1 object.
    auto where = storage::AzureBlobLocation::parse(location());
    QVERIFY(where.ok());
    storage::AzureBlobCredential credential;
    credential.account = test::Azurite::accountName();
    const QByteArray key = QByteArray::fromBase64(test::Azurite::accountKeyBase64());
    credential.accountKey = crypto::SecureBytes::fromView(key);
    auto store = storage::AzureBlobStore::open(*where, std::move(credential));
    QVERIFY(store.ok());
    auto objects = (*store)->list(QStringLiteral("root/"));
    QVERIFY(objects.ok());
    QVERIFY(!objects->isEmpty());
    for (const storage::ObjectInfo &o : std::as_const(*objects)) {
        auto in = (*store)->openRead(o.path);
        QVERIFY(in.ok());
        QCOMPARE((*in)->read(4), QByteArray("KWE1"));
    }
}

void TestAzureDemo::noSecretInTheDataDirectory()
{
    QCOMPARE(test::filesContaining(dataDir(), test::Azurite::accountKeyBase64()), QStringList());
    QCOMPARE(test::filesContaining(dataDir(), QByteArray("test-secret")), QStringList());
    QCOMPARE(test::filesContaining(dataDir(), QByteArray("test-token")), QStringList());
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestAzureDemo t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_azure_demo.moc"
