// TestRecover: `keywardctl recover` and `keywardctl envelope inspect` run as processes over every shared vector.
#include "TestSupport.h"

#include "crypto/Digest.h"
#include "crypto/RsaKey.h"
#include "envelope/Envelope.h"
#include "escrow/EscrowRecord.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

namespace {

QString envelopeDir()
{
    return test::sharedPath(QStringLiteral("vectors/envelope"));
}

QStringList allRecords()
{
    QStringList args;
    for (const char *f : {"managed-services", "dbfs-root", "managed-disks", "platform"})
        args << QStringLiteral("--record") << envelopeDir() + QStringLiteral("/escrow/%1.json").arg(QLatin1String(f));
    return args;
}

using Run = test::CtlRun;

Run keywardctl(const QStringList &args, const QByteArray &stdinData = {})
{
    return test::runKeywardctl(args, stdinData);
}

int expectedStatus(const QString &kind)
{
    if (kind == QLatin1String("format"))
        return 3;
    if (kind == QLatin1String("key"))
        return 4;
    if (kind == QLatin1String("auth"))
        return 5;
    return 0;
}

} // namespace

class TestRecover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vectors_data();
    void vectors();
    void hashOnlyVectors();
    void standardStreams();
    void missingRecordIsAKeyError();
    void recordForAnotherEscrowKey();
    void malformedRecordIsAFormatError();
    void usageErrors();
    void inspect_data();
    void inspect();

private:
    QTemporaryDir m_dir;
    QJsonArray m_vectors;
    QString writeObject(const QString &name, const QByteArray &bytes);
};

void TestRecover::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vectors = test::loadJsonObject(envelopeDir() + QStringLiteral("/kwe1-vectors.json"))
                    .value(QStringLiteral("vectors"))
                    .toArray();
    QCOMPARE(m_vectors.size(), 31);
    QVERIFY(QFile::exists(QStringLiteral(KEYWARDCTL_PATH)));
}

QString TestRecover::writeObject(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestRecover::vectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const auto &v : std::as_const(m_vectors)) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("object")))
            QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
    }
}

void TestRecover::vectors()
{
    QFETCH(QJsonObject, vector);
    static int n = 0;
    const QString in = writeObject(QStringLiteral("in%1.kwe").arg(++n),
                                   test::fromHex(vector.value(QStringLiteral("object")).toString()));
    const QString outPath = m_dir.filePath(QStringLiteral("out%1.bin").arg(n));
    const Run r = keywardctl(QStringList{QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                                         envelopeDir() + QStringLiteral("/escrow-test-key.pem"), QStringLiteral("--in"),
                                         in, QStringLiteral("--out"), outPath}
                             << allRecords());
    if (vector.value(QStringLiteral("result")).toString() == QLatin1String("valid")) {
        KW_COMPARE_STATUS(r, 0);
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == test::vectorPlaintext(vector.value(QStringLiteral("plaintext_len")).toInteger(),
                                                     vector.value(QStringLiteral("plaintext_salt")).toInt()));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    } else {
        const QString kind = vector.value(QStringLiteral("error")).toString();
        QCOMPARE(r.status, expectedStatus(kind));
        QVERIFY2(!QFile::exists(outPath), "a failed recovery left an output file");
        // No temporary file either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("out%1*").arg(n)}, QDir::Files), QStringList());
        if (kind == QLatin1String("auth"))
            QVERIFY2(r.err.contains(
                         QStringLiteral("segment %1").arg(vector.value(QStringLiteral("segment")).toInt()).toUtf8()),
                     r.err.constData());
    }
}

