// PoolThread: a QThreadStorage entry whose destruction stops OpenSSL for the thread. Qt destroys a thread's
// QThreadStorage data in QThread's finish step, before it wakes the threads waiting for it; the C library runs
// the thread-specific destructors (OpenSSL's among them) only after that.
#include "util/PoolThread.h"

#include <QThreadPool>
#include <QThreadStorage>
#include <QtConcurrent/QtConcurrentMap>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <vector>

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace keyward {

namespace {

struct OpenSslRelease
{
    ~OpenSslRelease() { OPENSSL_thread_stop(); }
};

#ifdef __linux__
// Threads of this process that Qt started for itself, by the names Qt gives them (the kernel keeps 15 characters).
int qtThreadsAlive()
{
    static const char *const Names[] = {"Thread (pooled)", "QDBusConnection", "QNetworkAccessM"};
    int alive = 0;
    DIR *tasks = ::opendir("/proc/self/task");
    if (!tasks)
        return 0;
    while (const dirent *task = ::readdir(tasks)) {
        if (task->d_name[0] == '.')
            continue;
        char path[sizeof(task->d_name) + 32];
        std::snprintf(path, sizeof path, "/proc/self/task/%s/comm", task->d_name);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue; // ended meanwhile
        char comm[32] = {};
        const ssize_t n = ::read(fd, comm, sizeof comm - 1);
        ::close(fd);
        if (n <= 0)
            continue;
        for (const char *name : Names)
            alive += std::strncmp(comm, name, std::strlen(name)) == 0 ? 1 : 0;
    }
    ::closedir(tasks);
    return alive;
}

void waitForEndedQtThreads()
{
    for (int i = 0; i < 1000 && qtThreadsAlive() > 0; ++i)
        ::usleep(1000);
}
#endif

} // namespace

void waitAtExitForEndedQtThreads()
{
#ifdef __linux__
    // Registered before Qt makes its global objects, so it runs after their destruction (handlers run in reverse).
    static const bool registered = std::atexit(waitForEndedQtThreads) == 0;
    Q_UNUSED(registered);
#endif
}

void releaseOpenSslWithThread()
{
    static QThreadStorage<OpenSslRelease *> release;
    if (!release.hasLocalData())
        release.setLocalData(new OpenSslRelease);
}

void forEachIndex(QThreadPool *pool, qsizetype n, const std::function<void(qsizetype)> &task)
{
    if (!pool || n <= 1) {
        for (qsizetype i = 0; i < n; ++i)
            task(i);
        return;
    }
    std::vector<qsizetype> indexes(static_cast<std::size_t>(n));
    std::iota(indexes.begin(), indexes.end(), qsizetype(0));
    QtConcurrent::blockingMap(pool, indexes, [&task](qsizetype i) {
        releaseOpenSslWithThread();
        task(i);
    });
}

} // namespace keyward
