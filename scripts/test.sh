#!/usr/bin/env bash
# The whole test suite: install what is missing, then one or two passes, each a clean build whose every test runs
# under a private D-Bus session with an unlocked GNOME keyring (Secret Service) and the offscreen Qt platform:
#   normal    the build as shipped (optimised);
#   sanitize  the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer (leaks, overflows, use
#             after free, undefined behaviour all fail the test that meets them).
# Both run by default, one after the other; KEYWARD_TEST_PASSES chooses (e.g. KEYWARD_TEST_PASSES=normal).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PASSES=${KEYWARD_TEST_PASSES:-normal sanitize}

install_packages
install_npm_tools

# A throwaway HOME per run: a keyring left by an earlier run with another password would stay locked.
TEST_HOME=$(mktemp -d)
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME=$TEST_HOME XDG_RUNTIME_DIR=$TEST_HOME/run XDG_DATA_HOME=$TEST_HOME/data XDG_CONFIG_HOME=$TEST_HOME/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

run_pass() {
    local name=$1 dir=$2
    shift 2
    say "test pass '$name': removing $dir for a clean build"
    rm -rf "$dir"
    configure_and_build "$dir" -DKEYWARD_WERROR=ON -DKEYWARD_NPM_TOOLS="$KEYWARD_NPM_TOOLS" "$@"
    say "test pass '$name': running the tests (ctest) in a private D-Bus session with an unlocked keyring"
    local started=$SECONDS
    if ! dbus-run-session -- bash -c '
        set -euo pipefail
        printf "keyward-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --test-dir "$0" --output-on-failure -j"$(nproc)" --timeout 900
    ' "$dir"; then
        # The failing checks once more, last: in a long log they sit far from its end.
        say "test pass '$name' failed; the failed checks and sanitizer reports, from $dir/Testing/Temporary:"
        grep -h -A6 -E 'FAIL!|ERROR: (Leak|Address)Sanitizer|runtime error:' "$dir"/Testing/Temporary/LastTest*.log |
            tail -n 80 || true
        return 1
    fi
    say "test pass '$name': every test passed ($((SECONDS - started)) s of tests)"
}

for pass in $PASSES; do
    case $pass in
    normal)
        # -g1: line tables for backtraces, without the full debug info that doubles build and link time.
        run_pass normal "${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build-test}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
        ;;
    sanitize)
        # Every finding stops the program that made it (halt_on_error) so that its test fails.
        # tests/asan.supp names the one report in code outside Keyward that is not a defect.
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:suppressions=$KEYWARD_ROOT/tests/asan.supp
        export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
        # -O0: half the compile time of -O1 for a suite whose time goes to processes, files and OpenSSL (not
        # instrumented) rather than Keyward's own loops.
        # clang: a second compiler's warnings (-Werror) on every file, and far less time for this build than GCC
        # (which loads the precompiled header anew, in seconds, for each file). GCC also registers each of
        # UndefinedBehaviorSanitizer's 450 000 check descriptors as an AddressSanitizer global, which every start of
        # a sanitized keywardctl then poisons: a third of its start-up, and the tests start it thousands of times.
        run_pass sanitize "${KEYWARD_SANITIZE_BUILD_DIR:-$KEYWARD_ROOT/build-asan}" -DKEYWARD_SANITIZE=ON \
            -DCMAKE_CXX_COMPILER=clang++ -DKEYWARD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1"
        unset ASAN_OPTIONS UBSAN_OPTIONS
        ;;
    *)
        say "unknown test pass '$pass' (KEYWARD_TEST_PASSES takes: normal sanitize)"
        exit 2
        ;;
    esac
done
say "all test passes done: $PASSES"
