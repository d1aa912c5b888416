// TestStoreGone: a store taken away while `keywardctl encrypt` works, at a chosen point: the job is held still
// (SIGSTOP) once it has checkpointed its first batch, the store is pulled, and the job let go. The object store: a
// workspace's folder on a bind mount that is detached (as a disk unplugged or a share unmounted). The key store: the
// local vault's file moved away. Each stops the job with exit 8 `unavailable` naming the store, loses nothing, and
// once the store is back a second run finishes clean. (Azurite stopped mid-job: tst_azurite_fault.)
#include "FaultSupport.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using Run = test::CtlRun;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr int Objects = 300; // five batches of 64: the store goes while the second is in flight

} // namespace

class TestStoreGone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderGoneMidEncrypt();
    void vaultFileGoneMidEncrypt();

private:
    Run ctl(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_data;
        return test::runKeywardctl(args);
    }
    QString catalogPath() const { return catalog::Catalog::defaultPath(m_data); }
    QString workspace(const QString &name, const QString &store, const QString &storage);
    // The second run, with the store back: finishes the rest, verify clean, every object sealed and whole.
    void resumeClean(const QString &workspace, const QString &root, const QMap<QString, QByteArray> &original,
                     int sealedBefore);

    QTemporaryDir m_dir;
    QString m_data;
};

void TestStoreGone::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(s("data"));
    for (const char *store : {"v", "v2"}) {
        const Run r = ctl(test::words({"store", "add", "local", "--protection", "keychain"}) << s(store));
        QVERIFY2(r.status == 0, r.err.constData());
    }
}

QString TestStoreGone::workspace(const QString &name, const QString &store, const QString &storage)
{
    const QString key = name + s("-key");
    Run r = ctl(test::words({"key", "create", "--type", "aes", "--store"}) << store << key);
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
        test::writeFile(QStringLiteral("%1/part-%2.csv").arg(in).arg(i, 3, 10, QLatin1Char('0')),
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

// The vault's file moved away while the job runs: the job's check of its key between batches finds the store gone.
void TestStoreGone::vaultFileGoneMidEncrypt()
{
    const QString root = workspace(s("gone-vault"), s("v2"), m_dir.filePath(s("gone-vault-ws")));
    QVERIFY(!root.isEmpty());
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    const QString vault = m_data + s("/vaults/v2.kwvault");
    QVERIFY(QFileInfo::exists(vault));

    test::HeldJob job(test::words({"encrypt", "--json", "--threads", "2", "--workspace", "gone-vault", "--data-dir"})
                      << m_data);
    QVERIFY2(job.holdAfter(catalogPath(), s("gone-vault"), s("encrypt"), 1),
             "the job ended before its first checkpoint");
    QVERIFY(QFile::rename(vault, vault + s(".away")));
    const Run failed = job.finish();
    qInfo("gone: %s", failed.err.constData());
    QVERIFY(QFile::rename(vault + s(".away"), vault));
    KW_COMPARE_STATUS_OUT(failed, 8);
    QCOMPARE(failed.errorCode(), s("unavailable"));
    QVERIFY2(failed.err.contains("v2"), failed.err.constData());
    const qint64 processed = failed.json().object().value(QStringLiteral("processed")).toInteger();
    QVERIFY2(processed > 0 && processed < Objects, qPrintable(QString::number(processed)));

    const int sealed = test::sealedNothingLost(m_data, s("gone-vault"), root, original);
    QCOMPARE(sealed, int(processed));
    resumeClean(s("gone-vault"), root, original, sealed);
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
