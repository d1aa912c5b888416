// tst_blobxml: the Blob service's XML answers read as a hostile endpoint could write them: List Blobs pages, Get Block
// List answers and error bodies with document types whose entities would expand a few bytes into kilobytes (the
// fuzzer's finding, kept in tests/fuzz/regressions/fuzz_blob_xml/), against the same answers as Azure sends them.
#include "storage/AzureBlobStore.h"

#include <QTest>

using namespace keyward;
using namespace keyward::storage;

namespace {

// A document type whose entity `b` expands to `times` copies of 64 characters, then `body` using &b; where a value
// goes.
QByteArray withEntities(const QByteArray &body, int times)
{
    QByteArray refs;
    for (int i = 0; i < times; ++i)
        refs += "&a;";
    return "<!DOCTYPE r [<!ENTITY a \"" + QByteArray(64, 'x') + "\"><!ENTITY b \"" + refs + "\">]>" + body;
}

} // namespace

class TestBlobXml : public QObject
{
    Q_OBJECT

private slots:
    void asAzureSendsThem()
    {
        const QByteArray page = "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults><Blobs><Blob>"
                                "<Name>ws/disks/a.img</Name><Properties><Content-Length>42</Content-Length>"
                                "<Etag>0x8D9</Etag></Properties></Blob></Blobs><NextMarker>m2</NextMarker>"
                                "</EnumerationResults>";
        auto parsed = parseBlobList(page, 3);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->blobs.size(), 1);
        QCOMPARE(parsed->blobs.first().path, QStringLiteral("disks/a.img"));
        QCOMPARE(parsed->blobs.first().size, qint64(42));
        QCOMPARE(parsed->nextMarker, QStringLiteral("m2"));

        const QByteArray blocks = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList><CommittedBlocks><Block>"
                                  "<Name>QUFB</Name><Size>4194304</Size></Block></CommittedBlocks></BlockList>";
        auto committed = parseCommittedBlocks(blocks);
        QVERIFY(committed.ok());
        QCOMPARE(committed->size(), 1);
        QCOMPARE(committed->first().first, QByteArray("QUFB"));

        QCOMPARE(blobErrorCode("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code>"
                               "<Message>try later</Message></Error>"),
                 QByteArray("ServerBusy"));
    }

    void documentTypesRefused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("error code from entities") << withEntities("<Error><Code>&b;</Code></Error>", 60);
        QTest::newRow("blob name from entities") << withEntities(
            "<EnumerationResults><Blobs><Blob><Name>&b;</Name></Blob></Blobs></EnumerationResults>", 60);
        QTest::newRow("marker from entities")
            << withEntities("<EnumerationResults><NextMarker>&b;</NextMarker></EnumerationResults>", 60);
        QTest::newRow("block id from entities") << withEntities(
            "<BlockList><CommittedBlocks><Block><Name>&b;</Name><Size>1</Size></Block></CommittedBlocks></BlockList>",
            60);
        QTest::newRow("a document type with no entity") << QByteArray("<!DOCTYPE Error><Error><Code>X</Code></Error>");
    }

    // Whatever the answer, nothing in it is read once it declares a document type: no blob, no marker, no block,
    // no error code, and a Format error that says why.
    void documentTypesRefused()
    {
        QFETCH(QByteArray, answer);
        auto page = parseBlobList(answer, 0);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Format);
        QVERIFY2(page.error().detail.contains(QStringLiteral("document type")), qPrintable(page.error().detail));
        auto blocks = parseCommittedBlocks(answer);
        QVERIFY(!blocks.ok());
        QCOMPARE(blocks.error().code, ErrorCode::Format);
        QVERIFY(blobErrorCode(answer).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlobXml)
#include "tst_blobxml.moc"
