// TestStoreGone: a store taken away while `keywardctl encrypt` works, at a chosen point: the job is held still
// (SIGSTOP) once it has checkpointed its first batch, the store is pulled, and the job let go. The object store: a
// workspace's folder on a bind mount that is detached (as a disk unplugged or a share unmounted). The key stores:
// the local vault's file moved away, the SoftHSM2 token's folder taken away (a token unplugged), the Key Vault test
// server stopped. Each stops the job with exit 8 `unavailable` naming the store, loses nothing, and once the store
// is back a second run finishes clean. A rotation meets the same: the vault gone before it starts, the Key Vault
// gone between two features. (Azurite stopped mid-job: tst_azurite_fault.)
#include "FaultSupport.h"
#include "KeyVaultTestServer.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace keyward;
using Run = test::CtlRun;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Batches of 64, 128, then 256: the store goes while the second or third is worked on (and the next one may have begun,
// since a batch is worked on while the one before it is recorded), with batches still to come.
constexpr int Objects = 1200;
constexpr char UserPin[] = "24681357";

} // namespace

class TestStoreGone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderGoneMidEncrypt();
    void vaultFileGoneMidEncrypt();
    void tokenGoneMidEncrypt();
    void keyVaultGoneMidEncrypt();
    void rotateWithVaultGone();
    void rotateWithKeyVaultGoneBetweenFeatures();

private:
    Run ctl(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_data;
        return test::runKeywardctl(args);
    }
    QString catalogPath() const { return catalog::Catalog::defaultPath(m_data); }
    QString workspace(const QString &name, const QString &store, const QString &storage,
                      const QStringList &keyOptions = {QStringLiteral("--type"), QStringLiteral("aes")});
    // The whole job on `workspace` stopped by `pull` (called while it is held after its first batch): exit 8
    // `unavailable` naming `store`, nothing lost; then `putBack`, and a second run finishes clean.
    void goneMidEncrypt(const QString &workspace, const QString &root, const QString &store,
                        const std::function<void()> &pull, const std::function<void()> &putBack);
    // Fingerprint of what a rotation changes: feature keys, assignments and history in the catalog.
    QByteArray rotationState(const QString &workspace);
    // The second run, with the store back: finishes the rest, verify clean, every object sealed and whole.
    void resumeClean(const QString &workspace, const QString &root, const QMap<QString, QByteArray> &original,
                     int sealedBefore);

    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<test::SoftHsm> m_hsm;
    QString m_tokenDir;
    std::unique_ptr<test::KeyVaultTestServer> m_vault;
};

void TestStoreGone::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(s("data"));
    for (const char *store : {"v", "v2", "v3"}) {
        const Run r = ctl(test::words({"store", "add", "local", "--protection", "keychain"}) << s(store));
        KW_COMPARE_STATUS(r, 0);
    }

    // A SoftHSM2 token, its PIN kept in the keychain; this process opens it too (to check the objects).
    QVERIFY2(!test::softHsmModulePath().isEmpty(), "SoftHSM2 is needed (package softhsm2)");
    m_hsm = std::make_unique<test::SoftHsm>(m_dir.filePath(s("hsm")));
    m_tokenDir = m_hsm->initToken(s("kw-gone"), s("97531864"), s(UserPin));
    QVERIFY(!m_tokenDir.isEmpty());
    qputenv("SOFTHSM2_CONF", m_hsm->confPath().toLocal8Bit());
    const QString pin = m_dir.filePath(s("pin"));
    test::writeFile(pin, QByteArray(UserPin) + '\n');
    Run r = ctl(test::words({"store", "add", "pkcs11", "hsm", "--token-label", "kw-gone", "--save-pin", "--module"})
                << test::softHsmModulePath() << s("--pin-file") << pin);
    KW_COMPARE_STATUS(r, 0);

    // The Key Vault test server, its client secret kept in the keychain.
    test::KeyVaultTestServer::Options options;
    options.dir = m_dir.filePath(s("ca"));
    options.recoveryLevel = s("Recoverable"); // purge protection on, as a store of customer-managed keys must have
    m_vault = std::make_unique<test::KeyVaultTestServer>(options);
    QVERIFY(m_vault->start());
    const QString secret = m_dir.filePath(s("client-secret"));
    test::writeFile(secret, options.clientSecret + '\n');
    const QString url = m_vault->baseUrl().toString();
    r = ctl(test::words({"store", "add", "azure-keyvault", "kv", "--vault-url"})
            << url << test::words({"--tenant", "test-tenant", "--client-id", "test-client", "--authority"}) << url
            << s("--ca-file") << m_vault->caFile() << s("--client-secret-file") << secret);
    KW_COMPARE_STATUS(r, 0);
}

