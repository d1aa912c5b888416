// TestFileCli: what keywardctl writes and shows, as processes over a demo data directory: outputs never written
// through a link (recover --out in a shared sticky folder, escrow export --out, verify --findings), owner-only
// modes for everything in the data directory and the workspace after a full flow, object names that cannot draw
// on the terminal, recover's byte count on standard output, passphrase-protected escrow keys, import under the
// workspace's lock, and store remove refused while in use but undone by adding the store back.
#include "TestSupport.h"

#include "util/ProcessLock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace keyward;
using Run = test::CtlRun;

namespace {

constexpr ::uid_t Nobody = 65534;
const char *const Workspace = "demo";

QString envelopeDir()
{
    return test::sharedPath(QStringLiteral("vectors/envelope"));
}

::mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

QStringList allEntries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

// Every file and folder under `root` whose mode is not 0600 (files) or 0700 (folders).
QStringList notOwnerOnly(const QString &root)
{
    QStringList wrong;
    if (modeOf(root) != 0700)
        wrong << QStringLiteral("%1 %2").arg(root).arg(modeOf(root), 0, 8);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        const ::mode_t want = info.isDir() ? 0700 : 0600;
        if (modeOf(path) != want)
            wrong << QStringLiteral("%1 %2").arg(path).arg(modeOf(path), 0, 8);
    }
    return wrong;
}

// The first valid vector with a plaintext of some size: an object recover opens with the shared escrow kit.
struct Vector
{
    QByteArray object;
    qint64 plaintextSize = 0;
};

} // namespace

class TestFileCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everythingOwnerOnly();
    void outputThroughLinkRefused_data();
    void outputThroughLinkRefused();
    void recoverStickyFolderOfAnotherUser();
    void recoverStandardOutputCount();
    void objectNamesCannotDraw();
    void passphraseProtectedEscrowKey_data();
    void passphraseProtectedEscrowKey();
    void importWhileAJobHoldsTheLock();
    void storeRemoveInUseRefused();
    void storeRemovedCanBeAddedBack();

private:
    Run ctl(QStringList args, const QByteArray &input = {});
    QStringList recoverArgs(const QString &in, const QString &out, const QString &key = {}) const;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString workspaceDir() const { return dataDir() + QStringLiteral("/workspaces/demo"); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Vector m_vector;
    QString m_in;
};

Run TestFileCli::ctl(QStringList args, const QByteArray &input)
{
    args << QStringLiteral("--data-dir") << dataDir();
    return test::runKeywardctl(args, input);
}

QStringList TestFileCli::recoverArgs(const QString &in, const QString &out, const QString &key) const
{
    QStringList args{
        QStringLiteral("recover"),      QStringLiteral("--json"),
        QStringLiteral("--escrow-key"), key.isEmpty() ? envelopeDir() + QStringLiteral("/escrow-test-key.pem") : key,
        QStringLiteral("--in"),         in,
        QStringLiteral("--out"),        out};
    for (const char *f : {"managed-services", "dbfs-root", "managed-disks", "platform"})
        args << QStringLiteral("--record") << envelopeDir() + QStringLiteral("/escrow/%1.json").arg(QLatin1String(f));
    return args;
}

void TestFileCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = ctl(test::words({"demo", "--objects", "40", "--size-mib", "2"}));
    QVERIFY2(demo.status == 0, demo.err.constData());
    // rekey and an escrow export too, so that every kind of file Keyward makes is there.
    const Run rekey = ctl(test::words({"rekey", "--workspace", Workspace, "--feature", "managed-services"}));
    QVERIFY2(rekey.status == 0, rekey.err.constData());

    const QJsonArray vectors = test::loadJsonObject(envelopeDir() + QStringLiteral("/kwe1-vectors.json"))
                                   .value(QStringLiteral("vectors"))
                                   .toArray();
    for (const auto &v : vectors) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("result")).toString() == QLatin1String("valid") &&
            o.contains(QStringLiteral("object")) && o.value(QStringLiteral("plaintext_len")).toInteger() > 1000) {
            m_vector = {test::fromHex(o.value(QStringLiteral("object")).toString()),
                        o.value(QStringLiteral("plaintext_len")).toInteger()};
            break;
        }
    }
    QVERIFY(!m_vector.object.isEmpty());
    m_in = file(QStringLiteral("object.kwe"));
    test::writeFile(m_in, m_vector.object);
}

