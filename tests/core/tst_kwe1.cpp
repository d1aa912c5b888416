// TestKwe1: the KWE1 writer and reader against every shared envelope vector, plus streaming and memory bounds.
#include "TestSupport.h"

#include "crypto/Digest.h"
#include "envelope/Envelope.h"
#include "envelope/Kwe1Reader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

#include <limits>

using namespace keyward;
using namespace keyward::envelope;

namespace {

QJsonObject vectorsFile()
{
    static const QJsonObject doc =
        test::loadJsonObject(test::sharedPath(QStringLiteral("vectors/envelope/kwe1-vectors.json")));
    return doc;
}

FeatureKeyRing vectorKeys()
{
    FeatureKeyRing ring;
    const QJsonObject fks = vectorsFile().value(QStringLiteral("feature_keys")).toObject();
    for (auto it = fks.begin(); it != fks.end(); ++it) {
        const QJsonObject fk = it.value().toObject();
        ring.add(test::fromHex(fk.value(QStringLiteral("fk_id")).toString()),
                 crypto::SecureBytes::fromHex(fk.value(QStringLiteral("fk")).toString().toLatin1()));
    }
    return ring;
}

crypto::SecureBytes fkFor(const QByteArray &fkId)
{
    FeatureKeyRing ring = vectorKeys();
    auto fk = ring.featureKey(fkId);
    return fk ? std::move(fk).value() : crypto::SecureBytes();
}

SealLayer layerFrom(const QJsonObject &v, const crypto::SecureBytes &fk, test::FixedRandom &random)
{
    random.push(test::fromHex(v.value(QStringLiteral("object_id")).toString()));
    random.push(test::fromHex(v.value(QStringLiteral("nonce_prefix")).toString()));
    random.push(test::fromHex(v.value(QStringLiteral("ok")).toString()));
    SealLayer layer;
    layer.params.feature = Kwe1Feature(v.value(QStringLiteral("feature")).toInt());
    layer.params.segmentLog2 = v.value(QStringLiteral("segment_log2")).toInt();
    layer.params.fkId = test::fromHex(v.value(QStringLiteral("fk_id")).toString());
    layer.fk = &fk;
    return layer;
}

} // namespace

// Bytes from a source whose size a reader cannot know, as from a pipe: at most `perRead` of them per read.
class StreamDevice final : public QIODevice
{
public:
    explicit StreamDevice(QByteArray data, qint64 perRead = std::numeric_limits<qint64>::max())
        : m_data(std::move(data)), m_perRead(perRead)
    {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_perRead, m_data.size() - m_pos});
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_perRead;
    qint64 m_pos = 0;
};

class TestKwe1 : public QObject
{
    Q_OBJECT

private slots:
    void vectorFileIsComplete();
    void validVectors_data();
    void validVectors();
    void invalidVectors_data();
    void invalidVectors();
    void roundTripSizes_data();
    void roundTripSizes();
    void streamingHoldsOneSegment();
    void readerFromSequentialSource();
    void streamWithLargeSegments();
    void readerWhenSourceUnderstatesSize();
    void headerRoundTrip();
    void inspectReportsLayout();
};

void TestKwe1::vectorFileIsComplete()
{
    const QJsonArray vectors = vectorsFile().value(QStringLiteral("vectors")).toArray();
    QCOMPARE(vectors.size(), 31);
    int valid = 0;
    for (const auto &v : vectors)
        valid += v.toObject().value(QStringLiteral("result")).toString() == QLatin1String("valid");
    QCOMPARE(valid, 10);
    QCOMPARE(vectorsFile().value(QStringLiteral("feature_keys")).toObject().size(), 4);
}

void TestKwe1::validVectors_data()
{
    // Each vector sealed from a source whose size seal() knows (a file's, a buffer's: its buffers are made to fit)
    // and from a stream whose size it does not: the same bytes either way.
    QTest::addColumn<QJsonObject>("vector");
    QTest::addColumn<bool>("stream");
    for (const auto &v : vectorsFile().value(QStringLiteral("vectors")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("result")).toString() != QLatin1String("valid"))
            continue;
        const QString name = o.value(QStringLiteral("name")).toString();
        QTest::newRow(qPrintable(name)) << o << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" (stream)"))) << o << true;
    }
}

