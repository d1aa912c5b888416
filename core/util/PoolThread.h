// PoolThread: what work on a thread Keyward does not own (a QThreadPool's, QtConcurrent's) does first.
#pragma once

namespace keyward {

// Makes this thread release its OpenSSL state (its random generators, its error queue) while Qt finishes the
// thread, before QThread::wait() or a QThreadPool's destruction returns. Without it the release is left to the
// thread's last moments, after Qt has reported it finished: a pool destroyed as the program ends then races
// OpenSSL's own clean-up at exit, which frees state the thread still uses or leaves its state behind. Cheap after
// the first call on a thread; call it at the start of every task run on a pool thread.
void releaseOpenSslWithThread();

} // namespace keyward
