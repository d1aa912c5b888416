// TestEndToEnd: a folder of the user's files imported, encrypted, escrowed and opened again with
// `keywardctl recover` alone gives back identical bytes; after rotate every object file is unchanged.
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using keyward::test::readFile;
using keyward::test::writeFile;

namespace {

QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(p), f.readAll());
    }
    return out;
}

int quietly(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void importEncryptEscrowRecover();

private:
    test::CtlRun ctl(QStringList args)
    {
        return test::runKeywardctl(args << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("data")));
    }
    QTemporaryDir m_dir;
};

void TestEndToEnd::importEncryptEscrowRecover()
{
    // The user's files: text, binary, empty, more than a segment, nested folders.
    const QString source = m_dir.filePath(QStringLiteral("source"));
    writeFile(source + QStringLiteral("/reports/q3.csv"), "region,revenue\nemea,1200\napac,900\n");
    writeFile(source + QStringLiteral("/reports/deep/er/notes.txt"), QByteArray("confidential notes\n").repeated(500));
    writeFile(source + QStringLiteral("/empty.bin"), QByteArray());
    writeFile(source + QStringLiteral("/large.bin"), test::vectorPlaintext((3 << 20) + 11, 5));
    const auto originals = readTree(source);

    KW_COMPARE_STATUS(ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"), QStringLiteral("v"),
                           QStringLiteral("--protection"), QStringLiteral("keychain")}),
                      0);
    KW_COMPARE_STATUS(
        ctl({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("root-kek"), QStringLiteral("--store"),
             QStringLiteral("v"), QStringLiteral("--size"), QStringLiteral("2048")}),
        0);
    test::CtlRun r = ctl({QStringLiteral("workspace"), QStringLiteral("create"), QStringLiteral("e2e"),
                          QStringLiteral("--option"), QStringLiteral("dbfs-double-encryption")});
    KW_COMPARE_STATUS(r, 0);
    r = ctl({QStringLiteral("assign"), QStringLiteral("--workspace"), QStringLiteral("e2e"),
             QStringLiteral("--feature"), QStringLiteral("dbfs-root"), QStringLiteral("--store"), QStringLiteral("v"),
             QStringLiteral("--key"), QStringLiteral("root-kek")});
    KW_COMPARE_STATUS(r, 0);
    r = ctl({QStringLiteral("import"), QStringLiteral("--workspace"), QStringLiteral("e2e"), QStringLiteral("--area"),
             QStringLiteral("root"), source, QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("files")).toInt(), 4);
    const QString folder = r.json().object().value(QStringLiteral("folder")).toString();

    r = ctl(
        {QStringLiteral("encrypt"), QStringLiteral("--workspace"), QStringLiteral("e2e"), QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("processed")).toInt(), 4);

    r = ctl({QStringLiteral("workspace"), QStringLiteral("show"), QStringLiteral("e2e"), QStringLiteral("--json")});
    const QString storage = r.json().object().value(QStringLiteral("storage")).toString();
    QVERIFY2(!storage.isEmpty(), r.out.constData());
    const QString objects = QDir(storage).filePath(folder);
    for (auto it = originals.begin(); it != originals.end(); ++it) {
        QFile f(QDir(objects).filePath(it.key()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.read(4) == "KWE1", qPrintable(it.key()));
    }

    // The break-glass kit: both layers' feature keys, to an escrow key made outside Keyward.
    const QString escrowKey = m_dir.filePath(QStringLiteral("escrow.pem"));
    const QString escrowPub = m_dir.filePath(QStringLiteral("escrow.pub.pem"));
    QCOMPARE(
        quietly(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                            QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                            QStringLiteral("rsa_keygen_bits:3072"), QStringLiteral("-out"), escrowKey}),
        0);
    QCOMPARE(quietly(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), escrowKey,
                                                 QStringLiteral("-pubout"), QStringLiteral("-out"), escrowPub}),
             0);
    QStringList records;
    for (const char *feature : {"dbfs-root", "platform"}) {
        const QString out = m_dir.filePath(QStringLiteral("%1.json").arg(QLatin1String(feature)));
        r = ctl({QStringLiteral("escrow"), QStringLiteral("export"), QStringLiteral("--workspace"),
                 QStringLiteral("e2e"), QStringLiteral("--feature"), QLatin1String(feature),
                 QStringLiteral("--recipient"), escrowPub, QStringLiteral("--out"), out});
        KW_COMPARE_STATUS(r, 0);
        records << QStringLiteral("--record") << out;
    }

    auto recoverAll = [&](const char *when) {
        for (auto it = originals.begin(); it != originals.end(); ++it) {
            const QString plain = m_dir.filePath(QStringLiteral("recovered.bin"));
            QFile::remove(plain);
            // No --data-dir: recovery needs no catalog and no key store.
            const test::CtlRun rec = test::runKeywardctl(
                QStringList{QStringLiteral("recover"), QStringLiteral("--escrow-key"), escrowKey,
                            QStringLiteral("--in"), QDir(objects).filePath(it.key()), QStringLiteral("--out"), plain} +
                records);
            QVERIFY2(
                rec.status == 0,
                qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(when), it.key(), QString::fromUtf8(rec.err))));
            QFile f(plain);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == it.value(), qPrintable(it.key()));
        }
    };
    recoverAll("after encrypt");

    // Rotation changes no object file and the same escrow kit still opens them (FKs are unchanged).
    const auto sealed = readTree(objects);
    r = ctl({QStringLiteral("rotate"), QStringLiteral("--workspace"), QStringLiteral("e2e"), QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("objects_touched")).toInt(), 0);
    QCOMPARE(readTree(objects), sealed);
    recoverAll("after rotate");
    KW_COMPARE_STATUS(ctl({QStringLiteral("verify"), QStringLiteral("--workspace"), QStringLiteral("e2e")}), 0);
    KW_COMPARE_STATUS(ctl({QStringLiteral("history"), QStringLiteral("verify")}), 0);
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestEndToEnd t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_endtoend.moc"
