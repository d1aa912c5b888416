// SafeWrite: Qt permissions in front of SafeFile.
#include "util/SafeWrite.h"

#include "util/SafeFile.h"

#include <sys/stat.h>

namespace keyward {

namespace {

::mode_t modeOf(QFileDevice::Permissions p)
{
    ::mode_t mode = 0;
    const struct
    {
        QFileDevice::Permission qt;
        ::mode_t bit;
    } bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR}, {QFileDevice::WriteOwner, S_IWUSR}, {QFileDevice::ExeOwner, S_IXUSR},
        {QFileDevice::ReadGroup, S_IRGRP}, {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH}, {QFileDevice::WriteOther, S_IWOTH}, {QFileDevice::ExeOther, S_IXOTH}};
    for (const auto &b : bits)
        if (p.testFlag(b.qt))
            mode |= b.bit;
    return mode;
}

} // namespace

Status refuseSymbolicLink(const QString &path)
{
    return checkOutputPath(path);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    return writeFileSafely(path, bytes, modeOf(permissions));
}

} // namespace keyward