void TestKwe1::validVectors()
{
    QFETCH(QJsonObject, vector);
    QFETCH(bool, stream);
    const QByteArray plaintext = test::vectorPlaintext(vector.value(QStringLiteral("plaintext_len")).toInteger(),
                                                       vector.value(QStringLiteral("plaintext_salt")).toInt());
    test::FixedRandom random;
    QByteArray object;
    std::optional<envelope::Sealed> sealed; // what seal() says it wrote
    {
        QBuffer buffer;
        buffer.setData(plaintext);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        StreamDevice streamed(plaintext);
        QIODevice &in = stream ? static_cast<QIODevice &>(streamed) : buffer;
        QBuffer out(&object);
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (vector.value(QStringLiteral("double")).toBool()) {
            const QJsonObject innerV = vector.value(QStringLiteral("inner")).toObject();
            const QJsonObject outerV = vector.value(QStringLiteral("outer")).toObject();
            const auto innerFk = fkFor(test::fromHex(innerV.value(QStringLiteral("fk_id")).toString()));
            const auto outerFk = fkFor(test::fromHex(outerV.value(QStringLiteral("fk_id")).toString()));
            const SealLayer outer = layerFrom(outerV, outerFk, random); // outer randomness is drawn first
            const SealLayer inner = layerFrom(innerV, innerFk, random);
            const auto st = envelope::seal(&in, &out, inner, outer, random);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().detail));
            sealed = *st;
        } else {
            const auto fk = fkFor(test::fromHex(vector.value(QStringLiteral("fk_id")).toString()));
            const SealLayer layer = layerFrom(vector, fk, random);
            const auto st = envelope::seal(&in, &out, layer, std::nullopt, random);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().detail));
            sealed = *st;
        }
    }
    QVERIFY(random.exhausted());
    QCOMPARE(object.size(), vector.value(QStringLiteral("object_len")).toInteger());
    // The object inventory records what seal() reports: it must be what a reader finds in the object (the outer
    // layer's header when double-encrypted, the last 16 bytes, the whole size).
    QVERIFY(sealed);
    QCOMPARE(sealed->size, object.size());
    QCOMPARE(sealed->finalTag.toHex(), object.right(envelope::Kwe1Header::TagSize).toHex());
    QCOMPARE(sealed->header.encode().toHex(), object.left(envelope::Kwe1Header::Size).toHex());
    if (vector.contains(QStringLiteral("object")))
        QCOMPARE(object.toHex(), vector.value(QStringLiteral("object")).toString().toLatin1());
    QCOMPARE(crypto::Sha256::hash(object)->toHex(),
             vector.value(QStringLiteral("object_sha256")).toString().toLatin1());

    // Decode the published bytes (or, for the large ones, ours, which were just shown equal by hash).
    QBuffer in;
    in.setData(vector.contains(QStringLiteral("object"))
                   ? test::fromHex(vector.value(QStringLiteral("object")).toString())
                   : object);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray decoded;
    QBuffer out(&decoded);
    QVERIFY(out.open(QIODevice::WriteOnly));
    FeatureKeyRing keys = vectorKeys();
    auto report = envelope::open(&in, &out, keys);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(decoded.size(), plaintext.size());
    QVERIFY(decoded == plaintext);
    QCOMPARE(report->inner.has_value(), vector.value(QStringLiteral("double")).toBool());
}

void TestKwe1::invalidVectors_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("segment");
    for (const auto &v : vectorsFile().value(QStringLiteral("vectors")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("result")).toString() != QLatin1String("invalid"))
            continue;
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
            << test::fromHex(o.value(QStringLiteral("object")).toString())
            << o.value(QStringLiteral("error")).toString() << o.value(QStringLiteral("segment")).toInt(-1);
    }
}

// A resolver that records whether any key was asked for (format errors must come first).
class CountingResolver final : public FeatureKeyResolver
{
public:
    FeatureKeyRing ring = vectorKeys();
    int asked = 0;
    Result<crypto::SecureBytes> featureKey(QByteArrayView fkId) override
    {
        ++asked;
        return ring.featureKey(fkId);
    }
};

void TestKwe1::invalidVectors()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, kind);
    QFETCH(int, segment);

    // Whole-object verification: the right kind, the right segment, nothing released.
    {
        QBuffer in;
        in.setData(object);
        QVERIFY(in.open(QIODevice::ReadOnly));
        CountingResolver keys;
        auto report = envelope::open(&in, nullptr, keys);
        QVERIFY(!report.ok());
        QCOMPARE(errorCodeName(report.error().code), kind);
        QCOMPARE(report.error().segment, qint64(segment));
        if (kind == QLatin1String("format"))
            QCOMPARE(keys.asked, 0);
    }
    // Streaming: only segments before the failing one may have been released, and never garbage.
    {
        QBuffer in;
        in.setData(object);
        QVERIFY(in.open(QIODevice::ReadOnly));
        Kwe1Reader reader(&in);
        FeatureKeyRing keys = vectorKeys();
        QByteArray released;
        QBuffer out(&released);
        QVERIFY(out.open(QIODevice::WriteOnly));
        Status st = reader.open(keys);
        if (st)
            st = reader.decryptTo(&out);
        QVERIFY(!st.ok());
        const qint64 allowed = segment > 0 ? qint64(segment) * reader.header().segmentSize() : 0;
        QCOMPARE(qint64(released.size()), allowed);
        // The same through the QIODevice interface.
        in.seek(0);
        Kwe1Reader again(&in);
        if (again.open(keys)) {
            const QByteArray all = again.readAll();
            QCOMPARE(qint64(all.size()), allowed);
            QVERIFY(again.failure().has_value());
        }
    }
}

