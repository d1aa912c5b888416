// PoolThread: what work on a thread Keyward does not own (a QThreadPool's, QtConcurrent's) does first.
#pragma once

#include <QtGlobal>

#include <functional>

class QThreadPool;

namespace keyward {

// Makes this thread release its OpenSSL state (its random generators, its error queue) while Qt finishes the
// thread, before QThread::wait() or a QThreadPool's destruction returns. Without it the release is left to the
// thread's last moments, after Qt has reported it finished: a pool destroyed as the program ends then races
// OpenSSL's own clean-up at exit, which frees state the thread still uses or leaves its state behind. Cheap after
// the first call on a thread; call it at the start of every task run on a pool thread.
void releaseOpenSslWithThread();

// Runs `task(i)` for every i in [0, n) on `pool`'s threads (on the calling thread, in order, when `pool` is null
// or n is 1) and returns once every task has. Each task calls releaseOpenSslWithThread() first. Tasks must not
// throw; each one's result goes where `task` puts it, by index.
void forEachIndex(QThreadPool *pool, qsizetype n, const std::function<void(qsizetype)> &task);

// Call first thing in main(). As the program ends, Qt ends the threads it started for itself (its D-Bus connection's,
// its global thread pool's, a network manager's) while it destroys its global objects, and waits only until each is
// marked finished: the thread then still frees its own state. Whatever runs at exit after that (OpenSSL's clean-up,
// a leak check) would meet that state half freed. This makes the exit wait, once Qt's global objects are gone, until
// those threads are (normally microseconds; at most a second).
void waitAtExitForEndedQtThreads();

} // namespace keyward
