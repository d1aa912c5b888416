// ProcessHardening: prctl, rlimit and OpenSSL's secure heap (mmap'd, MADV_DONTDUMP, mlock'd, guard pages).
#include "util/ProcessHardening.h"

#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace keyward {

namespace {
HardeningState g_state;

bool coreDumpsAllowed()
{
    const char *allow = std::getenv("KEYWARD_ALLOW_CORE_DUMPS");
    return allow && std::strcmp(allow, "1") == 0;
}
} // namespace

HardeningState hardenProcess()
{
    HardeningState state;
    if (!coreDumpsAllowed()) {
        const rlimit none{0, 0};
        state.noCoreLimit = setrlimit(RLIMIT_CORE, &none) == 0;
        state.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    }
    if (CRYPTO_secure_malloc_initialized()) {
        state.secureHeap = true;
        state.secureHeapLocked = g_state.secureHeapLocked;
        state.secureHeapSize = g_state.secureHeapSize;
    } else {
        // 1: heap made and locked; 2: made, but mlock was refused (RLIMIT_MEMLOCK): still out of core dumps.
        const int made = CRYPTO_secure_malloc_init(SecureHeapSize, 16);
        state.secureHeap = made != 0;
        state.secureHeapLocked = made == 1;
        state.secureHeapSize = made != 0 ? SecureHeapSize : 0;
    }
    g_state = state;
    return state;
}

const HardeningState &hardeningState()
{
    return g_state;
}

} // namespace keyward
