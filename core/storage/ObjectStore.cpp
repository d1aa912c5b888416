// ObjectStore: path rules shared by every store.
#include "storage/ObjectStore.h"

#include "util/PoolThread.h"

#include <QStringTokenizer>

#include <vector>

namespace keyward::storage {

Error deviceError(const Error &error, std::initializer_list<const QIODevice *> devices)
{
    if (error.code != ErrorCode::Io)
        return error;
    for (const QIODevice *device : devices) {
        const auto *carrier = dynamic_cast<const DeviceFailure *>(device);
        if (!carrier)
            continue;
        if (const std::optional<Error> failure = carrier->failure()) {
            Error e = *failure;
            e.detail = error.detail;
            return e;
        }
    }
    return error;
}

Result<OpenedObject> ObjectStore::openCurrent(const QString &path, Access access)
{
    Q_UNUSED(access); // rewriteOpened() looks the object up again
    auto info = stat(path);
    if (!info)
        return info.error();
    auto device = openRead(path, info->etag);
    if (!device)
        return device.error();
    return OpenedObject{std::move(device).value(), *info};
}

QList<Status> ObjectStore::commitAll(const QList<ObjectWriter *> &writers, QThreadPool *workers)
{
    std::vector<Status> statuses(std::size_t(writers.size()));
    forEachIndex(workers, writers.size(), [&](qsizetype i) { statuses[std::size_t(i)] = writers.at(i)->commit(); });
    return QList<Status>(statuses.begin(), statuses.end());
}

namespace {

// A change already made durable: committing it has nothing left to do.
class DoneWriter final : public ObjectWriter
{
public:
    QIODevice *device() override { return nullptr; }
    Status commit() override { return {}; }
};

} // namespace

Result<std::unique_ptr<ObjectWriter>> ObjectStore::rewriteIfMatch(const QString &path, qint64 offset,
                                                                  const QByteArray &bytes, const QString &ifMatch)
{
    if (Status written = overwriteIfMatch(path, offset, bytes, ifMatch); !written)
        return written.error();
    return std::unique_ptr<ObjectWriter>(new DoneWriter);
}

Result<std::unique_ptr<ObjectWriter>> ObjectStore::rewriteOpened(OpenedObject opened, qint64 offset,
                                                                 const QByteArray &bytes)
{
    opened.device.reset();
    return rewriteIfMatch(opened.info.path, offset, bytes, opened.info.etag);
}

Status checkObjectPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char('\0')))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid object path").arg(path));
    for (const QStringView segment : QStringTokenizer(path, u'/')) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid object path").arg(path));
    }
    return {};
}

Status copyObjects(ObjectStore &from, ObjectStore &to)
{
    auto objects = from.list();
    if (!objects)
        return objects.error();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const ObjectInfo &object : std::as_const(*objects)) {
        auto in = from.openRead(object.path);
        if (!in)
            return in.error();
        auto writer = to.openWrite(object.path);
        if (!writer)
            return writer.error();
        for (;;) {
            const qint64 n = (*in)->read(buffer.data(), buffer.size());
            if (n < 0)
                return Error::make(ErrorCode::Io,
                                   QStringLiteral("cannot read %1 in %2").arg(object.path, from.location()));
            if (n == 0)
                break;
            if ((*writer)->device()->write(buffer.constData(), n) != n)
                return Error::make(ErrorCode::Io,
                                   QStringLiteral("cannot write %1 to %2").arg(object.path, to.location()));
        }
        if (auto st = (*writer)->commit(); !st)
            return st;
    }
    return {};
}

} // namespace keyward::storage
