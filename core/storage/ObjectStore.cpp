// ObjectStore: path rules shared by every store.
#include "storage/ObjectStore.h"

namespace keyward::storage {

Status checkObjectPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char('\0')))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid object path").arg(path));
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a valid object path").arg(path));
    }
    return {};
}

} // namespace keyward::storage
