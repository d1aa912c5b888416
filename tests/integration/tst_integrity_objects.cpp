// TestIntegrityObjects: each object-level scene an attacker or a slip of the hand can set through the files of a
// workspace (and its catalog) ends in a named finding of `keywardctl verify` (exit 9), never in "no findings";
// and Keyward neither deletes nor alters what it finds (encrypt included, which never seals damage).
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;

namespace {

enum class Scene
{
    Deleted,
    Swapped,
    CopiedOver,
    RolledBack,
    SymlinkInside,
    SymlinkOutside,
    Directory,
    Fifo,
    TemporaryName,
    UnknownFolder,
    UnknownArea,
    FirstByteFlipped,
    AssignmentDeleted,
};

// Every entry under `dir` as it is: a file's bytes, a link's target, "<folder>", "<special>".
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (S_ISLNK(st.st_mode))
            out.insert(rel, "<link> " + QFile::encodeName(QFileInfo(path).symLinkTarget()));
        else if (S_ISDIR(st.st_mode))
            out.insert(rel, "<folder>");
        else if (S_ISREG(st.st_mode))
            out.insert(rel, test::readFile(path));
        else
            out.insert(rel, "<special>");
    }
    return out;
}

// The kinds of the findings a job's JSON report names for `object`.
QStringList kindsAt(const test::CtlRun &r, const QString &object)
{
    QStringList kinds;
    for (const QJsonValue &v : r.json().object().value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("object")).toString() == object)
            kinds << v.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

class TestIntegrityObjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scene_data();
    void scene();

private:
    test::CtlRun ctl(QStringList args)
    {
        return test::runKeywardctl(args << QStringLiteral("--data-dir") << dataDir());
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // A new workspace whose root area holds a.csv, b.csv and c.csv, sealed and verified clean; its storage root.
    QString sealedWorkspace(const QString &name);
    QTemporaryDir m_dir;
};

void TestIntegrityObjects::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::CtlRun r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"),
                          QStringLiteral("main"), QStringLiteral("--protection"), QStringLiteral("keychain")});
    KW_COMPARE_STATUS(r, 0);
    r = ctl({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("cmk"), QStringLiteral("--type"),
             QStringLiteral("aes"), QStringLiteral("--store"), QStringLiteral("main")});
    KW_COMPARE_STATUS(r, 0);
}

QString TestIntegrityObjects::sealedWorkspace(const QString &name)
{
    const QString source = m_dir.filePath(name + QStringLiteral("-source"));
    test::writeFile(source + QStringLiteral("/a.csv"), "id,amount\n1,100\n2,200\n");
    test::writeFile(source + QStringLiteral("/b.csv"), "id,amount\n3,300\n4,400\n");
    test::writeFile(source + QStringLiteral("/c.csv"), QByteArray("customer,region\n").repeated(300));
    const QList<QStringList> steps{
        {QStringLiteral("workspace"), QStringLiteral("create"), name},
        {QStringLiteral("assign"), QStringLiteral("--workspace"), name, QStringLiteral("--feature"),
         QStringLiteral("dbfs-root"), QStringLiteral("--store"), QStringLiteral("main"), QStringLiteral("--key"),
         QStringLiteral("cmk")},
        {QStringLiteral("import"), QStringLiteral("--workspace"), name, QStringLiteral("--area"),
         QStringLiteral("root"), source},
        {QStringLiteral("encrypt"), QStringLiteral("--workspace"), name},
        {QStringLiteral("verify"), QStringLiteral("--workspace"), name},
    };
    for (const QStringList &step : steps) {
        const test::CtlRun r = ctl(step);
        if (r.status != 0) {
            qWarning("%s: %s", qPrintable(step.join(QLatin1Char(' '))), r.err.constData());
            return {};
        }
    }
    const test::CtlRun shown =
        ctl({QStringLiteral("workspace"), QStringLiteral("show"), name, QStringLiteral("--json")});
    return shown.json().object().value(QStringLiteral("storage")).toString();
}

void TestIntegrityObjects::scene_data()
{
    QTest::addColumn<int>("scene");
    QTest::addColumn<QString>("object"); // relative to the storage root
    QTest::addColumn<QString>("kind");
    const QString a = QStringLiteral("root/FileStore/a.csv");
    const QString b = QStringLiteral("root/FileStore/b.csv");
    QTest::newRow("deleted") << int(Scene::Deleted) << a << QStringLiteral("missing");
    QTest::newRow("swapped") << int(Scene::Swapped) << a << QStringLiteral("swapped");
    QTest::newRow("copied over") << int(Scene::CopiedOver) << b << QStringLiteral("swapped");
    QTest::newRow("rolled back") << int(Scene::RolledBack) << a << QStringLiteral("rolled-back");
    QTest::newRow("symlink inside") << int(Scene::SymlinkInside) << a << QStringLiteral("not-regular-file");
    QTest::newRow("symlink outside") << int(Scene::SymlinkOutside) << a << QStringLiteral("not-regular-file");
    QTest::newRow("directory") << int(Scene::Directory) << a << QStringLiteral("not-regular-file");
    QTest::newRow("fifo") << int(Scene::Fifo) << a << QStringLiteral("not-regular-file");
    QTest::newRow("temporary name") << int(Scene::TemporaryName)
                                    << QStringLiteral("root/FileStore/.x.json.kw-tmp-ABC123")
                                    << QStringLiteral("unexpected");
    QTest::newRow("unknown folder") << int(Scene::UnknownFolder) << QStringLiteral("root/tmp/x.csv")
                                    << QStringLiteral("unexpected");
    QTest::newRow("unknown area") << int(Scene::UnknownArea) << QStringLiteral("evil/x.csv")
                                  << QStringLiteral("unexpected");
    QTest::newRow("first byte flipped") << int(Scene::FirstByteFlipped) << a << QStringLiteral("corrupt");
    QTest::newRow("assignment deleted") << int(Scene::AssignmentDeleted) << QStringLiteral("root/FileStore/new.csv")
                                        << QStringLiteral("plaintext");
}

