// Keyward's AzureBlobStore beside Microsoft's own client (@azure/storage-blob, through blob-crosscheck.mjs), both on
// one Azurite: what Keyward writes (in one request or in blocks) is an ordinary blob that client reads, and what that
// client writes (single-shot or in 1 MiB blocks) Keyward reads, seals in place under its ETag, and opens again.
#include "Azurite.h"
#include "NodeScript.h"
#include "TestSupport.h"

#include "envelope/Envelope.h"
#include "envelope/FeatureKeyResolver.h"
#include "storage/AzureBlobStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::storage;
using keyward::test::Azurite;

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAzureBlobNode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Azurite> m_azurite;
    std::unique_ptr<AzureBlobStore> m_store;
    const QString m_container = QStringLiteral("crosscheck");

    test::NodeRun node(const QStringList &args)
    {
        QStringList all = args;
        all.insert(1, m_azurite->connectionString());
        all.insert(2, m_container);
        return test::runNodeScript(QStringLiteral("blob-crosscheck.mjs"), all);
    }
    QByteArray readAll(const QString &path)
    {
        auto in = m_store->openRead(path);
        return in ? (*in)->readAll() : QByteArray("<error>");
    }

private slots:
    void initTestCase()
    {
        if (const QString why = Azurite::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (const QString why = test::npmToolMissing(QStringLiteral("@azure/storage-blob")); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(m_dir.isValid());
        m_azurite = std::make_unique<Azurite>(m_dir.filePath(QStringLiteral("azdata")));
        QVERIFY2(m_azurite->start(), qPrintable(m_azurite->problem()));
        AzureBlobOptions o;
        o.blockSize = 1 << 20;
        auto parsed = parseConnectionString(crypto::SecureBytes::fromView(m_azurite->connectionString().toUtf8()));
        QVERIFY(parsed);
        auto s = AzureBlobStore::open(AzureBlobLocation::make(parsed->blobEndpoint, m_container),
                                      std::move(parsed->credential), o);
        QVERIFY(s);
        m_store = std::move(s).value();
        QVERIFY(m_store->createContainerIfMissing());
    }
    void cleanupTestCase()
    {
        m_store.reset();
        if (m_azurite)
            m_azurite->stop();
    }

    void keywardWritesSdkReads_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("blocks"); // committed blocks the SDK sees (0: one Put Blob)
        QTest::newRow("small") << 1000 << 0;
        QTest::newRow("3-block") << (2 << 20) + 12345 << 3;
    }
    void keywardWritesSdkReads()
    {
        QFETCH(int, size);
        QFETCH(int, blocks);
        const QByteArray data = test::vectorPlaintext(size, 9);
        const QString name = QStringLiteral("from-keyward/%1.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
        auto w = m_store->openWrite(name);
        QVERIFY(w);
        QCOMPARE((*w)->device()->write(data), data.size());
        QVERIFY((*w)->commit());
        const QString out = m_dir.filePath(QStringLiteral("got.bin"));
        const test::NodeRun run = node({QStringLiteral("get"), name, out});
        QVERIFY2(run.status == 0, run.err.constData());
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(QStringLiteral("size")).toInt(), size);
        QCOMPARE(json.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(data));
        QCOMPARE(json.value(QStringLiteral("blocks")).toInt(), blocks);
        const test::NodeRun listed = node({QStringLiteral("list")});
        QVERIFY2(listed.status == 0, listed.err.constData());
        QVERIFY(listed.json().object().value(QStringLiteral("names")).toArray().contains(name));
    }

    void sdkWritesKeywardSeals_data()
    {
        QTest::addColumn<int>("blockSize"); // 0: single-shot upload
        QTest::addColumn<int>("size");
        QTest::newRow("blocks-1MiB") << (1 << 20) << (3 << 20) + 777;
        QTest::newRow("single-shot") << 0 << 300000;
    }
    void sdkWritesKeywardSeals()
    {
        QFETCH(int, blockSize);
        QFETCH(int, size);
        const QByteArray data = test::vectorPlaintext(size, 11);
        const QString file = m_dir.filePath(QStringLiteral("upload.bin"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(data), data.size());
        }
        const QString name = QStringLiteral("from-sdk/%1.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
        const test::NodeRun put = node({QStringLiteral("put"), name, file, QString::number(blockSize)});
        QVERIFY2(put.status == 0, put.err.constData());
        QCOMPARE(put.json().object().value(QStringLiteral("blocks")).toInt() > 0, blockSize > 0);

        // Keyward sees the SDK's blob and its ETag, and reads it back whole.
        auto info = m_store->stat(name);
        QVERIFY(info);
        QCOMPARE(info->size, qint64(size));
        QCOMPARE(info->etag, put.json().object().value(QStringLiteral("etag")).toString());
        QCOMPARE(sha256Hex(readAll(name)), sha256Hex(data));

        // Sealed in place, conditional on the version read (what EncryptJob does).
        envelope::FeatureKeyRing ring;
        const QByteArray fkId(16, '\x42');
        ring.add(fkId, crypto::SecureBytes::fromView(QByteArray(32, '\x07')));
        auto fk = ring.featureKey(fkId);
        QVERIFY(fk);
        auto in = m_store->openRead(name, info->etag);
        QVERIFY(in);
        auto w = m_store->openWrite(name, info->etag);
        QVERIFY(w);
        envelope::SealLayer layer{{envelope::Kwe1Feature::DbfsRoot, envelope::Kwe1Header::DefaultSegmentLog2, fkId},
                                  &*fk};
        auto sealed0 = envelope::seal(in->get(), (*w)->device(), layer);
        QVERIFY2(sealed0, sealed0 ? "" : qPrintable(sealed0.error().detail));
        in->reset();
        QVERIFY((*w)->commit());

        // The SDK downloads KWE1; Keyward opens it to the original bytes.
        const QString out = m_dir.filePath(QStringLiteral("sealed.bin"));
        const test::NodeRun got = node({QStringLiteral("get"), name, out});
        QVERIFY2(got.status == 0, got.err.constData());
        QFile sealedFile(out);
        QVERIFY(sealedFile.open(QIODevice::ReadOnly));
        const QByteArray sealed = sealedFile.readAll();
        QVERIFY(sealed.startsWith("KWE1"));
        QCOMPARE(got.json().object().value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(sealed));
        auto opened = test::openSealed(sealed, ring);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
        QCOMPARE(sha256Hex(*opened), sha256Hex(data));
    }
};

QTEST_GUILESS_MAIN(TestAzureBlobNode)
#include "tst_azureblob_node.moc"
