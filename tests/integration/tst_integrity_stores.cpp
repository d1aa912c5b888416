// TestIntegrityStores: key stores and the catalog cannot be swapped or rolled back. Each scene is set through the
// files, as an attacker or a slip of the hand would (vault files swapped or linked, stores.json edited, an older
// vault file put back, the history cut back behind the catalog's triggers, the catalog deleted, emptied or taken
// from another data directory, a mistyped --data-dir); then keywardctl runs and must refuse with a named reason
// and status, and leave every file as it found it. Master keys, write counters and the history head live in a real
// GNOME keyring (private D-Bus session).
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "keystore/LocalVault.h"
#include "secrets/KeychainSecretStore.h"
#include "services/Context.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using namespace keyward;
using Run = test::CtlRun;

namespace {
catalog::HistoryEntry rotation(int n)
{
    catalog::HistoryEntry e;
    e.workspace = QStringLiteral("prod");
    e.feature = QStringLiteral("managed-services");
    e.key = QStringLiteral("va/ka");
    e.oldVersion = QStringLiteral("v%1").arg(n);
    e.newVersion = QStringLiteral("v%1").arg(n + 1);
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    return e;
}

// Every file under `dir` with its bytes (symbolic links as their target's path), to show nothing was changed.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir root(dir);
    const QStringList names =
        root.entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String(".lock")) || name.endsWith(QLatin1String("-shm")) ||
            name.endsWith(QLatin1String("-wal")))
            continue;
        const QFileInfo info(root.filePath(name));
        out.insert(name, info.isSymLink() ? info.symLinkTarget().toUtf8() : test::readFile(info.filePath()));
    }
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto inner = snapshot(root.filePath(sub));
        for (auto it = inner.begin(); it != inner.end(); ++it)
            out.insert(sub + QLatin1Char('/') + it.key(), it.value());
    }
    return out;
}

} // namespace

class TestIntegrityStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenes_data();
    void scenes();
    void olderVaultCopyAfterRetire();
    void vaultGainsIdOnFirstOpen();

private:
    Run ctl(const QString &dataDir, QStringList args)
    {
        args << QStringLiteral("--data-dir") << dataDir << QStringLiteral("--json");
        return test::runKeywardctl(args);
    }
    // A data directory with two keychain vaults, va and vb, each with one AES key (ka, kb), and six history
    // entries appended through a services::Context (so the head is kept in the keychain as Keyward keeps it).
    QString makeDataDir(const QString &name);
    QTemporaryDir m_dir;
};

void TestIntegrityStores::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestIntegrityStores::makeDataDir(const QString &name)
{
    const QString d = m_dir.filePath(name);
    for (const char *store : {"va", "vb"}) {
        const Run r = ctl(d, test::words({"store", "add", "local", store, "--protection", "keychain"}));
        if (r.status != 0)
            qWarning("store add: %s", r.err.constData());
    }
    if (ctl(d, test::words({"key", "create", "ka", "--type", "aes", "--store", "va"})).status != 0 ||
        ctl(d, test::words({"key", "create", "kb", "--type", "aes", "--store", "vb"})).status != 0)
        qWarning("key create failed");
    secrets::KeychainSecretStore keychain;
    services::Context context(d, keychain, nullptr);
    auto c = context.catalog();
    if (!c) {
        qWarning("catalog: %s", qPrintable(c.error().detail));
        return d;
    }
    for (int i = 1; i <= 6; ++i)
        if (!(*c)->appendHistory(rotation(i)))
            qWarning("history append failed");
    return d;
}

