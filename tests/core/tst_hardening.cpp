// Process hardening: no core dumps, key buffers from a heap the kernel leaves out of dumps and keeps out of swap.
#include "crypto/SecureBytes.h"
#include "util/ProcessHardening.h"

#include <QFile>
#include <QTest>

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <vector>

using namespace keyward;

namespace {
// The VmFlags of the mapping of this process that holds `address` ("rd wr mr mw me dd lo ..."), from smaps.
QByteArrayList vmFlagsAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = quintptr(address);
    bool inside = false;
    // Read whole: a /proc file has no size, so QFile::atEnd() cannot be trusted on it.
    const QByteArrayList lines = smaps.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's first line: "from-to perms offset dev inode [path]"; its fields: "Name: value".
        if (dash > 0 && space > dash && !line.left(space).endsWith(':')) {
            bool ok1 = false, ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && at >= from && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    void keyBuffersBeforeHardening();
    void coreDumpsAllowedForDebugging();
    void hardened();
    void keyBuffersLeftOutOfDumps();
    void fullSecureHeapFallsBack();
};

void TestHardening::keyBuffersBeforeHardening()
{
    // Tests and tools that never call hardenProcess() still get working, wiped buffers.
    QVERIFY(!CRYPTO_secure_malloc_initialized());
    crypto::SecureBytes key(32);
    QVERIFY(key.data() != nullptr);
    QVERIFY(!CRYPTO_secure_allocated(key.data()));
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(key.data()), 32), QByteArray(32, '\0'));
}

void TestHardening::coreDumpsAllowedForDebugging()
{
    qputenv("KEYWARD_ALLOW_CORE_DUMPS", "1");
    const HardeningState state = hardenProcess();
    qunsetenv("KEYWARD_ALLOW_CORE_DUMPS");
    QVERIFY(!state.notDumpable);
    QVERIFY(!state.noCoreLimit);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    // The key heap is made all the same.
    QVERIFY(state.secureHeap);
    QVERIFY(CRYPTO_secure_malloc_initialized());
}

void TestHardening::hardened()
{
    const HardeningState state = hardenProcess();
    QVERIFY(state.notDumpable);
    QVERIFY(state.noCoreLimit);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
    QVERIFY(state.secureHeap);
    QCOMPARE(state.secureHeapSize, SecureHeapSize);
    QCOMPARE(hardeningState().notDumpable, true);
    qInfo("key heap %zu KiB, locked in memory: %s", state.secureHeapSize >> 10, state.secureHeapLocked ? "yes" : "no");
}

void TestHardening::keyBuffersLeftOutOfDumps()
{
    crypto::SecureBytes key(32);
    QVERIFY(CRYPTO_secure_allocated(key.data()));
    const QByteArrayList flags = vmFlagsAt(key.data());
    QVERIFY2(!flags.isEmpty(), "no mapping in /proc/self/smaps holds the key buffer");
    QVERIFY2(flags.contains("dd"), qPrintable(QStringLiteral("VmFlags: %1").arg(QString::fromLatin1(flags.join(' ')))));
    if (hardeningState().secureHeapLocked)
        QVERIFY2(flags.contains("lo"), qPrintable(QString::fromLatin1(flags.join(' '))));
    // A copy and a moved-to buffer come from the same heap.
    crypto::SecureBytes copy = key.clone();
    QVERIFY(CRYPTO_secure_allocated(copy.data()));
    crypto::SecureBytes moved = std::move(copy);
    QVERIFY(CRYPTO_secure_allocated(moved.data()));
    QVERIFY(moved == key);
}

void TestHardening::fullSecureHeapFallsBack()
{
    // More key bytes than the heap holds: the rest come from the ordinary heap, and no error is left behind for
    // whatever OpenSSL call comes next.
    ERR_clear_error();
    std::vector<crypto::SecureBytes> keys;
    const std::size_t each = 64 * 1024;
    for (std::size_t total = 0; total < SecureHeapSize + 4 * each; total += each)
        keys.emplace_back(each);
    qsizetype secure = 0, ordinary = 0;
    for (const auto &k : keys) {
        QVERIFY(k.data() != nullptr);
        (CRYPTO_secure_allocated(k.data()) ? secure : ordinary) += 1;
    }
    QVERIFY(secure > 0);
    QVERIFY(ordinary > 0);
    QCOMPARE(ERR_peek_error(), 0UL);
    keys.clear();
    // Freed buffers go back to the heap they came from.
    crypto::SecureBytes again(each);
    QVERIFY(CRYPTO_secure_allocated(again.data()));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
