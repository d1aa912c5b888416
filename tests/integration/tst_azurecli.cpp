// TestAzureCli: `keywardctl store add azure-keyvault|managed-hsm` and `workspace create --storage azure-blob:...`
// as processes, in a private data directory and a real GNOME keyring: what is refused before anything is made, and
// that a refusal or an unreachable service leaves no store, no workspace and no secret behind (in the registry, the
// catalog, the keychain or any file).
#include "TestSupport.h"

#include "secrets/KeychainSecretStore.h"
#include "storage/AzureBlobStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

using Run = test::CtlRun;

namespace {

// Azurite's published development account key: not a secret, but a key all the same, so the scans look for it.
const char DevAccountKey[] = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
const char ClientSecret[] = "client-secret-that-must-stay-in-the-keychain";

// A port on 127.0.0.1 that nothing listens on (bound, then closed).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestAzureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeAddRefused_data();
    void storeAddRefused();
    void storeAddUnreachableLeavesNothing();
    void workspaceCredentialRefused_data();
    void workspaceCredentialRefused();
    void workspaceUnreachableLeavesNothing();
    void usageNamesTheKinds();

private:
    Run ctl(QStringList args, const QByteArray &input = {});
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString file(const QString &name, const QByteArray &bytes);
    void checkNothingLeft(const QByteArray &secret);
    QTemporaryDir m_dir;
    QString m_secretFile;
};

void TestAzureCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secretFile = file(QStringLiteral("client-secret.txt"), QByteArray(ClientSecret) + '\n');
    // A catalog to refuse things in: a local store makes one.
    const Run r = ctl(test::words({"store", "add", "local", "main", "--protection", "keychain"}));
    KW_COMPARE_STATUS(r, 0);
}

Run TestAzureCli::ctl(QStringList args, const QByteArray &input)
{
    args << QStringLiteral("--data-dir") << dataDir();
    return test::runKeywardctl(args, input);
}

QString TestAzureCli::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

void TestAzureCli::checkNothingLeft(const QByteArray &secret)
{
    // Only the local store the test made is registered, and no workspace exists.
    const Run stores = ctl(test::words({"store", "list", "--json"}));
    KW_COMPARE_STATUS(stores, 0);
    QCOMPARE(stores.json().array().size(), 1);
    const Run workspaces = ctl(test::words({"workspace", "list", "--json"}));
    KW_COMPARE_STATUS(workspaces, 0);
    QCOMPARE(workspaces.json().array().size(), 0);
    QCOMPARE(test::filesContaining(dataDir(), secret), QStringList());
}

void TestAzureCli::storeAddRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QStringList good = test::words({"--tenant", "contoso", "--client-id", "app-1", "--client-secret-file"});
    QTest::newRow("no url") << test::words(
                                   {"store", "add", "azure-keyvault", "kv", "--tenant", "t", "--client-id", "c"})
                            << 2 << QString();
    QTest::newRow("no tenant") << test::words({"store", "add", "managed-hsm", "hsm", "--hsm-url",
                                               "https://h.managedhsm.azure.net", "--client-id", "c"})
                               << 2 << QString();
    QTest::newRow("http to another host")
        << test::words({"store", "add", "azure-keyvault", "kv", "--vault-url", "http://kv.vault.azure.net"}) + good << 2
        << QStringLiteral("azure-setting-invalid");
    QTest::newRow("url with a query") << test::words({"store", "add", "azure-keyvault", "kv", "--vault-url",
                                                      "https://kv.vault.azure.net/?x=1"}) +
                                             good
                                      << 2 << QStringLiteral("azure-setting-invalid");
    QTest::newRow("tenant with a space") << test::words({"store", "add", "azure-keyvault", "kv", "--vault-url",
                                                         "https://kv.vault.azure.net", "--tenant", "a b", "--client-id",
                                                         "c", "--client-secret-file"})
                                         << 2 << QStringLiteral("azure-setting-invalid");
    QTest::newRow("api version") << test::words({"store", "add", "azure-keyvault", "kv", "--vault-url",
                                                 "https://kv.vault.azure.net", "--api-version", "latest"}) +
                                        good
                                 << 2 << QStringLiteral("azure-setting-invalid");
    QTest::newRow("store name") << test::words({"store", "add", "azure-keyvault", "not_a_name", "--vault-url",
                                                "https://kv.vault.azure.net"}) +
                                       good
                                << 2 << QStringLiteral("store-name-invalid");
    QTest::newRow("name taken") << test::words({"store", "add", "azure-keyvault", "main", "--vault-url",
                                                "https://kv.vault.azure.net"}) +
                                       good
                                << 7 << QStringLiteral("store-exists");
}

void TestAzureCli::storeAddRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, reason);
    if (args.constLast() == QLatin1String("--client-secret-file"))
        args << m_secretFile;
    const Run r = ctl(args << QStringLiteral("--json"));
    KW_COMPARE_STATUS(r, status);
    if (!reason.isEmpty())
        QCOMPARE(r.errorReason(), reason);
    QVERIFY(!r.err.contains(ClientSecret));
    checkNothingLeft(ClientSecret);
}

