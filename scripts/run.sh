#!/usr/bin/env bash
# The main job: install what is missing, build, and open the console on the demo workspace.
# With no display, the same flow runs headless through keywardctl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_DIR=${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build}
install_packages
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # The console opens on the catalog of the default data directory, the same one keywardctl uses.
    if ! "$BUILD_DIR/app/keywardctl" workspace show demo >/dev/null 2>&1; then
        say "making the demo workspace first (keywardctl demo)"
        "$BUILD_DIR/app/keywardctl" demo || say "the demo could not be made; the console offers it again"
    fi
    say "starting the Keyward console on the demo workspace"
    exec "$BUILD_DIR/app/keyward"
fi

say "no display found: running the same flow headless through keywardctl"
CTL="$BUILD_DIR/app/keywardctl"
# The demo keeps its data and its own login keyring (for the vault's master key) under the build folder,
# so that running this again carries on with the same workspace.
DEMO_DATA="$BUILD_DIR/demo/data"
DEMO_HOME="$BUILD_DIR/demo/home"
mkdir -p "$DEMO_DATA" "$DEMO_HOME"
export CTL DEMO_DATA
HOME="$DEMO_HOME" XDG_RUNTIME_DIR="$DEMO_HOME" dbus-run-session -- bash -c '
    set -euo pipefail
    say() { printf "==> %s\n" "$*"; }
    printf keyward-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    say "keywardctl demo: key store, workspace, sample data, assign, encrypt, verify, rotate, verify"
    "$CTL" demo --data-dir "$DEMO_DATA"
    say "keywardctl workspace show demo"
    "$CTL" workspace show demo --data-dir "$DEMO_DATA"
    say "keywardctl history verify"
    "$CTL" history verify --data-dir "$DEMO_DATA"
    say "keywardctl report: the compliance report as PDF and as signed JSON, checked with openssl"
    "$CTL" report --data-dir "$DEMO_DATA" --format pdf --out "$DEMO_DATA/compliance-report.pdf"
    "$CTL" report --data-dir "$DEMO_DATA" --format json --out "$DEMO_DATA/compliance-report.json"
    "$CTL" report signing-key --data-dir "$DEMO_DATA" --out "$DEMO_DATA/report-signing.pem"
    openssl dgst -sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32 -sigopt rsa_mgf1_md:sha256 \
        -verify "$DEMO_DATA/report-signing.pem" -signature "$DEMO_DATA/compliance-report.json.sig" \
        "$DEMO_DATA/compliance-report.json"
    say "break-glass: escrow the DBFS-root and platform feature keys, recover one object without the catalog"
    WORK=$(mktemp -d)
    trap "rm -rf \"$WORK\"" EXIT
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$WORK/escrow.pem" 2>/dev/null
    openssl pkey -in "$WORK/escrow.pem" -pubout -out "$WORK/escrow.pub.pem"
    for f in dbfs-root platform; do
        "$CTL" escrow export --data-dir "$DEMO_DATA" --workspace demo --feature $f \
            --recipient "$WORK/escrow.pub.pem" --out "$WORK/$f.json"
    done
    OBJECT=$(find "$DEMO_DATA/workspaces/demo/root" -type f -name "*.json" -print -quit)
    "$CTL" envelope inspect "$OBJECT"
    "$CTL" recover --escrow-key "$WORK/escrow.pem" --record "$WORK/dbfs-root.json" --record "$WORK/platform.json" \
        --in "$OBJECT" --out "$WORK/plain"
    head -c 300 "$WORK/plain"; echo
'
say "done"