void TestIntegrityStores::scenes_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QStringList keyList = test::words({"key", "list", "--store", "va"});
    const QStringList keyCreate = test::words({"key", "create", "kx", "--type", "aes", "--store", "va"});
    const QStringList wsList = test::words({"workspace", "list"});
    const QStringList historyVerify = test::words({"history", "verify"});
    const QStringList verify = test::words({"verify", "--workspace", "prod"});

    const auto row = [](const char *name, const char *scene, const QStringList &command, int status,
                        const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(scene) << command << status << QString::fromLatin1(reason);
    };
    row("vault files swapped: key list", "swapped", keyList, 7, "vault-of-another-store");
    row("vault files swapped: key create", "swapped", keyCreate, 7, "vault-of-another-store");
    row("va symlinked to vb: key list", "symlinked", keyList, 7, "vault-of-another-store");
    row("va symlinked to vb: key create", "symlinked", keyCreate, 7, "vault-of-another-store");
    row("vault_path of va edited to vb's file: key list", "vault-path-edited", keyList, 7, "vault-of-another-store");
    row("vault_path of va edited to vb's file: key create", "vault-path-edited", keyCreate, 7,
        "vault-of-another-store");
    row("older copy of va put back: key list", "vault-rolled-back", keyList, 7, "vault-rolled-back");
    row("older copy of va put back: key create", "vault-rolled-back", keyCreate, 7, "vault-rolled-back");
    row("history truncated behind the triggers", "history-truncated", historyVerify, 3, "");
    row("history rewritten after a truncation", "history-rewritten", historyVerify, 3, "");
    row("catalog deleted: workspace list", "catalog-deleted", wsList, 6, "catalog-missing");
    row("catalog deleted: history verify", "catalog-deleted", historyVerify, 6, "catalog-missing");
    row("catalog deleted: key list", "catalog-deleted", keyList, 6, "catalog-missing");
    row("catalog deleted: workspace create", "catalog-deleted", test::words({"workspace", "create", "fresh"}), 6,
        "catalog-missing");
    row("catalog emptied: workspace list", "catalog-empty", wsList, 3, "catalog-empty");
    row("catalog emptied: history verify", "catalog-empty", historyVerify, 3, "catalog-empty");
    row("foreign catalog: workspace list", "catalog-foreign", wsList, 7, "catalog-foreign");
    row("foreign catalog: history verify", "catalog-foreign", historyVerify, 7, "catalog-foreign");
    row("foreign catalog: key list", "catalog-foreign", keyList, 7, "catalog-foreign");
    row("mistyped data dir: workspace list", "mistyped", wsList, 6, "no-keyward-data");
    row("mistyped data dir: history verify", "mistyped", historyVerify, 6, "no-keyward-data");
    row("mistyped data dir: verify", "mistyped", verify, 6, "no-keyward-data");
    row("mistyped data dir: store list", "mistyped", test::words({"store", "list"}), 6, "no-keyward-data");
}

