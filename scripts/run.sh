#!/usr/bin/env bash
# The main job: install what is missing, build, and open the console on the demo workspace.
# With no display, the same flow runs headless through keywardctl.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_DIR=${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build}
install_packages
configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "starting the Keyward console on the demo workspace"
    exec "$BUILD_DIR/app/keyward"
fi

say "no display found: running the same flow headless through keywardctl"
CTL="$BUILD_DIR/app/keywardctl"
say "keywardctl matrix --sample (the demo workspace: data-type to key-feature matrix)"
"$CTL" matrix --sample
say "keywardctl matrix --sample --option dbfs-double-encryption --option notebook-results-in-customer-storage"
"$CTL" matrix --sample --option dbfs-double-encryption --option notebook-results-in-customer-storage
SHARED="$KEYWARD_ROOT/../shared/vectors/envelope"
if [ -d "$SHARED" ]; then
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    say "break-glass recovery of a double-encrypted DBFS-root object from escrow records"
    python3 - "$SHARED/kwe1-vectors.json" "$WORK/object.kwe" <<'PY'
import json, sys
vectors = json.load(open(sys.argv[1]))["vectors"]
v = next(v for v in vectors if v.get("double"))
open(sys.argv[2], "wb").write(bytes.fromhex(v["object"]))
PY
    "$CTL" envelope inspect "$WORK/object.kwe"
    "$CTL" recover --escrow-key "$SHARED/escrow-test-key.pem" \
        --record "$SHARED/escrow/dbfs-root.json" --record "$SHARED/escrow/platform.json" \
        --in "$WORK/object.kwe" --out "$WORK/plain.bin"
fi
say "done"
