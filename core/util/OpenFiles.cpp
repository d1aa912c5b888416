// OpenFiles: getrlimit/setrlimit on RLIMIT_NOFILE.
#include "util/OpenFiles.h"

#include <sys/resource.h>

namespace keyward {

bool raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return false;
    const rlim_t want =
        limit.rlim_max == RLIM_INFINITY ? rlim_t(MaxOpenFiles) : qMin(limit.rlim_max, rlim_t(MaxOpenFiles));
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= want)
        return true; // already as high (never lowered)
    limit.rlim_cur = want;
    return ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
}

qint64 openFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return MaxOpenFiles;
    return qint64(limit.rlim_cur);
}

} // namespace keyward