void TestKwe1::roundTripSizes_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("log2");
    for (qint64 s : {qint64(0), qint64(1), qint64(4095), qint64(4096), qint64(4097), qint64(3 * 4096), qint64(70000)})
        QTest::addRow("%lld bytes, 4 KiB segments", s) << s << 12;
    QTest::addRow("3 MiB, 1 MiB segments") << qint64(3 << 20) << 20;
    QTest::addRow("16 MiB + 5, 16 MiB segments") << qint64((16 << 20) + 5) << 24;
}

// `plaintext` sealed as a managed-services object with 2^log2-byte segments, under the vectors' first FK; empty when
// sealing fails.
static QByteArray sealInMemory(const QByteArray &plaintext, int log2)
{
    const QByteArray fkId = test::fromHex(QStringLiteral("4663dcdc868f1b775d00b9e529e3c86d"));
    const auto fk = fkFor(fkId);
    QBuffer in;
    in.setData(plaintext);
    QByteArray object;
    QBuffer out(&object);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    SealLayer layer{{Kwe1Feature::ManagedServices, log2, fkId}, &fk};
    if (!envelope::seal(&in, &out, layer).ok())
        return {};
    return object;
}

void TestKwe1::roundTripSizes()
{
    QFETCH(qint64, size);
    QFETCH(int, log2);
    FeatureKeyRing keys = vectorKeys();
    const QByteArray plaintext = test::vectorPlaintext(size, 3);
    const QByteArray object = sealInMemory(plaintext, log2);
    QVERIFY(!object.isEmpty());
    QCOMPARE(qint64(object.size()), Kwe1Header::objectSizeFor(size, log2));

    QBuffer back;
    back.setData(object);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QByteArray decoded;
    QBuffer sink(&decoded);
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QVERIFY(envelope::open(&back, &sink, keys).ok());
    QVERIFY(decoded == plaintext);
}

void TestKwe1::streamingHoldsOneSegment()
{
    // 256 MiB through writer and reader with 1 MiB segments: the peak RSS may grow by a few segments, not the object.
    constexpr qint64 Size = qint64(256) << 20;
    const QByteArray fkId = test::fromHex(QStringLiteral("eb0fdff7de6a266a9b99a5c5d458e493"));
    const auto fk = fkFor(fkId);
    const qint64 before = test::peakRss();
    QVERIFY(before > 0);

    QTemporaryFile file;
    QVERIFY(file.open());
    test::PatternDevice source(Size, 11);
    SealLayer layer{{Kwe1Feature::DbfsRoot, 20, fkId}, &fk};
    QVERIFY(envelope::seal(&source, &file, layer).ok());
    QCOMPARE(file.size(), Kwe1Header::objectSizeFor(Size, 20));

    QVERIFY(file.seek(0));
    test::HashingSink sink;
    FeatureKeyRing keys = vectorKeys();
    QVERIFY(envelope::open(&file, &sink, keys).ok());
    QCOMPARE(sink.total(), Size);
    test::HashingSink expected;
    test::PatternDevice again(Size, 11);
    for (QByteArray chunk = again.read(1 << 20); !chunk.isEmpty(); chunk = again.read(1 << 20))
        expected.write(chunk);
    QCOMPARE(sink.sha256(), expected.sha256());
    const qint64 growth = test::peakRss() - before;
#if defined(KEYWARD_TEST_ASAN)
    // AddressSanitizer keeps freed blocks in quarantine; the bound still shows the object is never held whole.
    const qint64 bound = qint64(128) << 20;
#else
    const qint64 bound = qint64(24) << 20;
#endif
    QVERIFY2(growth < bound, qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(growth)));
}

void TestKwe1::readerFromSequentialSource()
{
    FeatureKeyRing keys = vectorKeys();
    for (const auto &v : vectorsFile().value(QStringLiteral("vectors")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("object")))
            continue;
        StreamDevice in(test::fromHex(o.value(QStringLiteral("object")).toString()), 7); // a few bytes per read
        auto report = envelope::open(&in, nullptr, keys);
        if (o.value(QStringLiteral("result")).toString() == QLatin1String("valid")) {
            QVERIFY2(report.ok(), qPrintable(o.value(QStringLiteral("name")).toString()));
        } else {
            QVERIFY(!report.ok());
            QCOMPARE(errorCodeName(report.error().code), o.value(QStringLiteral("error")).toString());
            QCOMPARE(report.error().segment, qint64(o.value(QStringLiteral("segment")).toInt(-1)));
        }
    }
}