// Two valid vectors publish only the object's SHA-256: rebuild the bytes from their inputs, check the hash,
// then recover them through the CLI like the others.
void TestRecover::hashOnlyVectors()
{
    const QJsonObject fks = test::loadJsonObject(envelopeDir() + QStringLiteral("/kwe1-vectors.json"))
                                .value(QStringLiteral("feature_keys"))
                                .toObject();
    int seen = 0;
    for (const auto &value : std::as_const(m_vectors)) {
        const QJsonObject v = value.toObject();
        if (v.contains(QStringLiteral("object")) ||
            v.value(QStringLiteral("result")).toString() != QLatin1String("valid"))
            continue;
        ++seen;
        crypto::SecureBytes fk;
        for (const auto &entry : fks)
            if (entry.toObject().value(QStringLiteral("fk_id")) == v.value(QStringLiteral("fk_id")))
                fk = crypto::SecureBytes::fromHex(entry.toObject().value(QStringLiteral("fk")).toString().toLatin1());
        QCOMPARE(fk.size(), std::size_t(32));
        test::FixedRandom random;
        for (const char *field : {"object_id", "nonce_prefix", "ok"})
            random.push(test::fromHex(v.value(QLatin1String(field)).toString()));
        const QByteArray plaintext = test::vectorPlaintext(v.value(QStringLiteral("plaintext_len")).toInteger(),
                                                           v.value(QStringLiteral("plaintext_salt")).toInt());
        QBuffer in;
        in.setData(plaintext);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray object;
        QBuffer out(&object);
        QVERIFY(out.open(QIODevice::WriteOnly));
        envelope::SealLayer layer{{envelope::Kwe1Feature(v.value(QStringLiteral("feature")).toInt()),
                                   v.value(QStringLiteral("segment_log2")).toInt(),
                                   test::fromHex(v.value(QStringLiteral("fk_id")).toString())},
                                  &fk};
        QVERIFY(envelope::seal(&in, &out, layer, std::nullopt, random).ok());
        QCOMPARE(crypto::Sha256::hash(object)->toHex(), v.value(QStringLiteral("object_sha256")).toString().toLatin1());

        const QString path = writeObject(QStringLiteral("hash-only-%1.kwe").arg(seen), object);
        const QString plainPath = m_dir.filePath(QStringLiteral("hash-only-%1.out").arg(seen));
        const Run r = keywardctl(QStringList{QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                                             envelopeDir() + QStringLiteral("/escrow-test-key.pem"),
                                             QStringLiteral("--in"), path, QStringLiteral("--out"), plainPath}
                                 << allRecords());
        KW_COMPARE_STATUS(r, 0);
        QFile f(plainPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == plaintext);
    }
    QCOMPARE(seen, 2);
}

void TestRecover::standardStreams()
{
    const QJsonObject v = m_vectors.at(9).toObject(); // double encryption
    QVERIFY(v.value(QStringLiteral("double")).toBool());
    const Run r = keywardctl(QStringList{QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                                         envelopeDir() + QStringLiteral("/escrow-test-key.pem"), QStringLiteral("--in"),
                                         QStringLiteral("-"), QStringLiteral("--out"), QStringLiteral("-"),
                                         QStringLiteral("--quiet")}
                                 << allRecords(),
                             test::fromHex(v.value(QStringLiteral("object")).toString()));
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out == test::vectorPlaintext(5000, 17));
    QVERIFY(r.err.isEmpty());
}

