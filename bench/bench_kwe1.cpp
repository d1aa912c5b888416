// bench_kwe1: KWE1 encrypt/decrypt throughput beside a raw EVP AES-256-GCM loop and `openssl speed`.
//
// Usage: bench_kwe1 [--mib N] [--repeat R] [--no-openssl] [--json FILE]
// Prints MiB/s for: raw EVP loop, KWE1 writer and reader (1 MiB segments) on 1 and 2 threads, and the ratios; with
// --json, appends the three figures bench/run checks against their targets to FILE.
#include "BenchSupport.h"
#include "crypto/SecureBytes.h"
#include "envelope/FeatureKeyResolver.h"
#include "envelope/Kwe1Reader.h"
#include "envelope/Kwe1Writer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace keyward;

namespace {

constexpr qint64 MiB = qint64(1) << 20;
constexpr int SegmentLog2 = 20;

// Discards what it is given; the sink costs nothing, so only the envelope's own work is timed.
class NullSink final : public QIODevice
{
public:
    NullSink() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

// The floor: one EVP context keyed once, over the same bytes the KWE1 run reads (`source`, walked in
// 1 MiB messages with a stride of `stride` bytes), 31 bytes of AAD per message like a KWE1 header.
double rawLoop(const QByteArray &source, qint64 stride, qint64 total, bool encrypt)
{
    std::vector<unsigned char> out(MiB + 16);
    unsigned char key[32], iv[12], tag[16] = {};
    RAND_bytes(key, 32);
    RAND_bytes(iv, 12);
    const auto *src = reinterpret_cast<const unsigned char *>(source.constData());
    const qint64 steps = std::max<qint64>(1, (source.size() - 16) / stride);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nullptr, encrypt ? 1 : 0);
    QElapsedTimer t;
    t.start();
    qint64 step = 0;
    for (qint64 done = 0; done < total; done += MiB, step = (step + 1) % steps) {
        const unsigned char *in = src + step * stride;
        int len = 0;
        iv[11]++;
        EVP_CipherInit_ex(ctx, nullptr, nullptr, nullptr, iv, -1);
        EVP_CipherUpdate(ctx, nullptr, &len, key, 31);
        EVP_CipherUpdate(ctx, out.data(), &len, in, int(MiB));
        if (encrypt) {
            EVP_CipherFinal_ex(ctx, out.data() + len, &len);
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag);
        } else {
            // The tag will not match; the work is the same as for a good one.
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag);
            EVP_CipherFinal_ex(ctx, out.data() + len, &len);
        }
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    EVP_CIPHER_CTX_free(ctx);
    return double(total) / MiB / secs;
}

crypto::SecureBytes randomKey()
{
    crypto::SecureBytes k(32);
    RAND_bytes(k.data(), 32);
    return k;
}

const QByteArray FkId = QByteArray(16, '\x42');

// The plaintext both encrypt runs read: one 8 MiB buffer, written again and again.
const QByteArray &plainChunk()
{
    static const QByteArray chunk(8 * MiB, '\x5a');
    return chunk;
}

// Writes `total` bytes through a Kwe1Writer in 8 MiB calls from one resident buffer.
double kwe1Encrypt(qint64 total, const crypto::SecureBytes &fk)
{
    const QByteArray &chunk = plainChunk();
    NullSink sink;
    envelope::Kwe1Writer writer(&sink, {envelope::Kwe1Feature::DbfsRoot, SegmentLog2, FkId});
    if (!writer.begin(fk))
        return 0;
    QElapsedTimer t;
    t.start();
    for (qint64 done = 0; done < total; done += chunk.size())
        if (writer.write(chunk) != chunk.size())
            return 0;
    if (!writer.finish())
        return 0;
    return double(total) / MiB / (double(t.nsecsElapsed()) / 1e9);
}

// Reads a sealed object from memory through a Kwe1Reader into a null sink.
double kwe1Decrypt(const QByteArray &object, qint64 plaintextSize, const crypto::SecureBytes &fk)
{
    envelope::FeatureKeyRing ring;
    ring.add(FkId, fk.clone());
    QBuffer in;
    in.setData(object);
    in.open(QIODevice::ReadOnly);
    NullSink sink;
    envelope::Kwe1Reader reader(&in);
    QElapsedTimer t;
    t.start();
    if (!reader.open(ring) || !reader.decryptTo(&sink))
        return 0;
    return double(plaintextSize) / MiB / (double(t.nsecsElapsed()) / 1e9);
}

QByteArray sealInMemory(qint64 total, const crypto::SecureBytes &fk)
{
    QByteArray object;
    QBuffer out(&object);
    out.open(QIODevice::WriteOnly);
    envelope::Kwe1Writer writer(&out, {envelope::Kwe1Feature::DbfsRoot, SegmentLog2, FkId});
    const QByteArray &chunk = plainChunk();
    if (!writer.begin(fk))
        return {};
    for (qint64 done = 0; done < total; done += chunk.size())
        writer.write(chunk);
    if (!writer.finish())
        return {};
    return object;
}

template <typename F> double onThreads(int threads, F work)
{
    std::vector<double> rates(std::size_t(threads), 0.0);
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back([&, i] { rates[std::size_t(i)] = work(); });
    for (auto &th : pool)
        th.join();
    double sum = 0;
    for (double r : rates)
        sum += r;
    return sum;
}