// A stream says nothing of its length, so the reader starts with a buffer smaller than a 1 MiB segment and grows it
// when a segment does not fit: what it decrypts must be the segment it read, not the smaller buffer it replaced.
void TestKwe1::streamWithLargeSegments()
{
    FeatureKeyRing keys = vectorKeys();
    const QByteArray plaintext = test::vectorPlaintext((qint64(1) << 20) + (qint64(300) << 10), 5);
    const QByteArray object = sealInMemory(plaintext, 20);
    QVERIFY(!object.isEmpty());

    StreamDevice stream(object, 7); // a few bytes per read
    QByteArray decoded;
    QBuffer sink(&decoded);
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto opened = envelope::open(&stream, &sink, keys);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    QVERIFY(decoded == plaintext);
}

// A file-like device whose size() says less than it holds when the reader sizes its buffer (a file that grew after
// it was measured): the reader must grow the buffer rather than stop short or overrun it.
class UnderstatedSizeDevice final : public QIODevice
{
public:
    explicit UnderstatedSizeDevice(QByteArray data) : m_data(std::move(data)) { open(ReadOnly | Unbuffered); }
    bool isSequential() const override { return false; }
    // Less than it holds the first time it is asked after the header was read, the truth afterwards.
    qint64 size() const override
    {
        if (pos() >= envelope::Kwe1Header::Size && !m_asked) {
            m_asked = true;
            return std::min<qint64>(m_data.size(), envelope::Kwe1Header::Size + 20);
        }
        return m_data.size();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - pos());
        memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    mutable bool m_asked = false;
};

void TestKwe1::readerWhenSourceUnderstatesSize()
{
    FeatureKeyRing keys = vectorKeys();
    int multiSegment = 0;
    for (const auto &v : vectorsFile().value(QStringLiteral("vectors")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(QStringLiteral("object")))
            continue;
        const QByteArray object = test::fromHex(o.value(QStringLiteral("object")).toString());
        UnderstatedSizeDevice in(object);
        test::HashingSink sink;
        auto report = envelope::open(&in, &sink, keys);
        if (o.value(QStringLiteral("result")).toString() == QLatin1String("valid")) {
            QVERIFY2(report.ok(), qPrintable(o.value(QStringLiteral("name")).toString()));
            QCOMPARE(sink.total(), o.value(QStringLiteral("plaintext_len")).toInteger());
            multiSegment += report->plaintextSize > report->header.segmentSize() ? 1 : 0;
        } else {
            QVERIFY(!report.ok());
            QCOMPARE(errorCodeName(report.error().code), o.value(QStringLiteral("error")).toString());
            QCOMPARE(report.error().segment, qint64(o.value(QStringLiteral("segment")).toInt(-1)));
        }
    }
    QVERIFY(multiSegment > 0); // the buffer had to grow past what size() promised
}

void TestKwe1::headerRoundTrip()
{
    const QByteArray object = test::fromHex(vectorsFile()
                                                .value(QStringLiteral("vectors"))
                                                .toArray()
                                                .at(0)
                                                .toObject()
                                                .value(QStringLiteral("object"))
                                                .toString());
    auto h = Kwe1Header::parse(object);
    QVERIFY(h.ok());
    QCOMPARE(h->encode(), object.left(Kwe1Header::Size));
    QCOMPARE(h->feature, Kwe1Feature::ManagedServices);
    QCOMPARE(h->segmentLog2, 12);
    QCOMPARE(h->fkId.toHex(), QByteArray("4663dcdc868f1b775d00b9e529e3c86d"));
    QVERIFY(!Kwe1Header::parse(object.left(86)).ok());
}

void TestKwe1::inspectReportsLayout()
{
    const QJsonObject v = vectorsFile().value(QStringLiteral("vectors")).toArray().at(5).toObject(); // 12388 bytes
    const QByteArray object = test::fromHex(v.value(QStringLiteral("object")).toString());
    QBuffer in;
    in.setData(object);
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto info = envelope::inspect(&in);
    QVERIFY(info.ok());
    QCOMPARE(info->objectSize, qint64(object.size()));
    QCOMPARE(info->segmentCount, qint64(4));
    StreamDevice stream(object, 7); // a few bytes per read
    auto streamed = envelope::inspect(&stream);
    QVERIFY(streamed.ok());
    QCOMPARE(streamed->segmentCount, qint64(4));
    QCOMPARE(streamed->objectSize, qint64(object.size()));
}

QTEST_GUILESS_MAIN(TestKwe1)
#include "tst_kwe1.moc"