void TestFileCli::everythingOwnerOnly()
{
    const Run escrow =
        ctl(QStringList{QStringLiteral("escrow"), QStringLiteral("export"), QStringLiteral("--workspace"),
                        QString::fromLatin1(Workspace), QStringLiteral("--feature"), QStringLiteral("managed-services"),
                        QStringLiteral("--recipient"), envelopeDir() + QStringLiteral("/escrow-test-key.pub.pem"),
                        QStringLiteral("--out"), dataDir() + QStringLiteral("/kit.json")});
    QVERIFY2(escrow.status == 0, escrow.err.constData());
    const Run verify =
        ctl(QStringList{QStringLiteral("verify"), QStringLiteral("--workspace"), QString::fromLatin1(Workspace),
                        QStringLiteral("--findings"), dataDir() + QStringLiteral("/findings.csv")});
    QVERIFY2(verify.status == 0 || verify.status == 9, verify.err.constData());
    QVERIFY(QFile::exists(dataDir() + QStringLiteral("/kit.json")));
    QVERIFY(QFile::exists(dataDir() + QStringLiteral("/findings.csv")));
    QVERIFY(QFile::exists(dataDir() + QStringLiteral("/catalog.sqlite")));
    QVERIFY(QFile::exists(dataDir() + QStringLiteral("/stores.json")));
    // The data directory holds the workspace's folder (the demo's default), so one walk covers both.
    QVERIFY(QFileInfo(workspaceDir()).isDir());
    const QStringList wrong = notOwnerOnly(dataDir());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestFileCli::outputThroughLinkRefused_data()
{
    QTest::addColumn<QString>("command"); // which command writes the output
    QTest::addColumn<bool>("dangling");   // whether the link points at nothing yet
    for (const char *command : {"recover", "escrow export", "verify --findings"}) {
        QTest::addRow("%s, to an existing file", command) << QString::fromLatin1(command) << false;
        QTest::addRow("%s, dangling", command) << QString::fromLatin1(command) << true;
    }
}

void TestFileCli::outputThroughLinkRefused()
{
    QFETCH(QString, command);
    QFETCH(bool, dangling);
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim"));
    if (!dangling)
        test::writeFile(victim, "keep me");
    const QString link = dir.filePath(QStringLiteral("out"));
    QVERIFY(QFile::link(victim, link));

    Run r;
    if (command == QLatin1String("recover"))
        r = test::runKeywardctl(recoverArgs(m_in, link));
    else if (command == QLatin1String("escrow export"))
        r = ctl(QStringList{QStringLiteral("escrow"), QStringLiteral("export"), QStringLiteral("--json"),
                            QStringLiteral("--workspace"), QString::fromLatin1(Workspace), QStringLiteral("--feature"),
                            QStringLiteral("managed-services"), QStringLiteral("--recipient"),
                            envelopeDir() + QStringLiteral("/escrow-test-key.pub.pem"), QStringLiteral("--out"), link});
    else
        r = ctl(QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--workspace"),
                            QString::fromLatin1(Workspace), QStringLiteral("--findings"), link});

    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(r.errorReason(), QStringLiteral("output-is-symlink"));
    if (dangling)
        QVERIFY(!QFileInfo::exists(victim));
    else
        QCOMPARE(test::readFile(victim), QByteArray("keep me"));
    QVERIFY(QFileInfo(link).isSymLink());
    // Nothing else written beside them: no temporary file left.
    const QStringList expected =
        dangling ? QStringList{QStringLiteral("out")} : QStringList{QStringLiteral("out"), QStringLiteral("victim")};
    QCOMPARE(allEntries(dir.path()), expected);
}

