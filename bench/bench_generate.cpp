// bench_generate: how fast the demo workspace generator fills a local-folder store, and what it costs alone.
//
// Usage: bench_generate [--objects N] [--mib M] [--seed S] [--dir DIR] [--sync] [--keep]
// Prints objects/s and MiB/s for: the generator into a discarding store (its own cost), then into a
// LocalFolderStore (with fsync per object when --sync is given), and the objects and bytes per data type.
#include "demo/DemoWorkspace.h"
#include "storage/LocalFolderStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace keyward;
using namespace keyward::demo;
using namespace keyward::storage;

namespace {

constexpr qint64 MiB = qint64(1) << 20;

// Accepts every object and keeps nothing: times the generator without the file system.
class DiscardingStore final : public ObjectStore
{
    class Writer final : public ObjectWriter
    {
    public:
        Writer() { m_device.open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
        QIODevice *device() override { return &m_device; }
        Status commit() override { return {}; }

    private:
        class Null final : public QIODevice
        {
        protected:
            qint64 readData(char *, qint64) override { return -1; }
            qint64 writeData(const char *, qint64 size) override { return size; }
        } m_device;
    };

public:
    QString location() const override { return QStringLiteral("(discarded)"); }
    Result<QList<ObjectInfo>> list(const QString &) override { return QList<ObjectInfo>(); }
    Result<ObjectInfo> stat(const QString &p) override { return Error::make(ErrorCode::NotFound, p); }
    Result<std::unique_ptr<QIODevice>> openRead(const QString &p) override
    {
        return Error::make(ErrorCode::NotFound, p);
    }
    Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &) override
    {
        return std::unique_ptr<ObjectWriter>(new Writer);
    }
    Status overwrite(const QString &, qint64, const QByteArray &) override { return {}; }
    Status remove(const QString &) override { return {}; }
};

void report(QTextStream &out, const QString &what, const DemoSummary &summary, qint64 ms)
{
    const double seconds = std::max<qint64>(ms, 1) / 1000.0;
    out << QStringLiteral("%1: %2 objects, %3 MiB in %4 s: %5 objects/s, %6 MiB/s\n")
               .arg(what)
               .arg(summary.objects)
               .arg(double(summary.bytes) / MiB, 0, 'f', 1)
               .arg(seconds, 0, 'f', 2)
               .arg(summary.objects / seconds, 0, 'f', 0)
               .arg(double(summary.bytes) / MiB / seconds, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    DemoParams params{1, 10000, 0};
    qint64 mib = -1;
    QString dir;
    bool sync = false, keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--objects") && hasValue)
            params.objectCount = args[++i].toLongLong();
        else if (a == QLatin1String("--mib") && hasValue)
            mib = args[++i].toLongLong();
        else if (a == QLatin1String("--seed") && hasValue)
            params.seed = args[++i].toULongLong();
        else if (a == QLatin1String("--dir") && hasValue)
            dir = args[++i];
        else if (a == QLatin1String("--sync"))
            sync = true;
        else if (a == QLatin1String("--keep"))
            keep = true;
        else {
            out << "usage: bench_generate [--objects N] [--mib M] [--seed S] [--dir DIR] [--sync] [--keep]\n";
            return 2;
        }
    }
    // By default 16 KiB per object on average, about what a busy workspace's object mix averages.
    params.totalBytes = (mib >= 0 ? mib * MiB : params.objectCount * 16 * 1024);

    QElapsedTimer timer;
    DiscardingStore discard;
    timer.start();
    auto alone = DemoWorkspace(params).generate(discard);
    if (!alone) {
        out << "generation failed: " << alone.error().detail << '\n';
        return 1;
    }
    report(out, QStringLiteral("generator alone"), *alone, timer.elapsed());

    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    const QString root = dir.isEmpty() ? tmp.path() : dir;
    auto store = LocalFolderStore::open(root);
    if (!store) {
        out << "cannot open " << root << ": " << store.error().detail << '\n';
        return 1;
    }
    (*store)->setSyncWrites(sync);
    timer.restart();
    auto written = DemoWorkspace(params).generate(**store);
    if (!written) {
        out << "generation failed: " << written.error().detail << '\n';
        return 1;
    }
    report(out, QStringLiteral("local folder%1").arg(sync ? QStringLiteral(" (fsync per object)") : QString()),
           *written, timer.elapsed());
    for (auto it = written->perType.cbegin(); it != written->perType.cend(); ++it)
        out << QStringLiteral("  %1 %2 objects %3 MiB\n")
                   .arg(it.key(), -32)
                   .arg(it->objects, 7)
                   .arg(double(it->bytes) / MiB, 9, 'f', 1);
    if (keep)
        out << "kept in " << root << '\n';
    return 0;
}