void TestAzureCli::storeAddUnreachableLeavesNothing()
{
    // Nothing answers there: the store is not added, and its client secret leaves the keychain again.
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(closedPort());
    const Run r = ctl(test::words({"store", "add", "azure-keyvault", "kv", "--vault-url"})
                          << url << test::words({"--tenant", "contoso", "--client-id", "app-1", "--authority"}) << url
                          << test::words({"--client-secret-file", "-", "--json"}),
                      QByteArray(ClientSecret) + '\n');
    KW_COMPARE_STATUS(r, 8);
    QCOMPARE(r.errorCode(), QStringLiteral("unavailable"));
    QVERIFY(!r.err.contains(ClientSecret));
    checkNothingLeft(ClientSecret);
    const QString registry = QString::fromUtf8(test::readFile(QDir(dataDir()).filePath(QStringLiteral("stores.json"))));
    QVERIFY(!registry.contains(QLatin1String("\"kv\"")));
    QVERIFY(!registry.contains(QLatin1String("azure-keyvault")));
}

void TestAzureCli::workspaceCredentialRefused_data()
{
    QTest::addColumn<QString>("storage");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    const QString container = QStringLiteral("azure-blob:http://127.0.0.1:%1/devstoreaccount1/ctr").arg(closedPort());
    QTest::newRow("sas without a blob storage")
        << QString() << QStringLiteral("--sas-file") << QByteArray("sv=2025-11-05&sig=x") << 2 << QString();
    QTest::newRow("key not base64") << container << QStringLiteral("--account-key-file")
                                    << QByteArray("not base64 at all!") << 2
                                    << QStringLiteral("connection-string-invalid");
    QTest::newRow("sas without sig") << container << QStringLiteral("--sas-file") << QByteArray("?sv=2025-11-05") << 2
                                     << QStringLiteral("connection-string-invalid");
    QTest::newRow("connection string garbage")
        << container << QStringLiteral("--connection-string-file")
        << QByteArray("AccountKey=") + DevAccountKey + ";garbage" << 2 << QStringLiteral("connection-string-invalid");
    QTest::newRow("connection string of another account")
        << container << QStringLiteral("--connection-string-file")
        << QByteArray("DefaultEndpointsProtocol=https;AccountName=other;AccountKey=") + DevAccountKey +
               ";EndpointSuffix=core.windows.net"
        << 2 << QStringLiteral("connection-string-invalid");
    QTest::newRow("location without a container")
        << QStringLiteral("azure-blob:https://acct.blob.core.windows.net") << QStringLiteral("--account-key-file")
        << QByteArray(DevAccountKey) << 2 << QString();
}

void TestAzureCli::workspaceCredentialRefused()
{
    QFETCH(QString, storage);
    QFETCH(QString, option);
    QFETCH(QByteArray, secret);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QStringList args = test::words({"workspace", "create", "blobws", "--json"});
    if (!storage.isEmpty())
        args << QStringLiteral("--storage") << storage;
    args << option << QStringLiteral("-");
    const Run r = ctl(args, secret + '\n');
    KW_COMPARE_STATUS(r, status);
    if (!reason.isEmpty())
        QCOMPARE(r.errorReason(), reason);
    QVERIFY(!r.err.contains(secret));
    QVERIFY(!r.err.contains(DevAccountKey));
    checkNothingLeft(DevAccountKey);
}

void TestAzureCli::workspaceUnreachableLeavesNothing()
{
    const QString storage = QStringLiteral("azure-blob:http://127.0.0.1:%1/devstoreaccount1/wsx").arg(closedPort());
    const Run r = ctl(test::words({"workspace", "create", "blobws", "--json", "--storage"})
                          << storage << test::words({"--account-key-file", "-"}),
                      QByteArray(DevAccountKey) + '\n');
    KW_COMPARE_STATUS(r, 8);
    QCOMPARE(r.errorCode(), QStringLiteral("unavailable"));
    QVERIFY(!r.err.contains(DevAccountKey));
    checkNothingLeft(DevAccountKey);
    // The account key did not stay in the keychain either.
    auto location = storage::AzureBlobLocation::parse(storage);
    QVERIFY(location.ok());
    secrets::KeychainSecretStore keychain;
    const auto kept = keychain.read(location->secretName());
    QVERIFY(!kept.ok());
    QCOMPARE(kept.error().code, ErrorCode::NotFound);
}

void TestAzureCli::usageNamesTheKinds()
{
    const Run r = ctl(test::words({"store", "add", "--help"}));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("azure-keyvault") && r.out.contains("managed-hsm"));
    const Run ws = ctl(test::words({"workspace", "create", "--help"}));
    QVERIFY(ws.out.contains("azure-blob:") && ws.out.contains("--connection-string-file"));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestAzureCli t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_azurecli.moc"
