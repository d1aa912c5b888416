#!/usr/bin/env bash
# Renders the console under Xvfb to docs/screenshots/*.png: each view of a demo workspace (with a history and
# jobs behind it), the Compliance view's dialogs, the empty state, the what-if viewer, and each page of the key
# wizard.
#
# usage: scripts/screenshots.sh [BUILD_DIR]     (default: $KEYWARD_BUILD_DIR, else build/; built when needed)
#        KEYWARD_SCREENSHOTS=DIR to write elsewhere than docs/screenshots.
#
# Everything runs in a private D-Bus session with its own unlocked keyring, HOME and settings, so nothing of the
# user's is read or changed and every run starts from the same state. The window is 1640x940 (its own default
# size) on a 1700x1050 screen; text is English whatever the locale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_DIR=$(realpath -m "${1:-${KEYWARD_BUILD_DIR:-$KEYWARD_ROOT/build}}")
OUT=$(realpath -m "${KEYWARD_SCREENSHOTS:-$KEYWARD_ROOT/docs/screenshots}")
KEYWARD=$BUILD_DIR/app/keyward
KEYWARDCTL=$BUILD_DIR/app/keywardctl

for tool in Xvfb dbus-run-session gnome-keyring-daemon convert; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (scripts/run.sh installs it)" >&2; exit 1; }
done
if [ ! -x "$KEYWARD" ] || [ ! -x "$KEYWARDCTL" ]; then
    if [ -f "$BUILD_DIR/build.ninja" ]; then
        say "building keyward and keywardctl in $BUILD_DIR"
        cmake --build "$BUILD_DIR" --target keyward keywardctl
    else
        configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
fi
mkdir -p "$OUT"

WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# One X server for every picture, on a display it picks itself (no clash with other servers).
Xvfb -displayfd 3 -screen 0 1700x1050x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || { echo "screenshots.sh: Xvfb did not start:" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$WORK/display")"

export HOME=$WORK/home XDG_RUNTIME_DIR=$WORK/run XDG_DATA_HOME=$WORK/home/.local/share
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
unset QT_LINUX_ACCESSIBILITY_ALWAYS_ON KEYWARD_DATA_DIR
export KEYWARD KEYWARDCTL OUT WORK

say "rendering under Xvfb on $DISPLAY into $OUT"
dbus-run-session -- bash -c '
set -euo pipefail
printf keyward-screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
say() { printf "==> %s\n" "$*"; }
# The demo in the default data directory (the status bar then shows ~/.local/share/keyward, as for a user);
# the empty state with a home of its own.
DEMO=$XDG_DATA_HOME/keyward EMPTY_HOME=$WORK/empty-home
mkdir -p "$EMPTY_HOME"

# shot NAME ARGS...: one picture with fresh settings (window size, last view); false when the console refuses.
shot() {
    local name=$1; shift
    local png=$WORK/$name.png log=$WORK/$name.log
    if ! XDG_CONFIG_HOME=$WORK/config-$name "$KEYWARD" --screenshot "$png" "$@" >"$log" 2>&1; then
        return 1
    fi
    # Smallest lossless PNG: no metadata, most compression.
    convert "$png" -strip -define png:compression-level=9 -define png:compression-filter=5 "$OUT/$name.png"
    printf "    %-24s %4d KB  %s\n" "$name.png" $(( $(stat -c %s "$OUT/$name.png") / 1024 )) "$(identify -format %wx%h "$OUT/$name.png")"
}
refused() { sed -n "1,3p" "$WORK/$1.log" | grep -v "propagateSizeHints" | sed "s/^/      /"; }

say "demo workspace: small sample data, then encrypt, verify, rotate and verify (keywardctl demo)"
"$KEYWARDCTL" demo --objects 48 --size-mib 4 >"$WORK/demo.log"
# A second rotation and a verify that finds something, so the history and the jobs show more than one kind.
"$KEYWARDCTL" rotate --workspace demo --quiet >>"$WORK/demo.log"
printf "left in the clear\n" >"$DEMO/workspaces/demo/control-plane/notebooks/stray-notes.py"
"$KEYWARDCTL" verify --workspace demo --quiet >>"$WORK/demo.log" 2>&1 || true
rm -f "$DEMO/workspaces/demo/control-plane/notebooks/stray-notes.py"

say "views of the demo workspace"
# The views the console offers: those its --help names, and the known ones; a name it refuses is skipped.
VIEWS=$("$KEYWARD" --help 2>/dev/null | tr "\n" " " | sed -n "s/.*--view <[^>]*>[[:space:]]*[^:]*: \([^.]*\)\..*/\1/p" |
        sed "s/,/ /g; s/ or / /g")
declare -A seen=()
for view in coverage keys jobs history compliance $VIEWS; do
    [ -n "${seen[$view]:-}" ] && continue
    seen[$view]=1
    shot "view-$view" --view "$view" || { echo "    view $view: the console refuses it, skipped:"; refused "view-$view"; rm -f "$OUT/view-$view.png"; }
done

say "dialogs of the Compliance view"
if "$KEYWARD" --help 2>/dev/null | grep -q -- "--dialog"; then
    for dialog in evidence export report; do
        shot "compliance-$dialog" --dialog "$dialog" || { echo "    dialog $dialog: refused, skipped:"; refused "compliance-$dialog"; rm -f "$OUT/compliance-$dialog.png"; }
    done
else
    echo "    this console has no --dialog option yet: no pictures of the Compliance dialogs"
fi

say "empty state, what-if viewer"
HOME=$EMPTY_HOME XDG_DATA_HOME=$EMPTY_HOME/.local/share shot empty-state
shot what-if --what-if
shot what-if-standard --what-if --plan standard

say "key wizard pages"
if "$KEYWARD" --help 2>/dev/null | grep -q -- "--wizard-page"; then
    # The option counts pages from 0; the pictures from 1.
    for n in $(seq 0 19); do
        shot "wizard-page-$((n + 1))" --wizard-page "$n" || { echo "    page $n: refused, so the wizard has $n pages"; refused "wizard-page-$((n + 1))"; break; }
    done
else
    echo "    this console has no --wizard-page option yet: no wizard pictures"
fi
'
say "done: $(ls "$OUT"/*.png | wc -l) pictures in $OUT"
