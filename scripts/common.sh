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
    nodejs npm
)
# nodejs and npm run the npm tools below. Where Node.js comes from elsewhere (NodeSource's nodejs bundles npm and
# conflicts with Debian's npm package) it is kept: the two count as installed when the commands `node` and `npm` are.

# npm tools the tests use, pinned, kept in the work tree (git-ignored): HashiCorp's HCL parser, built to WebAssembly,
# with which the Terraform export's test reads what Keyward writes. CMake passes the folder to the tests
# (KEYWARD_NPM_TOOLS); tests/support/hcl2json.mjs loads the parser from it.
KEYWARD_NPM_TOOLS=${KEYWARD_NPM_TOOLS:-$KEYWARD_ROOT/.tools/npm}
KEYWARD_NPM_PACKAGES=(
    @cdktf/hcl2json@0.21.0
)

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

# Installs the pinned npm tools into KEYWARD_NPM_TOOLS, only those missing or at another version.
install_npm_tools() {
    local missing=()
    for spec in "${KEYWARD_NPM_PACKAGES[@]}"; do
        local name=${spec%@*} version=${spec##*@}
        local manifest=$KEYWARD_NPM_TOOLS/node_modules/$name/package.json
        if [ ! -f "$manifest" ] || [ "$(node -p 'require(process.argv[1]).version' "$manifest")" != "$version" ]; then
            missing+=("$spec")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "npm tools already in $KEYWARD_NPM_TOOLS: ${KEYWARD_NPM_PACKAGES[*]}"
        return
    fi
    say "installing npm tools into $KEYWARD_NPM_TOOLS: ${missing[*]}"
    mkdir -p "$KEYWARD_NPM_TOOLS"
    npm install --prefix "$KEYWARD_NPM_TOOLS" --save-exact --no-audit --no-fund "${missing[@]}"
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
