// IoUtil: loops over partial QIODevice reads and writes.
#include "envelope/IoUtil.h"

namespace keyward::envelope {

Status writeFully(QIODevice *device, QByteArrayView bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device->write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return Error::make(ErrorCode::Io, QStringLiteral("cannot write output: %1").arg(device->errorString()));
        done += n;
    }
    return {};
}

Result<qint64> readFully(QIODevice *device, char *into, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device->read(into + done, size - done);
        if (n < 0)
            return Error::make(ErrorCode::Io, QStringLiteral("cannot read input: %1").arg(device->errorString()));
        if (n == 0) {
            // Sockets and processes may have more to come; files and our own devices return 0 only at the end.
            if (device->isSequential() && device->waitForReadyRead(30000))
                continue;
            break;
        }
        done += n;
    }
    return done;
}

} // namespace keyward::envelope
