// TestKeychain: the SecretStore over QtKeychain against a real GNOME keyring (Secret Service) in a private
// D-Bus session that the test starts for itself, and the local vault keeping its master key there.
#include "TestSupport.h"

#include "keystore/LocalVault.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include <unistd.h>

using namespace keyward;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemoveBinary();
    void missingEntryIsNotFound();
    void manyThreadsAtOnce();
    void vaultMasterKeyInKeyring();
    void noKeyringAnswers();
    void childWithoutKeyring();
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "the test re-executes itself in a D-Bus session");
}

void TestKeychain::writeReadRemoveBinary()
{
    secrets::KeychainSecretStore store(QStringLiteral("keyward-test"));
    QVERIFY2(store.probe().ok(), qPrintable(store.probe().ok() ? QString() : store.probe().error().detail));
    const QByteArray raw("\x00\x01\x02secret\xff\x00", 11);
    QVERIFY(store.write(QStringLiteral("binary"), crypto::SecureBytes::fromView(raw)).ok());
    auto back = store.read(QStringLiteral("binary"));
    QVERIFY(back.ok());
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(back->data()), qsizetype(back->size())), raw);
    QVERIFY(store.write(QStringLiteral("binary"), crypto::SecureBytes::fromView("replaced")).ok());
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(store.read(QStringLiteral("binary"))->data()), 8),
             QByteArray("replaced"));
    QVERIFY(store.remove(QStringLiteral("binary")).ok());
    QCOMPARE(store.read(QStringLiteral("binary")).error().code, ErrorCode::NotFound);
    QVERIFY(store.remove(QStringLiteral("binary")).ok()); // removing twice is fine
}

void TestKeychain::missingEntryIsNotFound()
{
    secrets::KeychainSecretStore store(QStringLiteral("keyward-test"));
    const auto r = store.read(QStringLiteral("never-written"));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
}

// The window reads the keychain while workers do (the demo, the coverage measurement): QtKeychain's own job queue
// is not thread-safe, so this crashed before every job went to one thread.
void TestKeychain::manyThreadsAtOnce()
{
    secrets::KeychainSecretStore store(QStringLiteral("keyward-test"));
    std::atomic<int> failures{0};
    const auto work = [&](int worker) {
        for (int i = 0; i < 15; ++i) {
            const QString key = QStringLiteral("threads-%1-%2").arg(worker).arg(i);
            crypto::SecureBytes secret(24);
            secret.data()[0] = std::uint8_t(worker);
            secret.data()[1] = std::uint8_t(i);
            auto back = store.write(key, secret).ok() ? store.read(key) : Result<crypto::SecureBytes>(Error());
            if (!back || !(*back == secret) || !store.remove(key))
                ++failures;
        }
    };
    QList<QFuture<void>> workers;
    for (int w = 1; w <= 3; ++w)
        workers << QtConcurrent::run([&work, w] { work(w); });
    work(0); // and the main thread, at the same time
    for (QFuture<void> &f : workers)
        f.waitForFinished();
    QCOMPARE(failures.load(), 0);
}

void TestKeychain::vaultMasterKeyInKeyring()
{
    QTemporaryDir dir;
    secrets::KeychainSecretStore store(QStringLiteral("keyward-test"));
    const QString path = keystore::LocalVault::pathFor(dir.path(), QStringLiteral("kr"));
    keystore::VaultOptions options(QStringLiteral("kr"));
    options.scrypt.n = 1u << 12;
    auto vault = keystore::LocalVault::create(path, options, store, nullptr);
    QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().detail));
    QCOMPARE((*vault)->protection(), keystore::VaultProtection::Keychain);
    auto key = (*vault)->createKey({QStringLiteral("k"), keystore::KeyKind::Aes, 256});
    QVERIFY(key.ok());
    const auto fk = crypto::SecureBytes::fromView(QByteArray(32, '\x07'));
    auto wrapped = (*vault)->wrapKey(QStringLiteral("k"), key->version, fk);
    QVERIFY(wrapped.ok());
    vault->reset();

    secrets::KeychainSecretStore fresh(QStringLiteral("keyward-test"));
    auto reopened = keystore::LocalVault::open(path, fresh, nullptr);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().detail));
    auto back = (*reopened)->unwrapKey(QStringLiteral("k"), key->version, wrapped->wrapped);
    QVERIFY(back.ok());
    QVERIFY(*back == fk);
    // The master key is nowhere in the vault's folder.
    QCOMPARE(test::filesContaining(dir.path(), fk.view().toByteArray()), QStringList());
}

void TestKeychain::noKeyringAnswers()
{
    // The same binary, in a process whose session bus does not exist: the store must say so, not hang.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/keyward-bus"));
    env.insert(QStringLiteral("KEYWARD_TEST_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("KEYWARD_TEST_IN_KEYRING_SESSION"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    // Merged: a sanitizer's report, or Qt's own warnings, go to stderr and must show in the failure message.
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWithoutKeyring")});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitCode() == 0, child.readAll().constData());
}

void TestKeychain::childWithoutKeyring()
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_CHILD"))
        QSKIP("runs only as the child of noKeyringAnswers()");
    secrets::KeychainSecretStore store(QStringLiteral("keyward-test"));
    const Status st = store.write(QStringLiteral("x"), crypto::SecureBytes::fromView("y"));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Unavailable);
    // A vault made here falls back to a passphrase.
    QTemporaryDir dir;
    test::ScriptedPrompt prompt;
    prompt.answer("fallback passphrase");
    keystore::VaultOptions options(QStringLiteral("fb"));
    options.scrypt.n = 1u << 12;
    auto vault = keystore::LocalVault::create(keystore::LocalVault::pathFor(dir.path(), QStringLiteral("fb")), options,
                                              store, &prompt);
    QVERIFY(vault.ok());
    QCOMPARE((*vault)->protection(), keystore::VaultProtection::Passphrase);
}

int main(int argc, char **argv)
{
    // Start a private session bus with an unlocked keyring and a throwaway HOME, then run the tests in it.
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keychain.moc"
