#!/usr/bin/env bash
# The kill, race and timing tests N times in a row under load: one CPU hog per core runs beside them, in a private
# D-Bus session with an unlocked GNOME keyring (as test.sh runs the suite). Stops at the first failing run.
#   scripts/soak.sh N [BUILD_DIR]     (BUILD_DIR default: build-test; an existing build is reused)
# KEYWARD_KILL_POINTS (default 200) and KEYWARD_KILL_SECONDS (default 300) size tst_killpoints' long version;
# KEYWARD_SOAK_TESTS replaces the list of tests (a ctest regex).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUNS=${1:?usage: scripts/soak.sh N [BUILD_DIR]}
BUILD_DIR=${2:-$KEYWARD_ROOT/build-test}
case $RUNS in '' | *[!0-9]*) echo "soak.sh: N must be a number of runs" >&2 && exit 2 ;; esac

# Every test that kills keywardctl, races two processes or threads, or depends on timing.
TESTS=(tst_crashsafety tst_killpoints tst_integrity_workspaces tst_integrity_objects tst_azurite_fault tst_jobrunner
    tst_localfolderstore tst_rekeyretire tst_keychain tst_storegone tst_fulldisk)
REGEX=${KEYWARD_SOAK_TESTS:-^($(
    IFS='|'
    echo "${TESTS[*]}"
))\$}
export KEYWARD_KILL_POINTS=${KEYWARD_KILL_POINTS:-200}
export KEYWARD_KILL_SECONDS=${KEYWARD_KILL_SECONDS:-300}

if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    say "building the tests in $BUILD_DIR"
    cmake --build "$BUILD_DIR" -j"$(nproc)" --target keywardctl "${TESTS[@]}"
else
    install_packages
    install_npm_tools
    configure_and_build "$BUILD_DIR" -DKEYWARD_WERROR=ON -DKEYWARD_NPM_TOOLS="$KEYWARD_NPM_TOOLS" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi

HOGS=()
TEST_HOME=$(mktemp -d)
LOGS=$(mktemp -d)
stop_hogs() {
    for pid in "${HOGS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$TEST_HOME"
}
trap stop_hogs EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$(nproc)"); do
    yes >/dev/null &
    HOGS+=($!)
done
say "$(nproc) CPU hogs running beside the tests (pids ${HOGS[*]})"

export HOME=$TEST_HOME XDG_RUNTIME_DIR=$TEST_HOME/run XDG_DATA_HOME=$TEST_HOME/data XDG_CONFIG_HOME=$TEST_HOME/config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

say "soaking $RUNS runs of $REGEX (kill points: $KEYWARD_KILL_POINTS within ${KEYWARD_KILL_SECONDS}s; logs in $LOGS)"
START=$(date +%s)
ALL_POINTS=0
ALL_LIVE=0
for run in $(seq "$RUNS"); do
    t0=$(date +%s)
    if ! dbus-run-session -- bash -c '
        printf "keyward-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --test-dir "$0" -R "$1" -j"$(nproc)" -V --timeout 1800
    ' "$BUILD_DIR" "$REGEX" >"$LOGS/run-$run.log" 2>&1; then
        grep -E "FAIL!|Loc: |Failed|\*\*\*|random seed|exit status|stderr:" "$LOGS/run-$run.log" | tail -n 60
        say "run $run of $RUNS FAILED after $(($(date +%s) - t0)) s (log: $LOGS/run-$run.log)"
        say "summary: $((run - 1)) runs passed, run $run failed, $(($(date +%s) - START)) s in all;" \
            "$ALL_POINTS kill points before it, $ALL_LIVE of them live"
        exit 1
    fi
    points=$(grep -ho '[0-9]* kill points in [0-9]* ms, [0-9]* hit a running process' "$LOGS/run-$run.log" | head -1 || true)
    if [ -n "$points" ]; then
        read -r p _ _ _ _ _ l _ <<<"$points"
        ALL_POINTS=$((ALL_POINTS + p))
        ALL_LIVE=$((ALL_LIVE + l))
    fi
    say "run $run of $RUNS passed in $(($(date +%s) - t0)) s${points:+ ($points)}"
done
say "summary: all $RUNS runs passed in $(($(date +%s) - START)) s; $ALL_POINTS kill points, $ALL_LIVE of them hit a" \
    "running process"