void TestIntegrityStores::scenes()
{
    QFETCH(QString, scene);
    QFETCH(QStringList, command);
    QFETCH(int, status);
    QFETCH(QString, reason);

    const QString rowName = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
    QString d = m_dir.filePath(rowName);
    if (scene == QLatin1String("mistyped")) {
        d = m_dir.filePath(QStringLiteral("no/such/keyward-") + rowName);
    } else {
        d = makeDataDir(rowName);
        QVERIFY(QFileInfo::exists(catalog::Catalog::defaultPath(d)));
    }
    const QString va = keystore::LocalVault::pathFor(d, QStringLiteral("va"));
    const QString vb = keystore::LocalVault::pathFor(d, QStringLiteral("vb"));
    const QString catalogPath = catalog::Catalog::defaultPath(d);
    const auto removeCatalog = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(catalogPath + QLatin1String(suffix));
    };

    if (scene == QLatin1String("swapped")) {
        const QByteArray a = test::readFile(va), b = test::readFile(vb);
        test::writeFile(va, b);
        test::writeFile(vb, a);
    } else if (scene == QLatin1String("symlinked")) {
        QVERIFY(QFile::remove(va));
        QVERIFY(QFile::link(vb, va));
    } else if (scene == QLatin1String("vault-path-edited")) {
        const QString registry = QDir(d).filePath(QStringLiteral("stores.json"));
        QByteArray json = test::readFile(registry);
        QVERIFY(json.contains(va.toUtf8()));
        json.replace(va.toUtf8(), vb.toUtf8());
        test::writeFile(registry, json);
    } else if (scene == QLatin1String("vault-rolled-back")) {
        const QByteArray old = test::readFile(va);
        const Run shown = ctl(d, test::words({"key", "show", "ka", "--store", "va"}));
        KW_COMPARE_STATUS(shown, 0);
        const QString version = shown.json().array().last().toObject().value(QStringLiteral("version")).toString();
        QVERIFY(!version.isEmpty());
        const Run disabled = ctl(d, test::words({"key", "disable", "ka", "--store", "va", "--version"}) << version);
        KW_COMPARE_STATUS(disabled, 0);
        test::writeFile(va, old);
    } else if (scene == QLatin1String("history-truncated") || scene == QLatin1String("history-rewritten")) {
        const Run before = ctl(d, test::words({"history", "verify"}));
        KW_COMPARE_STATUS(before, 0);
        QCOMPARE(before.json().object().value(QStringLiteral("anchor")).toString(), QStringLiteral("matches"));
        test::execSql(
            catalogPath,
            {QStringLiteral("DROP TRIGGER history_append_only_delete"),
             QStringLiteral("DROP TRIGGER history_append_only_update"),
             QStringLiteral("DELETE FROM history WHERE seq >= 4"),
             QStringLiteral("UPDATE history_head SET seq = 3, hash = (SELECT hash FROM history WHERE seq = 3)")});
        if (scene == QLatin1String("history-rewritten")) {
            // New entries appended behind Keyward's back, past the kept head: a self-consistent longer chain.
            auto c = catalog::Catalog::open(catalogPath);
            QVERIFY(c.ok());
            for (int i = 10; i < 14; ++i)
                QVERIFY((*c)->appendHistory(rotation(i)).ok());
        }
    } else if (scene == QLatin1String("catalog-deleted")) {
        removeCatalog();
    } else if (scene == QLatin1String("catalog-empty")) {
        removeCatalog();
        test::writeFile(catalogPath, QByteArray());
    } else if (scene == QLatin1String("catalog-foreign")) {
        const QString other = m_dir.filePath(rowName + QStringLiteral("-other"));
        KW_COMPARE_STATUS(ctl(other, test::words({"workspace", "create", "prod"})), 0);
        removeCatalog();
        QVERIFY(QFile::copy(catalog::Catalog::defaultPath(other), catalogPath));
    }

    const auto before = snapshot(d);
    const Run r = ctl(d, command);
    QVERIFY2(r.status == status,
             qPrintable(QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromUtf8(r.err))));
    if (!reason.isEmpty())
        QCOMPARE(r.errorReason(), reason);
    if (scene.startsWith(QLatin1String("history-"))) {
        const QJsonObject check = r.json().object();
        QCOMPARE(check.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(check.value(QStringLiteral("anchor")).toString(), scene == QLatin1String("history-truncated")
                                                                       ? QStringLiteral("truncated")
                                                                       : QStringLiteral("rewritten"));
        QCOMPARE(check.value(QStringLiteral("anchored_seq")).toInt(), 6);
    }
    // Nothing was read into or written over: every file is as the scene left it, and nothing was created.
    QCOMPARE(snapshot(d), before);
    if (scene == QLatin1String("mistyped"))
        QVERIFY(!QFileInfo::exists(d));
    if (scene == QLatin1String("catalog-deleted"))
        QVERIFY(!QFileInfo::exists(catalogPath));
}

