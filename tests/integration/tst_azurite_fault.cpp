// Azurite stopped in the middle of the encrypt job's object step (stat -> read under the ETag -> seal -> block upload
// -> conditional commit), then started again on the same port and data: a restart within the retry budget goes
// unnoticed; a longer outage fails the step with Unavailable, leaves every blob whole (its old bytes or its new
// ones), and a re-run seals the rest with nothing lost.
#include "Azurite.h"
#include "TestSupport.h"

#include "envelope/Envelope.h"
#include "envelope/FeatureKeyResolver.h"
#include "storage/AzureBlobStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;
using namespace keyward::storage;
using keyward::test::Azurite;

namespace {

const QByteArray FkId(16, '\x33');

QByteArray sha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

// A source that calls `hook` once, after `after` bytes were read from it.
class HookedDevice final : public QIODevice
{
public:
    HookedDevice(QIODevice *inner, qint64 after, std::function<void()> hook)
        : m_inner(inner), m_after(after), m_hook(std::move(hook))
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_hook && m_done >= m_after)
            std::exchange(m_hook, nullptr)();
        const qint64 n = m_inner->read(data, maxSize);
        if (n > 0)
            m_done += n;
        else if (n < 0)
            setErrorString(m_inner->errorString());
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_inner;
    qint64 m_after;
    qint64 m_done = 0;
    std::function<void()> m_hook;
};

} // namespace