void TestIntegrityObjects::scene()
{
    QFETCH(int, scene);
    QFETCH(QString, object);
    QFETCH(QString, kind);
    const QString name = QStringLiteral("ws%1").arg(scene);
    const QString storage = sealedWorkspace(name);
    QVERIFY(!storage.isEmpty());
    const QDir root(storage);
    const QString a = root.filePath(QStringLiteral("root/FileStore/a.csv"));
    const QString b = root.filePath(QStringLiteral("root/FileStore/b.csv"));
    const QByteArray sealedA = test::readFile(a);
    const QByteArray sealedB = test::readFile(b);
    QVERIFY(sealedA.startsWith("KWE1") && sealedB.startsWith("KWE1"));

    switch (Scene(scene)) {
    case Scene::Deleted:
        QVERIFY(QFile::remove(a));
        break;
    case Scene::Swapped:
        test::writeFile(a, sealedB);
        test::writeFile(b, sealedA);
        break;
    case Scene::CopiedOver:
        test::writeFile(b, sealedA);
        break;
    case Scene::RolledBack: {
        // Keep the old sealed copy, bring in new content, seal it, put the old copy back: same feature key.
        const QString update = m_dir.filePath(name + QStringLiteral("-update"));
        test::writeFile(update + QStringLiteral("/a.csv"), "id,amount\n1,999\n");
        test::CtlRun r = ctl({QStringLiteral("import"), QStringLiteral("--workspace"), name, QStringLiteral("--area"),
                              QStringLiteral("root"), update, QStringLiteral("--overwrite")});
        KW_COMPARE_STATUS(r, 0);
        r = ctl({QStringLiteral("encrypt"), QStringLiteral("--workspace"), name});
        KW_COMPARE_STATUS(r, 0);
        QVERIFY(test::readFile(a) != sealedA);
        test::writeFile(a, sealedA);
        break;
    }
    case Scene::SymlinkInside:
        QVERIFY(QFile::remove(a));
        QVERIFY(QFile::link(QStringLiteral("b.csv"), a));
        break;
    case Scene::SymlinkOutside: {
        const QString outside = m_dir.filePath(name + QStringLiteral("-outside.csv"));
        test::writeFile(outside, sealedA);
        QVERIFY(QFile::remove(a));
        QVERIFY(QFile::link(outside, a));
        break;
    }
    case Scene::Directory:
        QVERIFY(QFile::remove(a));
        QVERIFY(QDir().mkpath(a));
        break;
    case Scene::Fifo:
        QVERIFY(QFile::remove(a));
        QCOMPARE(::mkfifo(QFile::encodeName(a).constData(), 0600), 0);
        break;
    case Scene::TemporaryName:
    case Scene::UnknownFolder:
    case Scene::UnknownArea:
        test::writeFile(root.filePath(object), "card,cvv\n4111111111111111,123\n");
        break;
    case Scene::FirstByteFlipped: {
        QByteArray damaged = sealedA;
        damaged[0] = char(damaged.at(0) ^ 0x01);
        test::writeFile(a, damaged);
        break;
    }
    case Scene::AssignmentDeleted:
        test::execSql(QDir(dataDir()).filePath(QStringLiteral("catalog.sqlite")),
                      {QStringLiteral("DELETE FROM assignments WHERE workspace_id = (SELECT id FROM workspaces WHERE "
                                      "name = '%1')")
                           .arg(name)});
        test::writeFile(root.filePath(object), "card,cvv\n4111111111111111,123\n");
        break;
    }
    const auto before = snapshot(storage);

    const test::CtlRun verify =
        ctl({QStringLiteral("verify"), QStringLiteral("--workspace"), name, QStringLiteral("--json")});
    KW_COMPARE_STATUS_OUT(verify, 9);
    QVERIFY2(kindsAt(verify, object).contains(kind), verify.out.constData());
    QCOMPARE(snapshot(storage), before);

    // Encrypt never seals damage nor removes what it finds; verify still names it afterwards.
    const test::CtlRun encrypt =
        ctl({QStringLiteral("encrypt"), QStringLiteral("--workspace"), name, QStringLiteral("--json")});
    // Exit 9 when it left something unsealed because of what it found, 0 otherwise.
    const bool encryptFound = !encrypt.json().object().value(QStringLiteral("findings")).toArray().isEmpty();
    QVERIFY2(encrypt.status == (encryptFound ? 9 : 0), encrypt.err.constData());
    if (Scene(scene) == Scene::FirstByteFlipped)
        QVERIFY2(kindsAt(encrypt, object).contains(kind), encrypt.out.constData());
    auto expected = before;
    if (Scene(scene) == Scene::TemporaryName) {
        // A temporary file no writer holds is a leftover to encrypt, which removes it and says how many it removed.
        QCOMPARE(encrypt.json().object().value(QStringLiteral("stale_temporaries_removed")).toInt(), 1);
        expected.remove(object);
    }
    QCOMPARE(snapshot(storage), expected);
    const test::CtlRun again =
        ctl({QStringLiteral("verify"), QStringLiteral("--workspace"), name, QStringLiteral("--json")});
    if (Scene(scene) == Scene::TemporaryName) {
        KW_COMPARE_STATUS(again, 0);
        return;
    }
    KW_COMPARE_STATUS(again, 9);
    QVERIFY2(kindsAt(again, object).contains(kind), again.out.constData());
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestIntegrityObjects t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_integrity_objects.moc"
