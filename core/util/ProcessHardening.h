// ProcessHardening: what each Keyward program does first, so that key material stays out of core dumps, swap
// and other users' debuggers.
#pragma once

#include <cstddef>

namespace keyward {

// What hardenProcess() achieved on this system (each step may be refused by the kernel or its limits).
struct HardeningState
{
    bool notDumpable = false;      // prctl(PR_SET_DUMPABLE, 0): no core file, no ptrace by the same user
    bool noCoreLimit = false;      // RLIMIT_CORE set to 0 (soft and hard)
    bool secureHeap = false;       // key buffers come from a heap excluded from core dumps (MADV_DONTDUMP)
    bool secureHeapLocked = false; // ...and locked in memory (mlock), never written to swap
    std::size_t secureHeapSize = 0;
};

// The size of the heap key buffers come from (OpenSSL's secure heap): enough for every key a job holds.
// A key buffer that does not fit comes from the ordinary heap, still wiped when freed.
inline constexpr std::size_t SecureHeapSize = std::size_t(2) << 20;

// Makes the process non-dumpable with a zero core limit, and sets up the secure heap SecureBytes draws from.
// Call once, first thing in main(), before any thread starts. With KEYWARD_ALLOW_CORE_DUMPS=1 in the
// environment, the process stays dumpable (to debug a crash); key buffers are still left out of the dump.
HardeningState hardenProcess();

// What the last hardenProcess() call achieved (all false before it).
const HardeningState &hardeningState();

} // namespace keyward
