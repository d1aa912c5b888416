// bench_azure_blob: sealing objects in place on Azure Blob Storage (Azurite) beside a plain upload of the same data,
// with the same client settings (block size, requests in flight, retries).
//
// Usage: bench_azure_blob [--objects N] [--mib M] [--block-mib B] [--parallel P] [--json FILE]
// Starts Azurite on a free port (the npm tools in KEYWARD_NPM_TOOLS), then prints MiB/s for:
//   upload: N objects of M MiB written through AzureBlobStore (Put Block / Put Block List);
//   download: reading them back (ranged GETs of the store's default size), for what the seal must also do;
//   seal:   the encrypt job's step for each of them: stat -> ranged reads under the ETag -> KWE1 seal (1 MiB
//           segments) -> block upload -> Put Block List with If-Match; objects in parallel as the job runs them.
// With --json, appends the seal's figure against the upload to FILE.
#include "Azurite.h"
#include "BenchSupport.h"
#include "TestSupport.h"

#include "envelope/Envelope.h"
#include "envelope/FeatureKeyResolver.h"
#include "storage/AzureBlobStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

using namespace keyward;
using namespace keyward::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int objects = 8, mib = 16, blockMib = 4, parallel = 6;
    QString json;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const int v = args[i + 1].toInt();
        if (args[i] == QLatin1String("--json"))
            json = args[i + 1];
        else if (args[i] == QLatin1String("--objects"))
            objects = v;
        else if (args[i] == QLatin1String("--mib"))
            mib = v;
        else if (args[i] == QLatin1String("--block-mib"))
            blockMib = v;
        else if (args[i] == QLatin1String("--parallel"))
            parallel = v;
    }
    if (const QString why = test::Azurite::missing(); !why.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 2;
    }
    QTemporaryDir dir;
    test::Azurite azurite(dir.filePath(QStringLiteral("azdata")));
    if (!azurite.start()) {
        std::fprintf(stderr, "Azurite: %s\n", qPrintable(azurite.problem()));
        return 2;
    }
    AzureBlobOptions o;
    o.blockSize = qint64(blockMib) << 20;
    o.http.maxParallel = parallel;
    auto parsed = parseConnectionString(crypto::SecureBytes::fromView(azurite.connectionString().toUtf8()));
    auto opened = parsed ? AzureBlobStore::open(AzureBlobLocation::make(parsed->blobEndpoint, QStringLiteral("bench")),
                                                std::move(parsed->credential), o)
                         : Result<std::unique_ptr<AzureBlobStore>>(parsed.error());
    if (!opened || !(*opened)->createContainerIfMissing()) {
        std::fprintf(stderr, "cannot open the container\n");
        return 1;
    }
    AzureBlobStore &store = **opened;
    const qint64 size = qint64(mib) << 20;
    const double total = double(objects) * mib;
    QStringList names;
    for (int i = 0; i < objects; ++i)
        names << QStringLiteral("root/FileStore/tables/part-%1.bin").arg(i, 4, 10, QLatin1Char('0'));

    QThreadPool pool;
    pool.setMaxThreadCount(std::min(objects, QThread::idealThreadCount()));
    QElapsedTimer t;
    t.start();
    QtConcurrent::blockingMap(&pool, names, [&](const QString &name) {
        auto w = store.openWrite(name);
        test::PatternDevice source(size, names.indexOf(name));
        source.open(QIODevice::ReadOnly);
        QByteArray chunk;
        while (w && !(chunk = source.read(1 << 20)).isEmpty())
            (*w)->device()->write(chunk);
        if (!w || !(*w)->commit())
            std::fprintf(stderr, "upload of %s failed\n", qPrintable(name));
    });
    const double uploadSeconds = t.nsecsElapsed() / 1e9;

    t.restart();
    QtConcurrent::blockingMap(&pool, names, [&](const QString &name) {
        auto in = store.openRead(name);
        QByteArray chunk;
        while (in && !(chunk = (*in)->read(1 << 20)).isEmpty()) {
        }
        if (!in || (*in)->pos() != size)
            std::fprintf(stderr, "download of %s failed\n", qPrintable(name));
    });
    const double downloadSeconds = t.nsecsElapsed() / 1e9;

    envelope::FeatureKeyRing ring;
    const QByteArray fkId(16, '\x21');
    ring.add(fkId, crypto::SecureBytes::fromView(QByteArray(32, '\x5a')));
    t.restart();
    QtConcurrent::blockingMap(&pool, names, [&](const QString &name) {
        auto fk = ring.featureKey(fkId);
        auto info = store.stat(name);
        auto in = info ? store.openRead(name, info->etag) : Result<std::unique_ptr<QIODevice>>(info.error());
        auto w = info ? store.openWrite(name, info->etag) : Result<std::unique_ptr<ObjectWriter>>(info.error());
        bool ok = fk && in && w;
        if (ok) {
            envelope::SealLayer layer{{envelope::Kwe1Feature::DbfsRoot, 20, fkId}, &*fk};
            auto st = envelope::seal(in->get(), (*w)->device(), layer);
            if (!st)
                std::fprintf(stderr, "%s\n", qPrintable(st.error().detail));
            ok = st.ok();
            in->reset();
            ok = ok && (*w)->commit().ok();
        }
        if (!ok)
            std::fprintf(stderr, "sealing %s failed\n", qPrintable(name));
    });
    const double sealSeconds = t.nsecsElapsed() / 1e9;

    QTextStream out(stdout);
    out << "Azurite " << azurite.blobEndpoint() << ", " << objects << " objects x " << mib << " MiB, blocks of "
        << blockMib << " MiB, reads of " << (o.readChunk >> 20) << " MiB, " << parallel
        << " requests in flight per client\n";
    out << QStringLiteral("plain upload:    %1 MiB/s (%2 s)\n")
               .arg(total / uploadSeconds, 0, 'f', 1)
               .arg(uploadSeconds, 0, 'f', 2);
    out << QStringLiteral("download:        %1 MiB/s (%2 s)\n")
               .arg(total / downloadSeconds, 0, 'f', 1)
               .arg(downloadSeconds, 0, 'f', 2);
    out << QStringLiteral("seal in place:   %1 MiB/s (%2 s; reads and writes every byte)\n")
               .arg(total / sealSeconds, 0, 'f', 1)
               .arg(sealSeconds, 0, 'f', 2);
    out << QStringLiteral("seal / upload:   %1\n").arg(uploadSeconds / sealSeconds, 0, 'f', 2);
    out.flush();
    const double ratio = uploadSeconds / sealSeconds;
    const bool written = bench::appendFigure(
        json, {QStringLiteral("encrypt (seal in place) on Azurite, %1 objects of %2 MiB").arg(objects).arg(mib),
               total / sealSeconds, QStringLiteral("MiB/s"), QStringLiteral("plain upload, same client settings"),
               total / uploadSeconds, ratio, QStringLiteral(">= 0.8x"), ratio >= 0.8,
               QStringLiteral("%1 MiB blocks, %2 MiB reads, %3 requests in flight; Azurite on the same machine; "
                              "download alone %4 MiB/s")
                   .arg(blockMib)
                   .arg(o.readChunk >> 20)
                   .arg(parallel)
                   .arg(total / downloadSeconds, 0, 'f', 1)});
    if (!written) {
        std::fprintf(stderr, "bench_azure_blob: cannot write %s\n", qPrintable(json));
        return 1;
    }
    return 0;
}