void TestFileCli::recoverStickyFolderOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("needs root to make a link of another user (uid 65534); CI runs the tests as root");
    QTemporaryDir dir;
    const QString sticky = dir.filePath(QStringLiteral("sticky"));
    QVERIFY(QDir().mkdir(sticky));
    QVERIFY(::chmod(QFile::encodeName(sticky).constData(), 01777) == 0);
    const QString rootOnly = dir.filePath(QStringLiteral("shadow"));
    test::writeFile(rootOnly, "root only");
    QVERIFY(::chmod(QFile::encodeName(rootOnly).constData(), 0600) == 0);
    const QString out = sticky + QStringLiteral("/recovered.json");
    QVERIFY(QFile::link(rootOnly, out));
    QVERIFY(::lchown(QFile::encodeName(out).constData(), Nobody, Nobody) == 0);

    Run r = test::runKeywardctl(recoverArgs(m_in, out));
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("output-is-symlink"));
    QCOMPARE(test::readFile(rootOnly), QByteArray("root only"));
    QCOMPARE(modeOf(rootOnly), ::mode_t(0600));
    QCOMPARE(allEntries(sticky), QStringList{QStringLiteral("recovered.json")});

    // A file of that user there instead: left alone too.
    QVERIFY(QFile::remove(out));
    test::writeFile(out, "theirs");
    QVERIFY(::chown(QFile::encodeName(out).constData(), Nobody, Nobody) == 0);
    r = test::runKeywardctl(recoverArgs(m_in, out));
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("output-owned-by-other"));
    QCOMPARE(test::readFile(out), QByteArray("theirs"));

    // The folder itself belonging to that user.
    QVERIFY(::chown(QFile::encodeName(sticky).constData(), Nobody, Nobody) == 0);
    r = test::runKeywardctl(recoverArgs(m_in, sticky + QStringLiteral("/new.bin")));
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("output-folder-unsafe"));
    QCOMPARE(allEntries(sticky), QStringList{QStringLiteral("recovered.json")});

    // A fresh name in a sticky folder of root's: written, owner-only.
    QVERIFY(::chown(QFile::encodeName(sticky).constData(), 0, 0) == 0);
    r = test::runKeywardctl(recoverArgs(m_in, sticky + QStringLiteral("/mine.bin")));
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QFileInfo(sticky + QStringLiteral("/mine.bin")).size(), m_vector.plaintextSize);
    QCOMPARE(modeOf(sticky + QStringLiteral("/mine.bin")), ::mode_t(0600));
}

void TestFileCli::recoverStandardOutputCount()
{
    QStringList args = recoverArgs(m_in, QStringLiteral("-"));
    args.removeAll(QStringLiteral("--json"));
    const Run r = test::runKeywardctl(args);
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(qint64(r.out.size()), m_vector.plaintextSize);
    // The count it reports is the bytes it wrote (it said 0 on a pipe).
    QVERIFY2(r.err.contains(' ' + QByteArray::number(m_vector.plaintextSize) + ' '), r.err.constData());
    QVERIFY(!r.err.contains(" 0 "));
}

