#!/usr/bin/env bash
# Shared steps of run.sh and test.sh: install what is missing, configure and build.
set -euo pipefail

KEYWARD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages the build, the GUI and the tests need (clang and its sanitizer runtimes: the test command's
# sanitizer pass and the fuzz targets; at-spi2-core and python3-pyatspi: the test that drives the console through the
# accessibility bus, tests/atspi; age: the peer bench/run measures the encrypt job against).
KEYWARD_PACKAGES=(
    build-essential cmake ninja-build lld clang-format clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libsqlite3-dev libgl-dev qtkeychain-qt6-dev libssl-dev openssl
    gnome-keyring libsecret-1-0 dbus-daemon dbus-bin
    xvfb xauth imagemagick poppler-utils fonts-dejavu-core
    at-spi2-core python3 python3-pyatspi python3-jsonschema
    softhsm2 opensc libp11-kit-dev
    nodejs npm age
    librsvg2-bin desktop-file-utils appstream lintian
)
# librsvg2-bin renders the icon's PNG sizes at build time; desktop-file-utils and appstream validate the desktop entry
# and the AppStream metainfo in the tests, lintian the Debian package.
# nodejs and npm run the npm tools below. Where Node.js comes from elsewhere (NodeSource's nodejs bundles npm and
# conflicts with Debian's npm package) it is kept: the two count as installed when the commands `node` and `npm` are.

# npm tools the tests use, pinned with their whole dependency tree in tests/npm (package.json and package-lock.json),
# installed into KEYWARD_NPM_TOOLS (git-ignored): HashiCorp's HCL parser, with which the Terraform export's test reads
# what Keyward writes; the Azurite storage emulator; Microsoft's @azure/storage-blob and @azure/keyvault-keys clients,
# with which the Azure tests check that Keyward's blobs and keys are what Azure's own clients expect. CMake passes the
# folder to the tests; the scripts in tests/support load the packages from it.
KEYWARD_NPM_TOOLS=${KEYWARD_NPM_TOOLS:-$KEYWARD_ROOT/.tools/npm}

say() { printf '==> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${KEYWARD_PACKAGES[@]}"; do
        case $p in
        nodejs) command -v node >/dev/null && continue ;;
        npm) command -v npm >/dev/null && continue ;;
        esac
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

# Installs the pinned npm tools into KEYWARD_NPM_TOOLS with `npm ci`, unless the lock file installed there is this one.
install_npm_tools() {
    local lock=$KEYWARD_ROOT/tests/npm/package-lock.json stamp=$KEYWARD_NPM_TOOLS/.lock.sha256
    # Microsoft's Azure SDK clients need Node.js 20 or later; Debian 12's own nodejs is 18.
    local major
    major=$(node -p 'process.versions.node.split(".")[0]')
    if [ "$major" -lt 20 ]; then
        say "Node.js $(node --version) is too old: the Azure tests need Node.js 20 or later (e.g. from NodeSource)"
        return 1
    fi
    local want
    want=$(sha256sum "$lock" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$KEYWARD_NPM_TOOLS/node_modules" ]; then
        say "npm tools already in $KEYWARD_NPM_TOOLS (tests/npm/package-lock.json ${want:0:12})"
        return
    fi
    say "installing the npm tools pinned in tests/npm into $KEYWARD_NPM_TOOLS"
    mkdir -p "$KEYWARD_NPM_TOOLS"
    rm -f "$stamp"
    cp "$KEYWARD_ROOT/tests/npm/package.json" "$lock" "$KEYWARD_NPM_TOOLS/"
    (cd "$KEYWARD_NPM_TOOLS" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
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
