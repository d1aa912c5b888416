#!/usr/bin/env bash
# The whole test suite: install what is missing, make a clean build, and run every test under a private
# D-Bus session with an unlocked GNOME keyring (Secret Service) and the offscreen Qt platform.
# KEYWARD_SANITIZE=1 builds and tests with AddressSanitizer and UndefinedBehaviorSanitizer instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ "${KEYWARD_SANITIZE:-0}" = 1 ]; then
    BUILD_DIR=${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build-asan}
    EXTRA=(-DKEYWARD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
else
    BUILD_DIR=${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build-test}
    EXTRA=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi

install_packages
install_npm_tools
say "removing $BUILD_DIR for a clean build"
rm -rf "$BUILD_DIR"
configure_and_build "$BUILD_DIR" -DKEYWARD_WERROR=ON -DKEYWARD_NPM_TOOLS="$KEYWARD_NPM_TOOLS" "${EXTRA[@]}"

# A throwaway HOME per run: a keyring left by an earlier run with another password would stay locked.
TEST_HOME=$(mktemp -d)
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME=$TEST_HOME XDG_RUNTIME_DIR=$TEST_HOME/run XDG_DATA_HOME=$TEST_HOME/data XDG_CONFIG_HOME=$TEST_HOME/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

say "running the tests (ctest) in a private D-Bus session with an unlocked keyring"
dbus-run-session -- bash -c '
    set -euo pipefail
    printf "keyward-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$0" --output-on-failure -j"$(nproc)" --timeout 900
' "$BUILD_DIR"