QString TestStoreGone::workspace(const QString &name, const QString &store, const QString &storage,
                                 const QStringList &keyOptions)
{
    const QString key = name + s("-key");
    Run r = ctl(test::words({"key", "create", "--store"}) << store << key << keyOptions);
    if (r.status != 0) {
        qWarning("key create: %s", r.err.constData());
        return {};
    }
    r = ctl(test::words({"workspace", "create", "--storage"}) << storage << name);
    if (r.status != 0) {
        qWarning("workspace create: %s", r.err.constData());
        return {};
    }
    r = ctl(test::words({"assign", "--feature", "dbfs-root", "--workspace"})
            << name << s("--store") << store << s("--key") << key);
    if (r.status != 0) {
        qWarning("assign: %s", r.err.constData());
        return {};
    }
    const QString in = m_dir.filePath(name + s("-in"));
    for (int i = 0; i < Objects; ++i)
        test::writeFile(QStringLiteral("%1/part-%2.csv").arg(in).arg(i, 4, 10, QLatin1Char('0')),
                        test::vectorPlaintext(3000 + i, i));
    r = ctl(test::words({"import", "--area", "root", "--workspace"}) << name << in);
    QDir(in).removeRecursively();
    if (r.status != 0) {
        qWarning("import: %s", r.err.constData());
        return {};
    }
    return QFileInfo(storage).canonicalFilePath();
}

void TestStoreGone::resumeClean(const QString &workspace, const QString &root,
                                const QMap<QString, QByteArray> &original, int sealedBefore)
{
    const Run again = ctl(test::words({"encrypt", "--json", "--workspace"}) << workspace);
    KW_COMPARE_STATUS_OUT(again, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("processed")).toInteger(), qint64(Objects - sealedBefore));
    const Run verify = ctl(test::words({"verify", "--quiet", "--workspace"}) << workspace);
    KW_COMPARE_STATUS_OUT(verify, 0);
    QCOMPARE(test::sealedNothingLost(m_data, workspace, root, original), Objects);
    QCOMPARE(test::temporaryFiles(root), QStringList());
    QCOMPARE(test::snapshotFiles(root).keys(), original.keys());
}