void TestIntegrityStores::olderVaultCopyAfterRetire()
{
    // The scene as an admin lives it: the demo rotates its keys, `retire` disables the old version, and an older
    // copy of the vault file (from before the retire) is put back. The retired version must stay disabled: the
    // copy is refused by every command that opens the vault.
    const QString d = m_dir.filePath(QStringLiteral("retire"));
    Run r = ctl(d, test::words({"demo", "--objects", "12", "--size-mib", "1"}));
    KW_COMPARE_STATUS(r, 0);
    r = ctl(d, test::words({"key", "show", "demo-managed-services", "--store", "demo-vault"}));
    KW_COMPARE_STATUS(r, 0);
    const QJsonArray versions = r.json().array();
    QVERIFY(versions.size() >= 2);
    const QString old = versions.first().toObject().value(QStringLiteral("version")).toString();
    QVERIFY(versions.first().toObject().value(QStringLiteral("enabled")).toBool());

    const QString vault = keystore::LocalVault::pathFor(d, QStringLiteral("demo-vault"));
    const QByteArray beforeRetire = test::readFile(vault);
    r = ctl(d, test::words(
                   {"retire", "--workspace", "demo", "--feature", "managed-services", "--hold-hours", "0", "--version"})
                   << old);
    KW_COMPARE_STATUS(r, 0);
    const QByteArray afterRetire = test::readFile(vault);
    test::writeFile(vault, beforeRetire);

    for (const QStringList &command :
         {test::words({"key", "show", "demo-managed-services", "--store", "demo-vault"}),
          test::words({"key", "enable", "demo-managed-services", "--store", "demo-vault", "--version"}) << old,
          test::words({"verify", "--workspace", "demo"})}) {
        r = ctl(d, command);
        QVERIFY2(r.status == 7,
                 qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.err)));
        QCOMPARE(r.errorReason(), QStringLiteral("vault-rolled-back"));
        QCOMPARE(test::readFile(vault), beforeRetire); // left as it is for the admin to look at
    }

    // The newest file back: the retired version is disabled, as retire left it.
    test::writeFile(vault, afterRetire);
    r = ctl(d, test::words({"key", "show", "demo-managed-services", "--store", "demo-vault"}));
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("enabled")).toBool(true), false);
}

void TestIntegrityStores::vaultGainsIdOnFirstOpen()
{
    // A registry written before stores had ids: the first open records the vault's id; a swap after that shows.
    const QString d = makeDataDir(QStringLiteral("legacy"));
    const QString registry = QDir(d).filePath(QStringLiteral("stores.json"));
    QJsonObject doc = QJsonDocument::fromJson(test::readFile(registry)).object();
    QJsonArray stores = doc.value(QStringLiteral("stores")).toArray();
    QString vaId;
    for (qsizetype i = 0; i < stores.size(); ++i) {
        QJsonObject s = stores.at(i).toObject();
        if (s.value(QStringLiteral("name")).toString() == QLatin1String("va"))
            vaId = s.value(QStringLiteral("id")).toString();
        s.remove(QStringLiteral("id"));
        stores.replace(i, s);
    }
    QVERIFY(!vaId.isEmpty());
    doc.insert(QStringLiteral("stores"), stores);
    test::writeFile(registry, QJsonDocument(doc).toJson());

    KW_COMPARE_STATUS(ctl(d, test::words({"key", "list", "--store", "va"})), 0);
    const QJsonArray after =
        QJsonDocument::fromJson(test::readFile(registry)).object().value(QStringLiteral("stores")).toArray();
    QString recorded;
    for (const QJsonValue &v : after)
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("va"))
            recorded = v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(recorded, vaId);

    // vb still has no id; its file swapped for va's is caught because va names that vault.
    const QString va = keystore::LocalVault::pathFor(d, QStringLiteral("va"));
    const QString vb = keystore::LocalVault::pathFor(d, QStringLiteral("vb"));
    QVERIFY(QFile::remove(vb));
    QVERIFY(QFile::copy(va, vb));
    const Run r = ctl(d, test::words({"key", "list", "--store", "vb"}));
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("vault-of-another-store"));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestIntegrityStores t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_integrity_stores.moc"