void TestFileCli::objectNamesCannotDraw()
{
    // A plaintext object whose name moves the cursor up and clears the line: verify reports it as a finding.
    const QString evil = QString::fromUtf8("evil\x1b[1A\x1b[2Kno findings\xe2\x80\xae.csv");
    const QString dir = workspaceDir() + QStringLiteral("/root/FileStore");
    QVERIFY(QDir().mkpath(dir));
    test::writeFile(dir + QLatin1Char('/') + evil, "plain,text\n");
    const Run r =
        ctl(QStringList{QStringLiteral("verify"), QStringLiteral("--workspace"), QString::fromLatin1(Workspace)});
    QCOMPARE(r.status, 9); // findings
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData());
    QVERIFY(!r.out.contains("\xe2\x80\xae"));
    QVERIFY2(r.out.contains("evil\\x1b[1A\\x1b[2Kno findings\\u202e.csv"), r.out.constData());
    // --json keeps the name as it is (JSON escapes it).
    const Run json = ctl(QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--workspace"),
                                     QString::fromLatin1(Workspace)});
    QVERIFY(!json.out.contains('\x1b'));
    QVERIFY(json.out.contains("\\u001b[1A"));

    // Import skips what it cannot carry and says so: a name with a control character shows spelled out.
    QTemporaryDir src;
    test::writeFile(src.filePath(QStringLiteral("ok.csv")), "a\n");
    QVERIFY(::mkfifo(QFile::encodeName(src.filePath(QStringLiteral("pipe\x1b[2K"))).constData(), 0600) == 0);
    const Run imported =
        ctl(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), QString::fromLatin1(Workspace),
                        QStringLiteral("--area"), QStringLiteral("root"), src.path()});
    QVERIFY2(imported.status == 0, imported.err.constData());
    QVERIFY(!imported.out.contains('\x1b'));
    QVERIFY2(imported.out.contains("pipe\\x1b[2K"), imported.out.constData());

    // Encrypt seals them; nothing is left to report.
    QVERIFY(QFile::remove(dir + QLatin1Char('/') + evil));
    const Run sealed =
        ctl(QStringList{QStringLiteral("encrypt"), QStringLiteral("--workspace"), QString::fromLatin1(Workspace)});
    QVERIFY2(sealed.status == 0, sealed.err.constData());
}

void TestFileCli::passphraseProtectedEscrowKey_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("traditional");
    QTest::newRow("PKCS#8 AES-256") << QStringLiteral("-aes256") << false;
    QTest::newRow("traditional RSA, AES-128") << QStringLiteral("-aes128") << true;
}