// The workspace's folder is a bind mount of a folder elsewhere; detached while the job's second batch runs.
void TestStoreGone::folderGoneMidEncrypt()
{
    if (const QString why = test::mountUnavailable(m_dir.path()); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString real = m_dir.filePath(s("real"));
    QVERIFY(QDir().mkpath(real));
    test::BindMount mount(real, m_dir.filePath(s("mnt")));
    QVERIFY(mount.attach());
    const QString root = workspace(s("gone-folder"), s("v"), m_dir.filePath(s("mnt/ws")));
    QVERIFY(!root.isEmpty());
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    QCOMPARE(original.size(), Objects);

    test::HeldJob job(test::words({"encrypt", "--json", "--threads", "2", "--workspace", "gone-folder", "--data-dir"})
                      << m_data);
    QVERIFY2(job.holdAfter(catalogPath(), s("gone-folder"), s("encrypt"), 1),
             "the job ended before its first checkpoint");
    QVERIFY(mount.detach());
    const Run failed = job.finish();
    qInfo("gone: %s", failed.err.constData());
    KW_COMPARE_STATUS_OUT(failed, 8);
    QCOMPARE(failed.errorCode(), s("unavailable"));
    QCOMPARE(failed.errorReason(), s("object-store-gone"));
    QCOMPARE(failed.errorArg(), root);
    const QJsonObject report = failed.json().object();
    QCOMPARE(report.value(QStringLiteral("state")).toString(), s("failed"));
    const qint64 processed = report.value(QStringLiteral("processed")).toInteger();
    QVERIFY2(processed > 0 && processed < Objects, qPrintable(QString::number(processed)));
    // Nothing was written where the folder was.
    QCOMPARE(QDir(m_dir.filePath(s("mnt"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());

    // Back: every object whole, and a second run seals the rest (leftovers of the objects in flight cleaned).
    QVERIFY(mount.attach());
    const int sealed = test::sealedNothingLost(m_data, s("gone-folder"), root, original);
    QVERIFY2(sealed >= processed, qPrintable(QStringLiteral("%1 sealed, %2 processed").arg(sealed).arg(processed)));
    const QStringList leftovers = test::temporaryFiles(root);
    qInfo("%d sealed, %lld recorded, %lld temporary files of the objects in flight", sealed, processed,
          qint64(leftovers.size()));
    resumeClean(s("gone-folder"), root, original, sealed);
}

void TestStoreGone::goneMidEncrypt(const QString &workspace, const QString &root, const QString &store,
                                   const std::function<void()> &pull, const std::function<void()> &putBack)
{
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    QCOMPARE(original.size(), Objects);
    test::HeldJob job(test::words({"encrypt", "--json", "--threads", "2", "--data-dir"})
                      << m_data << s("--workspace") << workspace);
    QVERIFY2(job.holdAfter(catalogPath(), workspace, s("encrypt"), 1), "the job ended before its first checkpoint");
    pull();
    const Run failed = job.finish();
    qInfo("gone: %s", failed.err.constData());
    putBack();
    KW_COMPARE_STATUS_OUT(failed, 8);
    QCOMPARE(failed.errorCode(), s("unavailable"));
    QCOMPARE(failed.errorReason(), s("key-store-gone"));
    QCOMPARE(failed.errorArg(), store); // the store's name, whatever the token or vault calls itself
    QVERIFY2(failed.err.contains("the job stopped after"), failed.err.constData());
    const QJsonObject report = failed.json().object();
    QCOMPARE(report.value(QStringLiteral("state")).toString(), s("failed"));
    const qint64 processed = report.value(QStringLiteral("processed")).toInteger();
    QVERIFY2(processed > 0 && processed < Objects, qPrintable(QString::number(processed)));

    // The job stops between batches, so what it recorded is exactly what is sealed.
    const int sealed = test::sealedNothingLost(m_data, workspace, root, original);
    QCOMPARE(sealed, int(processed));
    QCOMPARE(test::temporaryFiles(root), QStringList());
    resumeClean(workspace, root, original, sealed);
}

// The vault's file moved away while the job runs: the job's check of its key between batches finds the store gone.
void TestStoreGone::vaultFileGoneMidEncrypt()
{
    const QString root = workspace(s("gone-vault"), s("v2"), m_dir.filePath(s("gone-vault-ws")));
    QVERIFY(!root.isEmpty());
    const QString vault = m_data + s("/vaults/v2.kwvault");
    QVERIFY(QFileInfo::exists(vault));
    goneMidEncrypt(
        s("gone-vault"), root, s("v2"), [&] { QVERIFY(QFile::rename(vault, vault + s(".away"))); },
        [&] { QVERIFY(QFile::rename(vault + s(".away"), vault)); });
}

// The token's folder taken away, as a token pulled out of its reader: its objects are gone from under the open
// session.
void TestStoreGone::tokenGoneMidEncrypt()
{
    const QString root = workspace(s("gone-token"), s("hsm"), m_dir.filePath(s("gone-token-ws")));
    QVERIFY(!root.isEmpty());
    goneMidEncrypt(
        s("gone-token"), root, s("hsm"), [&] { QVERIFY(QDir().rename(m_tokenDir, m_tokenDir + s(".away"))); },
        [&] { QVERIFY(QDir().rename(m_tokenDir + s(".away"), m_tokenDir)); });
}

// The Key Vault stops answering: connections refused, the open ones cut.
void TestStoreGone::keyVaultGoneMidEncrypt()
{
    const QString root =
        workspace(s("gone-kv"), s("kv"), m_dir.filePath(s("gone-kv-ws")), test::words({"--size", "2048"}));
    QVERIFY(!root.isEmpty());
    goneMidEncrypt(
        s("gone-kv"), root, s("kv"), [&] { m_vault->goAway(); }, [&] { QVERIFY(m_vault->comeBack()); });
}

QByteArray TestStoreGone::rotationState(const QString &workspace)
{
    QByteArray state;
    for (const QStringList &args : {test::words({"workspace", "show", "--json"}) << workspace,
                                    test::words({"history", "--json", "--workspace"}) << workspace}) {
        const Run r = ctl(args);
        if (r.status != 0)
            return "failed: " + r.err;
        state += r.out;
    }
    return state;
}

// The vault gone before a rotation: it stops at once, exit 8, and changes nothing; back, the rotation runs.
void TestStoreGone::rotateWithVaultGone()
{
    const QString root = workspace(s("rotate-vault"), s("v3"), m_dir.filePath(s("rotate-vault-ws")));
    QVERIFY(!root.isEmpty());
    KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace", "rotate-vault"})), 0);
    const QMap<QString, QByteArray> sealed = test::snapshotFiles(root);
    const QByteArray before = rotationState(s("rotate-vault"));
    const QString vault = m_data + s("/vaults/v3.kwvault");
    QVERIFY(QFile::rename(vault, vault + s(".away")));
    const Run failed = ctl(test::words({"rotate", "--json", "--workspace", "rotate-vault"}));
    QVERIFY(QFile::rename(vault + s(".away"), vault));
    KW_COMPARE_STATUS(failed, 8);
    QCOMPARE(failed.errorCode(), s("unavailable"));
    QCOMPARE(failed.errorReason(), s("key-store-gone"));
    QCOMPARE(failed.errorArg(), s("v3"));
    QCOMPARE(rotationState(s("rotate-vault")), before);
    QCOMPARE(test::snapshotFiles(root), sealed);

    KW_COMPARE_STATUS_OUT(ctl(test::words({"rotate", "--workspace", "rotate-vault"})), 0);
    QVERIFY(rotationState(s("rotate-vault")) != before);
    KW_COMPARE_STATUS_OUT(ctl(test::words({"verify", "--quiet", "--workspace", "rotate-vault"})), 0);
    KW_COMPARE_STATUS_OUT(ctl(test::words({"history", "verify"})), 0);
}

// Two features on two Key Vault keys; the vault goes away while the second feature's new version is being made
// (its answer held back, the connection then cut). The first feature's rotation is kept and recorded, the second
// is not; every object still opens, and once the vault is back a rotation finishes the job.
void TestStoreGone::rotateWithKeyVaultGoneBetweenFeatures()
{
    const QString root =
        workspace(s("rotate-kv"), s("kv"), m_dir.filePath(s("rotate-kv-ws")), test::words({"--size", "2048"}));
    QVERIFY(!root.isEmpty());
    KW_COMPARE_STATUS(ctl(test::words({"key", "create", "rotate-kv-ms", "--store", "kv", "--size", "2048"})), 0);
    KW_COMPARE_STATUS(ctl(test::words({"assign", "--feature", "managed-services", "--workspace", "rotate-kv", "--store",
                                       "kv", "--key", "rotate-kv-ms"})),
                      0);
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace", "rotate-kv"})), 0);
    const QMap<QString, QByteArray> sealed = test::snapshotFiles(root);
    const int versionsBefore =
        m_vault->versions(s("rotate-kv-key")).size() + m_vault->versions(s("rotate-kv-ms")).size();

    m_vault->clearRequests();
    test::KeyVaultTestServer::Fault slow{test::KeyVaultTestServer::Fault::Kind::Slow};
    slow.operation = s("rotate");
    slow.times = 2;
    slow.delayMs = 4000;
    m_vault->inject(slow);
    QProcess job;
    job.start(QStringLiteral(KEYWARDCTL_PATH),
              test::words({"rotate", "--json", "--workspace", "rotate-kv", "--data-dir"}) << m_data);
    QVERIFY(job.waitForStarted());
    // The second rotate request has arrived: its answer is being held back. Pull the vault.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int rotates = 0;
            for (const auto &seen : m_vault->requests())
                rotates += seen.path.endsWith(QLatin1String("/rotate")) ? 1 : 0;
            return rotates >= 2;
        }(),
        60000);
    m_vault->goAway();
    QVERIFY(job.waitForFinished(120000));
    const QByteArray err = job.readAllStandardError();
    QVERIFY(m_vault->comeBack());
    m_vault->clearFaults();
    qInfo("gone: %s", err.constData());
    QCOMPARE(job.exitCode(), 8);
    QVERIFY2(err.contains("\"reason\":\"key-store-gone\"") && err.contains("\"args\":[\"kv\"]"), err.constData());
    // Both keys moved on in the vault (the second one's answer never arrived); one feature's move is recorded.
    QCOMPARE(m_vault->versions(s("rotate-kv-key")).size() + m_vault->versions(s("rotate-kv-ms")).size(),
             versionsBefore + 2);
    const Run history = ctl(test::words({"history", "--json", "--workspace", "rotate-kv"}));
    KW_COMPARE_STATUS(history, 0);
    QCOMPARE(history.json().array().size(), 1);
    QCOMPARE(test::sealedNothingLost(m_data, s("rotate-kv"), root, original), Objects);
    KW_COMPARE_STATUS_OUT(ctl(test::words({"verify", "--quiet", "--workspace", "rotate-kv"})), 0);

    KW_COMPARE_STATUS_OUT(ctl(test::words({"rotate", "--workspace", "rotate-kv"})), 0);
    KW_COMPARE_STATUS_OUT(ctl(test::words({"verify", "--quiet", "--workspace", "rotate-kv"})), 0);
    KW_COMPARE_STATUS_OUT(ctl(test::words({"history", "verify"})), 0);
    QCOMPARE(test::snapshotFiles(root), sealed); // a rotation re-wraps keys and touches no object
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestStoreGone t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_storegone.moc"