void TestRecover::missingRecordIsAKeyError()
{
    const QJsonObject v = m_vectors.at(9).toObject(); // needs dbfs-root and platform records
    const QString in =
        writeObject(QStringLiteral("double.kwe"), test::fromHex(v.value(QStringLiteral("object")).toString()));
    for (const char *only : {"dbfs-root", "platform"}) {
        const QString out = m_dir.filePath(QStringLiteral("double-%1.out").arg(QLatin1String(only)));
        const Run r = keywardctl({QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                                  envelopeDir() + QStringLiteral("/escrow-test-key.pem"), QStringLiteral("--record"),
                                  envelopeDir() + QStringLiteral("/escrow/%1.json").arg(QLatin1String(only)),
                                  QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        KW_COMPARE_STATUS(r, 4);
        QVERIFY(r.err.contains("no escrow record"));
        QVERIFY(!QFile::exists(out));
    }
}

void TestRecover::recordForAnotherEscrowKey()
{
    // A record wrapped to some other escrow key, given with the shared escrow key, must be refused as such.
    auto other = crypto::RsaPrivateKey::generate(2048);
    QVERIFY(other.ok());
    const QByteArray fkId = test::fromHex(QStringLiteral("4663dcdc868f1b775d00b9e529e3c86d"));
    const auto fk = crypto::SecureBytes::fromHex("fc5208ce91ad0546d83cbd2747d6238b213d9a1e991cb16f927185be06ec8de4");
    auto record = escrow::EscrowRecord::create(QStringLiteral("t"), QStringLiteral("managed-services"), fkId, fk,
                                               other->publicKey());
    QVERIFY(record.ok());
    const QString recPath = writeObject(QStringLiteral("other.json"), record->toJson());
    const QString in = writeObject(
        QStringLiteral("ms.kwe"), test::fromHex(m_vectors.at(5).toObject().value(QStringLiteral("object")).toString()));
    const QString out = m_dir.filePath(QStringLiteral("ms.out"));
    const Run r = keywardctl({QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                              envelopeDir() + QStringLiteral("/escrow-test-key.pem"), QStringLiteral("--record"),
                              recPath, QStringLiteral("--in"), in, QStringLiteral("--out"), out});
    KW_COMPARE_STATUS(r, 4);
    QVERIFY2(r.err.contains("another escrow key"), r.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestRecover::malformedRecordIsAFormatError()
{
    const QString bad = writeObject(QStringLiteral("bad.json"), "{\"format\":\"keyward-escrow/1\",\"fk_id\":\"xyz\"}");
    const QString in =
        writeObject(QStringLiteral("ms2.kwe"),
                    test::fromHex(m_vectors.at(5).toObject().value(QStringLiteral("object")).toString()));
    const Run r =
        keywardctl({QStringLiteral("recover"), QStringLiteral("--escrow-key"),
                    envelopeDir() + QStringLiteral("/escrow-test-key.pem"), QStringLiteral("--record"), bad,
                    QStringLiteral("--in"), in, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ms2.out"))});
    KW_COMPARE_STATUS(r, 3);
    QVERIFY(r.err.contains("bad.json"));
}

void TestRecover::usageErrors()
{
    KW_COMPARE_STATUS(keywardctl({QStringLiteral("recover")}), 2);
    KW_COMPARE_STATUS(keywardctl({QStringLiteral("recover"), QStringLiteral("--bogus")}), 2);
    KW_COMPARE_STATUS(keywardctl({QStringLiteral("no-such-command")}), 2);
    const Run help = keywardctl({QStringLiteral("recover"), QStringLiteral("--help")});
    KW_COMPARE_STATUS(help, 0);
    QVERIFY(help.out.contains("--escrow-key"));
    // An unreadable escrow key is "any other error".
    const Run missing = keywardctl(
        {QStringLiteral("recover"), QStringLiteral("--escrow-key"), m_dir.filePath(QStringLiteral("nope.pem")),
         QStringLiteral("--record"), m_dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--in"),
         m_dir.filePath(QStringLiteral("nope")), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
    QCOMPARE(missing.status, 1);
}

void TestRecover::inspect_data()
{
    vectors_data();
}

void TestRecover::inspect()
{
    QFETCH(QJsonObject, vector);
    const QByteArray object = test::fromHex(vector.value(QStringLiteral("object")).toString());
    const Run r = keywardctl(
        {QStringLiteral("envelope"), QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("-")}, object);
    const bool formatError = vector.value(QStringLiteral("error")).toString() == QLatin1String("format");
    QCOMPARE(r.status, formatError ? 3 : 0);
    if (!formatError) {
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("object_size")).toInteger(), qint64(object.size()));
        QCOMPARE(info.value(QStringLiteral("fk_id")).toString().toLatin1(), object.mid(31, 16).toHex());
    }
}

QTEST_GUILESS_MAIN(TestRecover)
#include "tst_recover.moc"
