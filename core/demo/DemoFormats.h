// DemoFormats: binary files as the platform writes them: the framing real readers check, random bytes inside.
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoSink.h"
#include "demo/DemoTables.h"

#include <QByteArray>

namespace keyward::demo {

void fillRandom(DemoSink &sink, DemoRandom &rng, qint64 size);
// Integers of `width` bytes at `at`, little- and big-endian.
void putLe(QByteArray &bytes, qsizetype at, quint64 value, int width);
void putBe(QByteArray &bytes, qsizetype at, quint64 value, int width);

// PAR1, `size` bytes in all, with a footer naming the schema's columns and the Spark writer.
void writeParquet(DemoSink &sink, DemoRandom &rng, const Schema &schema, qint64 size);
// A gzip header with the modification time, random deflate data and the trailer.
void writeGzipLike(DemoSink &sink, DemoRandom &rng, qint64 size, qint64 mtimeMs);

} // namespace keyward::demo
