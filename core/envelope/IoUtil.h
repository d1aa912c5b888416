// IoUtil: full reads and writes over QIODevice, with errors that say which side failed.
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QIODevice>

namespace keyward::envelope {

Status writeFully(QIODevice *device, QByteArrayView bytes);
// Reads until `size` bytes or the end of input; returns the count read (less than size only at the end).
Result<qint64> readFully(QIODevice *device, char *into, qint64 size);

} // namespace keyward::envelope
