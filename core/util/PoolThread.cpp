// PoolThread: a QThreadStorage entry whose destruction stops OpenSSL for the thread. Qt destroys a thread's
// QThreadStorage data in QThread's finish step, before it wakes the threads waiting for it; the C library runs
// the thread-specific destructors (OpenSSL's among them) only after that.
#include "util/PoolThread.h"

#include <QThreadStorage>

#include <openssl/crypto.h>

namespace keyward {

namespace {

struct OpenSslRelease
{
    ~OpenSslRelease() { OPENSSL_thread_stop(); }
};

} // namespace

void releaseOpenSslWithThread()
{
    static QThreadStorage<OpenSslRelease *> release;
    if (!release.hasLocalData())
        release.setLocalData(new OpenSslRelease);
}

} // namespace keyward
