// DemoFormats: binary files as the platform writes them: the framing real readers check, random bytes inside.
#include "demo/DemoFormats.h"

#include <algorithm>
#include <cstring>

namespace keyward::demo {

void fillRandom(DemoSink &sink, DemoRandom &rng, qint64 size)
{
    QByteArray chunk(qMin<qint64>(std::max<qint64>(size, 0), 64 * 1024), Qt::Uninitialized);
    while (size > 0) {
        const qint64 n = qMin<qint64>(size, chunk.size());
        for (qint64 i = 0; i < n; i += 8) {
            const quint64 v = rng.next();
            std::memcpy(chunk.data() + i, &v, size_t(std::min<qint64>(8, n - i)));
        }
        sink.write(QByteArrayView(chunk.constData(), n));
        size -= n;
    }
}

void putLe(QByteArray &bytes, qsizetype at, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

void putBe(QByteArray &bytes, qsizetype at, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * (width - 1 - i))) & 0xff);
}

void writeParquet(DemoSink &sink, DemoRandom &rng, const Schema &schema, qint64 size)
{
    QByteArray footer("\x15\x04\x15\x00spark_schema", 16);
    for (const Column &c : schema.columns)
        footer += QByteArray("\x15\x0c\x25\x02\x18", 5) + c.name;
    footer += "\x19\x1corg.apache.spark.version\x18\x05"
              "3.5.0";
    footer += "parquet-mr version 1.12.3-databricks-0002 (build 2484a95dbe16a0023e3eb29c201f99ff9ea771ee)";
    sink.write("PAR1");
    fillRandom(sink, rng, std::max<qint64>(0, size - 12 - footer.size()));
    QByteArray length(4, '\0');
    putLe(length, 0, quint64(footer.size()), 4);
    sink.write(footer);
    sink.write(length);
    sink.write("PAR1");
}

void writeGzipLike(DemoSink &sink, DemoRandom &rng, qint64 size, qint64 mtimeMs)
{
    QByteArray header("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    putLe(header, 4, quint64(mtimeMs / 1000), 4);
    sink.write(header);
    fillRandom(sink, rng, std::max<qint64>(size - 18, 32));
    QByteArray trailer(8, '\0');
    putLe(trailer, 0, rng.next(), 4);
    putLe(trailer, 4, quint64(size * 3), 4);
    sink.write(trailer);
}

} // namespace keyward::demo