void TestFileCli::passphraseProtectedEscrowKey()
{
    QFETCH(QString, cipher);
    QFETCH(bool, traditional);
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("escrow-protected.pem"));
    QProcess openssl;
    QStringList args{traditional ? QStringLiteral("rsa") : QStringLiteral("pkey"),
                     QStringLiteral("-in"),
                     envelopeDir() + QStringLiteral("/escrow-test-key.pem"),
                     cipher,
                     QStringLiteral("-passout"),
                     QStringLiteral("pass:correct horse"),
                     QStringLiteral("-out"),
                     key};
    if (traditional)
        args << QStringLiteral("-traditional");
    openssl.start(QStringLiteral("openssl"), args);
    QVERIFY(openssl.waitForFinished(30000));
    if (openssl.exitCode() != 0)
        QSKIP("the openssl command cannot write this kind of protected key here");
    QVERIFY(test::readFile(key).contains("ENCRYPTED"));
    const QString right = dir.filePath(QStringLiteral("right"));
    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    test::writeFile(right, "correct horse\n");
    test::writeFile(wrong, "battery staple\n");

    const QString out = dir.filePath(QStringLiteral("plain.bin"));
    Run r = test::runKeywardctl(recoverArgs(m_in, out, key) << QStringLiteral("--passphrase-file") << wrong);
    QCOMPARE(r.status, 8);
    QCOMPARE(r.errorCode(), QStringLiteral("wrong-passphrase"));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!r.err.contains("battery"));

    r = test::runKeywardctl(recoverArgs(m_in, out, key) << QStringLiteral("--passphrase-file") << right);
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QFileInfo(out).size(), m_vector.plaintextSize);
    QCOMPARE(modeOf(out), ::mode_t(0600));

    // From standard input too.
    QVERIFY(QFile::remove(out));
    r = test::runKeywardctl(recoverArgs(m_in, out, key) << QStringLiteral("--passphrase-file") << QStringLiteral("-"),
                            "correct horse\n");
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QFileInfo(out).size(), m_vector.plaintextSize);

    // Not a key at all: a format error naming it.
    const QString junk = dir.filePath(QStringLiteral("junk.pem"));
    test::writeFile(junk, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    r = test::runKeywardctl(recoverArgs(m_in, dir.filePath(QStringLiteral("x.bin")), junk));
    QCOMPARE(r.status, 3);
    QCOMPARE(r.errorReason(), QStringLiteral("escrow-key-invalid"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.bin"))));
}

void TestFileCli::importWhileAJobHoldsTheLock()
{
    QTemporaryDir src;
    test::writeFile(src.filePath(QStringLiteral("new.csv")), "a,b\n");
    // Hold every workspace lock there is, as a running encrypt does.
    const QStringList locks =
        QDir(dataDir() + QStringLiteral("/locks")).entryList({QStringLiteral("workspace-*.lock")}, QDir::Files);
    QVERIFY(!locks.isEmpty());
    std::vector<std::unique_ptr<ProcessLock>> held;
    for (const QString &name : locks) {
        held.push_back(std::make_unique<ProcessLock>(dataDir() + QStringLiteral("/locks/") + name));
        QVERIFY(held.back()->tryLock(1000));
    }
    const QString object = workspaceDir() + QStringLiteral("/root/FileStore/new.csv");
    Run r = ctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--workspace"),
                            QString::fromLatin1(Workspace), QStringLiteral("--area"), QStringLiteral("root"),
                            QStringLiteral("--overwrite"), src.path()});
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("workspace-busy"));
    QVERIFY(!QFileInfo::exists(object)); // nothing imported
    held.clear();
    r = ctl(QStringList{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--workspace"),
                        QString::fromLatin1(Workspace), QStringLiteral("--area"), QStringLiteral("root"), src.path()});
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(test::readFile(object), QByteArray("a,b\n"));
    QCOMPARE(modeOf(object), ::mode_t(0600));
}

void TestFileCli::storeRemoveInUseRefused()
{
    const QByteArray before = test::readFile(dataDir() + QStringLiteral("/stores.json"));
    const Run r = ctl(test::words({"store", "remove", "demo-vault", "--json"}));
    QCOMPARE(r.status, 7);
    QCOMPARE(r.errorReason(), QStringLiteral("store-in-use"));
    QCOMPARE(test::readFile(dataDir() + QStringLiteral("/stores.json")), before);
}

void TestFileCli::storeRemovedCanBeAddedBack()
{
    Run r = ctl(test::words({"store", "add", "local", "spare", "--protection", "keychain"}));
    QVERIFY2(r.status == 0, r.err.constData());
    r = ctl(test::words({"key", "create", "k1", "--store", "spare"}));
    QVERIFY2(r.status == 0, r.err.constData());
    r = ctl(test::words({"store", "remove", "spare"}));
    QVERIFY2(r.status == 0, r.err.constData());
    r = ctl(test::words({"key", "list", "--store", "spare", "--json"}));
    QCOMPARE(r.status, 6); // not found while removed
    // Added back: the same vault, its key included.
    r = ctl(test::words({"store", "add", "local", "spare", "--json"}));
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("readded")).toBool(), true);
    r = ctl(test::words({"key", "list", "--store", "spare", "--json"}));
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(r.out.contains("k1"));
    // Its vault file is a registered store's again: a second add under another name is refused.
    r = ctl(QStringList{QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("twin"),
                        QStringLiteral("--json"), QStringLiteral("--vault-file"),
                        dataDir() + QStringLiteral("/vaults/spare.kwvault")});
    QCOMPARE(r.status, 7);
}

QTEST_GUILESS_MAIN(TestFileCli)
#include "tst_filecli.moc"
