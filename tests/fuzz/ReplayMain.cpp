// ReplayMain: runs a fuzz target without libFuzzer: every file given (directories are walked, JSON vector
// files are unpacked into their hex objects; a missing path is skipped), then `--mutations N` seeded random
// mutations spread over them, so every build exercises the parser's hostile-input paths and replays the inputs
// that once broke it (tests/fuzz/regressions).
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void collect(const QString &path, QList<QByteArray> &inputs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    inputs << bytes;
    // Vector files carry objects as hex strings: feed those as inputs too.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    for (const auto &v : doc.object().value(QStringLiteral("vectors")).toArray()) {
        const QString hex = v.toObject().value(QStringLiteral("object")).toString();
        if (!hex.isEmpty())
            inputs << QByteArray::fromHex(hex.toLatin1());
    }
}

const QByteArray *current = nullptr;

// On a crash, the input that caused it, in hex on stderr (keep it under tests/fuzz/regressions/<target>/).
void reportInput(int signal)
{
    static const char digits[] = "0123456789abcdef";
    static const char head[] = "\nthe input that crashed, in hex:\n";
    if (current) {
        ssize_t ignored = ::write(2, head, sizeof head - 1);
        char pair[2];
        for (qsizetype i = 0; i < current->size() && i < 65536; ++i) {
            pair[0] = digits[(quint8(current->at(i)) >> 4) & 0xf];
            pair[1] = digits[quint8(current->at(i)) & 0xf];
            ignored = ::write(2, pair, 2);
        }
        ignored = ::write(2, "\n", 1);
        static_cast<void>(ignored);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const QByteArray &input)
{
    current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
}

} // namespace

int main(int argc, char **argv)
{
    int mutations = 0;
    QList<QByteArray> inputs;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--mutations") && i + 1 < argc) {
            mutations = QString::fromLocal8Bit(argv[++i]).toInt();
            continue;
        }
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                collect(it.next(), inputs);
        } else {
            collect(arg, inputs);
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "no inputs\n");
        return 1;
    }
    for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, reportInput);
    QRandomGenerator rng(0x4b574531); // fixed seed: a failure reproduces
    qint64 runs = 0;
    const int perSeed = mutations > 0 ? std::max(1, int(mutations / inputs.size())) : 0;
    for (const QByteArray &seed : std::as_const(inputs)) {
        run(seed);
        ++runs;
        for (int m = 0; m < perSeed && !seed.isEmpty(); ++m) {
            QByteArray x = seed;
            switch (rng.bounded(4)) {
            case 0: // flip a bit
                x[rng.bounded(x.size())] ^= char(1 << rng.bounded(8));
                break;
            case 1: // truncate
                x.truncate(rng.bounded(x.size()));
                break;
            case 2: // overwrite a byte
                x[rng.bounded(x.size())] = char(rng.bounded(256));
                break;
            default: // duplicate a slice
                x.insert(rng.bounded(x.size()), x.mid(rng.bounded(x.size()), 64));
                break;
            }
            run(x);
            ++runs;
        }
    }
    std::printf("%lld inputs run without a crash\n", runs);
    return 0;
}
