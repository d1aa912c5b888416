#!/usr/bin/env bash
# Shared steps of run.sh and test.sh: install what is missing, configure and build.
set -euo pipefail

KEYWARD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages the build, the GUI and the tests need (at-spi2-core and python3-pyatspi: the test that drives
# the console through the accessibility bus, tests/atspi).
KEYWARD_PACKAGES=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libgl-dev qtkeychain-qt6-dev libssl-dev openssl
    gnome-keyring libsecret-1-0 dbus-daemon dbus-bin
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core
    at-spi2-core python3 python3-pyatspi python3-jsonschema
    softhsm2 opensc libp11-kit-dev
)

say() { printf '==> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${KEYWARD_PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != "installed" ]; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#KEYWARD_PACKAGES[@]} Debian packages already installed"
        return
    fi
    say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# configure_and_build BUILD_DIR [cmake args...]
configure_and_build() {
    local dir=$1
    shift
    say "configuring $dir"
    cmake -S "$KEYWARD_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    say "building $dir with $(nproc) jobs"
    cmake --build "$dir" -j"$(nproc)"
}
