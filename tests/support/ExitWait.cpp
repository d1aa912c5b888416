// Every suite ends as Keyward's programs do (waitAtExitForEndedQtThreads in util/PoolThread.h): as it exits, it waits
// for the threads Qt started for itself (its D-Bus connection's, its global pool's, a network manager's) to be gone,
// not only marked finished, before the leak check of a sanitized build runs. Without that, the check can meet a
// thread's own data half freed and report it leaked. Linked into each suite as an object file rather than from the
// support library's archive, so that the registration below is always part of the program.
#include "util/PoolThread.h"

namespace {

[[maybe_unused]] const bool ExitWaitRegistered = [] {
    keyward::waitAtExitForEndedQtThreads();
    return true;
}();

} // namespace