template <typename F> double best(int repeat, F f)
{
    double top = 0;
    for (int i = 0; i < repeat; ++i)
        top = std::max(top, f());
    return top;
}

double opensslSpeed()
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("speed"), QStringLiteral("-seconds"), QStringLiteral("2"), QStringLiteral("-bytes"),
             QStringLiteral("1048576"), QStringLiteral("-evp"), QStringLiteral("aes-256-gcm")});
    if (!p.waitForFinished(60000))
        return 0;
    const QString text = QString::fromLatin1(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("AES-256-GCM\\s+([0-9.]+)k")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 / MiB : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 mib = 1024;
    int repeat = 5;
    bool runOpenssl = true;
    QString json;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mib") && i + 1 < args.size())
            mib = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--no-openssl"))
            runOpenssl = false;
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            json = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_kwe1 [--mib N] [--repeat R] [--no-openssl] [--json FILE]\n");
            return 2;
        }
    }
    const qint64 total = ((mib * MiB) / (8 * MiB)) * 8 * MiB;
    const auto fk = randomKey();
    QTextStream out(stdout);
    out << "KWE1 throughput, " << total / MiB << " MiB per stream, 1 MiB segments, best of " << repeat << " runs\n";
    out << "(MiB/s; raw = one EVP AES-256-GCM context over 1 MiB messages of the same bytes, same process)\n\n";
    out.flush();

    const QByteArray object = sealInMemory(total, fk);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("threads"), -8)
               .arg(QStringLiteral("op"), -8)
               .arg(QStringLiteral("raw EVP"), 12)
               .arg(QStringLiteral("KWE1"), 12)
               .arg(QStringLiteral("KWE1/raw"), 9);
    double rawEncOne = 0, kweEncOne = 0, rawDecOne = 0, kweEncTwo = 0, kweDecTwo = 0;
    for (int threads : {1, 2}) {
        const double rawEnc =
            best(repeat, [&] { return onThreads(threads, [&] { return rawLoop(plainChunk(), MiB, total, true); }); });
        const double kweEnc = best(repeat, [&] { return onThreads(threads, [&] { return kwe1Encrypt(total, fk); }); });
        const double rawDec =
            best(repeat, [&] { return onThreads(threads, [&] { return rawLoop(object, MiB + 16, total, false); }); });
        const double kweDec =
            best(repeat, [&] { return onThreads(threads, [&] { return kwe1Decrypt(object, total, fk); }); });
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(threads, -8)
                   .arg(QStringLiteral("encrypt"), -8)
                   .arg(rawEnc, 12, 'f', 0)
                   .arg(kweEnc, 12, 'f', 0)
                   .arg(kweEnc / rawEnc, 9, 'f', 3);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(threads, -8)
                   .arg(QStringLiteral("decrypt"), -8)
                   .arg(rawDec, 12, 'f', 0)
                   .arg(kweDec, 12, 'f', 0)
                   .arg(kweDec / rawDec, 9, 'f', 3);
        out.flush();
        if (threads == 1) {
            rawEncOne = rawEnc;
            kweEncOne = kweEnc;
            rawDecOne = rawDec;
        } else {
            kweEncTwo = kweEnc;
            kweDecTwo = kweDec;
        }
    }
    const QString runs = QStringLiteral("best of %1 runs over %2 MiB per stream").arg(repeat).arg(total / MiB);
    const bool written =
        bench::appendFigure(json,
                            {QStringLiteral("KWE1 encrypt, 1 MiB segments, 1 thread"), kweEncOne,
                             QStringLiteral("MiB/s"), QStringLiteral("raw EVP AES-256-GCM loop, 1 thread"), rawEncOne,
                             kweEncOne / rawEncOne, QStringLiteral(">= 0.90x"), kweEncOne / rawEncOne >= 0.90, runs}) &&
        bench::appendFigure(json,
                            {QStringLiteral("KWE1 encrypt, 1 MiB segments, 2 threads"), kweEncTwo,
                             QStringLiteral("MiB/s"), QStringLiteral("KWE1 encrypt, 1 thread"), kweEncOne,
                             kweEncTwo / kweEncOne, QStringLiteral(">= 1.7x"), kweEncTwo / kweEncOne >= 1.7, runs}) &&
        bench::appendFigure(json, {QStringLiteral("KWE1 verify (decrypt + authenticate), 2 threads"), kweDecTwo,
                                   QStringLiteral("MiB/s"), QStringLiteral("raw EVP AES-256-GCM decrypt loop x 2"),
                                   2 * rawDecOne, kweDecTwo / (2 * rawDecOne), QStringLiteral(">= 0.85x"),
                                   kweDecTwo / (2 * rawDecOne) >= 0.85, runs});
    if (!written) {
        std::fprintf(stderr, "bench_kwe1: cannot write %s\n", qPrintable(json));
        return 1;
    }
    out << "\npeak RSS: " << bench::peakRssKiB() / 1024 << " MiB (includes the " << object.size() / MiB
        << " MiB sealed object kept for the decrypt runs)\n";
    if (runOpenssl) {
        const double speed = opensslSpeed();
        if (speed > 0)
            out << QStringLiteral("openssl speed -evp aes-256-gcm -bytes 1048576: %1 MiB/s (one thread)\n")
                       .arg(speed, 0, 'f', 0);
        else
            out << "openssl speed: not available\n";
    }
    return 0;
}
