// ProcessLock: an exclusive lock between processes held through a kernel file lock (flock), so that it is
// released the moment its holder exits, however it exits (SIGKILL included): no stale lock files.
#pragma once

#include <QString>

namespace keyward {

class ProcessLock
{
public:
    explicit ProcessLock(QString path) : m_path(std::move(path)) {}
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    // Tries for up to `timeoutMs`; false when another process holds the lock (or the file cannot be opened).
    bool tryLock(int timeoutMs);
    void unlock();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace keyward