class TestAzuriteFault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Azurite> m_azurite;
    envelope::FeatureKeyRing m_ring;

    std::unique_ptr<AzureBlobStore> store(const QString &container, int maxAttempts)
    {
        AzureBlobOptions o;
        o.blockSize = 256 * 1024;
        o.readChunk = 256 * 1024;
        o.http.maxParallel = 3;
        o.http.retry.maxAttempts = maxAttempts;
        o.http.timeout = std::chrono::seconds(10);
        auto parsed = parseConnectionString(crypto::SecureBytes::fromView(m_azurite->connectionString().toUtf8()));
        if (!parsed)
            return nullptr;
        auto s = AzureBlobStore::open(AzureBlobLocation::make(parsed->blobEndpoint, container),
                                      std::move(parsed->credential), o);
        return s ? std::move(s).value() : nullptr;
    }

    // The encrypt job's step for one object; `hook` runs once the seal has read `after` bytes.
    Status sealStep(ObjectStore &s, const QString &path, qint64 after = -1, std::function<void()> hook = {})
    {
        auto info = s.stat(path);
        if (!info)
            return info.error();
        auto in = s.openRead(path, info->etag);
        if (!in)
            return in.error();
        if ((*in)->peek(4) == "KWE1")
            return {}; // sealed by an earlier run
        auto w = s.openWrite(path, info->etag);
        if (!w)
            return w.error();
        auto fk = m_ring.featureKey(FkId);
        if (!fk)
            return fk.error();
        HookedDevice source(in->get(), after < 0 ? std::numeric_limits<qint64>::max() : after, std::move(hook));
        envelope::SealLayer layer{{envelope::Kwe1Feature::DbfsRoot, 16, FkId}, &*fk};
        if (auto st = envelope::seal(&source, (*w)->device(), layer); !st)
            return st;
        in->reset();
        return (*w)->commit();
    }

    QByteArray readAll(ObjectStore &s, const QString &path)
    {
        auto in = s.openRead(path);
        return in ? (*in)->readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (const QString why = Azurite::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(m_dir.isValid());
        m_ring.add(FkId, crypto::SecureBytes::fromView(QByteArray(32, '\x44')));
        m_azurite = std::make_unique<Azurite>(m_dir.filePath(QStringLiteral("azdata")));
        QVERIFY2(m_azurite->start(), qPrintable(m_azurite->problem()));
    }
    void cleanupTestCase()
    {
        if (m_azurite)
            m_azurite->stop();
    }

    void restartWithinRetries()
    {
        // 8 attempts wait at least 0.5*(0.25+0.5+1+2+4+8+16) = 15.9 s: Azurite answers again within 1-1.5 s on an
        // idle machine, within 9 s on a busy one.
        auto s = store(QStringLiteral("restart"), 8);
        QVERIFY(s && s->createContainerIfMissing());
        const QByteArray data = test::vectorPlaintext(2 << 20, 1);
        auto w = s->openWrite(QStringLiteral("obj"));
        QVERIFY(w);
        QCOMPARE((*w)->device()->write(data), data.size());
        QVERIFY((*w)->commit());
        const qint64 pidBefore = m_azurite->pid();
        bool restarted = false;
        const auto st = sealStep(*s, QStringLiteral("obj"), 512 * 1024, [&] {
            QElapsedTimer t;
            t.start();
            m_azurite->stop();
            const qint64 stopped = t.elapsed();
            restarted = m_azurite->start();
            qInfo("stopped in %lld ms, answering again after %lld ms", stopped, t.elapsed());
        });
        QVERIFY(restarted);
        QVERIFY(m_azurite->pid() != pidBefore);
        QVERIFY2(st, st ? "" : qPrintable(st.error().detail));
        auto opened = test::openSealed(readAll(*s, QStringLiteral("obj")), m_ring);
        QVERIFY(opened);
        QCOMPARE(sha(*opened), sha(data));
    }

    void downPastRetriesThenRerun()
    {
        auto s = store(QStringLiteral("outage"), 3);
        QVERIFY(s && s->createContainerIfMissing());
        QStringList names;
        QMap<QString, QByteArray> before;
        for (int i = 0; i < 4; ++i) {
            const QString name = QStringLiteral("root/part-%1").arg(i);
            const QByteArray data = test::vectorPlaintext((1 << 20) + i * 1000, 10 + i);
            auto w = s->openWrite(name);
            QVERIFY(w);
            QCOMPARE((*w)->device()->write(data), data.size());
            QVERIFY((*w)->commit());
            names << name;
            before[name] = sha(data);
        }
        // The first object is sealed; during the second, the service goes away and stays away.
        QVERIFY(sealStep(*s, names[0]));
        const auto failed = sealStep(*s, names[1], 300 * 1024, [&] { m_azurite->stop(); });
        QVERIFY(!failed);
        // A read that fails inside the seal comes out of it as Io (a QIODevice carries words, not a code); the
        // store's own calls say Unavailable.
        QVERIFY2(failed.error().code == ErrorCode::Unavailable || failed.error().code == ErrorCode::Io,
                 qPrintable(failed.error().detail));
        const auto next = sealStep(*s, names[2]);
        QVERIFY(!next);
        QCOMPARE(next.error().code, ErrorCode::Unavailable);

        // Back on the same port with the same data: every blob is whole, old bytes or new.
        QVERIFY2(m_azurite->start(), qPrintable(m_azurite->problem()));
        for (const QString &name : names) {
            const QByteArray now = readAll(*s, name);
            if (now.startsWith("KWE1")) {
                auto opened = test::openSealed(now, m_ring);
                QVERIFY2(opened, qPrintable(name));
                QCOMPARE(sha(*opened), before[name]);
            } else {
                QCOMPARE(sha(now), before[name]);
            }
        }
        QVERIFY(readAll(*s, names[0]).startsWith("KWE1"));
        QVERIFY(!readAll(*s, names[1]).startsWith("KWE1"));

        // The re-run seals the rest; nothing is lost, nothing is added, leftovers are cleaned.
        for (const QString &name : names)
            QVERIFY(sealStep(*s, name));
        auto listed = s->list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), names.size());
        for (const QString &name : names) {
            auto opened = test::openSealed(readAll(*s, name), m_ring);
            QVERIFY2(opened, qPrintable(name));
            QCOMPARE(sha(*opened), before[name]);
        }
    }
};

QTEST_GUILESS_MAIN(TestAzuriteFault)
#include "tst_azurite_fault.moc"
