#!/usr/bin/python3
"""Drives the Keyward console through the accessibility bus (AT-SPI), as a screen-reader user would.

On its own X server (Xvfb), D-Bus session, accessibility bus and unlocked GNOME keyring, all started here and
stopped at the end, it opens the console on an empty data directory and, finding every widget by its role and
accessible name only:
  - finds the application on the accessibility desktop;
  - checks that every control of the empty state has a name, and presses "Create the demo workspace";
  - waits for the list "Workspaces" to show "demo";
  - reads the table "Encryption coverage matrix": data-type cells, and cells naming their key and saying
    "Verified" once the demo has verified;
  - checks that every control of every view (each tab of the page tab list) has a name;
  - goes to the History tab, presses the tool bar's "Rotate now", then "Rotate and verify" in the preview it
    shows, and waits for new rows in the table "Rotation history", the newest a rotation of "demo";
  - goes to the Compliance tab and reads the score ("Compliance score: N %") and the first row of the table
    "Compliance findings": a failure or a piece of information, naming its control.
Every step prints its name; a failure says which step failed and why, and the console's output is printed.

Usage: tst_atspi.py --keyward PATH/TO/keyward [--keep]
Needs Debian's /usr/bin/python3 with python3-pyatspi, and Xvfb, dbus-run-session, gnome-keyring-daemon and
/usr/libexec/at-spi-bus-launcher (at-spi2-core); scripts/common.sh installs them.
"""

import argparse
import importlib.util
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REQUIRED_PROGRAMS = ["Xvfb", "dbus-run-session", "dbus-send", "gnome-keyring-daemon", BUS_LAUNCHER]
SCREEN = "1600x1000x24"
# Roles a keyboard or screen-reader user acts on, and pictures that carry meaning: each one needs a name.
NAMED_ROLES = {
    "image",
    "push button", "toggle button", "check box", "radio button", "combo box", "menu item", "page tab",
    "page tab list", "table", "tree table", "tree", "list", "list box", "text", "entry", "password text",
    "spin button", "slider", "progress bar", "scroll bar",
}
# Long waits: the demo makes keys (one RSA-3072) and a rotation makes new versions of them, on a loaded machine.
DEMO_TIMEOUT = 180
ROTATE_TIMEOUT = 120


class StepFailed(Exception):
    pass


def log(message):
    print(message, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Outer process: its own X server and D-Bus session, then the inner process inside them.

def missing_requirements():
    missing = [p for p in REQUIRED_PROGRAMS if shutil.which(p) is None]
    if importlib.util.find_spec("pyatspi") is None:
        missing.append("python3-pyatspi (module pyatspi for %s)" % sys.executable)
    return missing


def start_xvfb(log_file):
    """Starts Xvfb on a free display (it picks one and writes it to a pipe); returns (process, display)."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    os.close(write_end)
    data = b""
    deadline = time.monotonic() + 30
    try:
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_end], [], [], remaining)[0]:
                raise StepFailed("Xvfb did not report its display within 30 s")
            chunk = os.read(read_end, 64)
            if not chunk:
                raise StepFailed("Xvfb exited before it reported its display (exit status %s)" % xvfb.poll())
            data += chunk
    except BaseException:
        stop(xvfb)
        raise
    finally:
        os.close(read_end)
    return xvfb, ":" + data.decode().strip()


def stop(process, grace=5):
    """Ends a process this test started: SIGTERM, then SIGKILL after `grace` seconds."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def outer(args):
    missing = missing_requirements()
    if missing:
        log("FAIL: requirements missing (scripts/common.sh installs them): " + ", ".join(missing))
        return 1
    if not os.access(args.keyward, os.X_OK):
        log("FAIL: no console at %s" % args.keyward)
        return 1
    work = tempfile.mkdtemp(prefix="keyward-atspi-")
    xvfb = None
    try:
        # A throwaway home: a keyring left by another run with another password would stay locked.
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("DBUS_", "AT_SPI", "QT_", "XDG_", "GNOME_KEYRING", "WAYLAND"))}
        env.update(HOME=os.path.join(work, "home"), XDG_RUNTIME_DIR=os.path.join(work, "run"),
                   XDG_CONFIG_HOME=os.path.join(work, "home", ".config"),
                   XDG_DATA_HOME=os.path.join(work, "home", ".local", "share"),
                   XDG_CACHE_HOME=os.path.join(work, "home", ".cache"), NO_AT_BRIDGE="0")
        for d in (env["HOME"], env["XDG_RUNTIME_DIR"]):
            os.makedirs(d, mode=0o700)
        with open(os.path.join(work, "xvfb.log"), "wb") as xlog:
            try:
                xvfb, display = start_xvfb(xlog)
            except StepFailed as e:
                log("FAIL at step 'start the X server': %s" % e)
                return 1
        env["DISPLAY"] = display
        log("X server on %s, work directory %s" % (display, work))
        command = ["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), "--inner",
                   "--keyward", os.path.abspath(args.keyward), "--work", work]
        inner_process = subprocess.Popen(command, env=env, start_new_session=True)
        try:
            return inner_process.wait(args.timeout)
        except subprocess.TimeoutExpired:
            log("FAIL: the test did not end within %d s" % args.timeout)
            os.killpg(inner_process.pid, signal.SIGTERM)
            try:
                inner_process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(inner_process.pid, signal.SIGKILL)
                inner_process.wait()
            return 1
    finally:
        stop(xvfb)
        if args.keep:
            log("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------------
# Inner process: inside the D-Bus session. Keyring, accessibility bus, console, then the steps.

def bus_has_owner(name):
    result = subprocess.run(
        ["dbus-send", "--session", "--print-reply=literal", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
         "org.freedesktop.DBus.NameHasOwner", "string:" + name],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=10)
    return result.returncode == 0 and b"true" in result.stdout


def wait_for(what, predicate, timeout, interval=0.25):
    """Polls predicate() until it returns something true; AT-SPI errors while the console is busy are retried."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as e:  # a D-Bus timeout or a widget that went away while it was read
            last_error = e
        if time.monotonic() > deadline:
            detail = " (last error: %s)" % last_error if last_error else ""
            raise StepFailed("timed out after %d s waiting for %s%s" % (timeout, what, detail))
        time.sleep(interval)


class Tree:
    """Reads the console's accessible tree the way a screen reader does: by role and name."""

    def __init__(self, pyatspi, app):
        self.pyatspi = pyatspi
        self.app = app

    def role(self, node):
        return node.getRoleName()

    def showing(self, node):
        return node.getState().contains(self.pyatspi.STATE_SHOWING)

    def enabled(self, node):
        return node.getState().contains(self.pyatspi.STATE_ENABLED)

    def walk(self, node=None, path=(), showing_only=False, into_tables=False):
        """Yields (node, path) depth first; path is the list of 'role name' above and at the node."""
        node = node or self.app
        try:
            role, name = self.role(node), node.name
            if showing_only and not self.showing(node):
                return
            count = node.childCount
        except Exception:
            return  # went away while walked
        here = path + ("%s '%s'" % (role, name),)
        yield node, here
        if role in ("table", "tree table", "list", "menu bar", "popup menu") and not into_tables:
            return  # cells and items: read through the table's interface instead
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                yield from self.walk(child, here, showing_only, into_tables)

    def find(self, role, name, showing_only=True):
        for node, _ in self.walk(showing_only=showing_only):
            if self.role(node) == role and node.name == name:
                return node
        return None

    def require(self, role, name):
        node = self.find(role, name)
        if node is None:
            raise StepFailed("no showing %s named '%s'" % (role, name))
        return node

    def require_role(self, role):
        node = next((n for n, _ in self.walk(showing_only=True) if self.role(n) == role), None)
        if node is None:
            raise StepFailed("no showing %s" % role)
        return node

    def children(self, node):
        return [node.getChildAtIndex(i) for i in range(node.childCount)]

    def press(self, node, action_names=("press", "click", "switch", "toggle", "activate")):
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for i, n in enumerate(names):
            if n.lower() in action_names:
                if not action.doAction(i):
                    raise StepFailed("the '%s' action of %s '%s' failed" % (n, self.role(node), node.name))
                return
        raise StepFailed("%s '%s' has no press action (it has %s)" % (self.role(node), node.name, names))

    def unnamed(self):
        """Showing interactive widgets with no accessible name, as paths."""
        found = []
        for node, path in self.walk(showing_only=True):
            if self.role(node) in NAMED_ROLES and not node.name.strip():
                found.append(" > ".join(path))
        return found

    def cells(self, table):
        """The table's cells as a list of rows of names."""
        t = table.queryTable()
        rows = []
        for r in range(t.nRows):
            row = []
            for c in range(t.nColumns):
                cell = t.getAccessibleAt(r, c)
                row.append(cell.name if cell is not None else "")
            rows.append(row)
        return rows

    def items(self, listview):
        return [listview.getChildAtIndex(i).name for i in range(listview.childCount)]


def select_tab(tree, tabs, title):
    """Presses a page tab and waits until the page tab list says it is the current one (Qt names the list
    after its current tab; the tabs themselves carry no selected state)."""
    tab = next((t for t in tree.children(tabs) if tree.role(t) == "page tab" and t.name == title), None)
    if tab is None:
        raise StepFailed("no page tab '%s'" % title)
    tree.press(tab)
    wait_for("the page tab list to show '%s'" % title, lambda: tabs.name == title, 10)


class Steps:
    def __init__(self):
        self.number = 0

    def __call__(self, title):
        self.number += 1
        return _Step(self.number, title)


class _Step:
    def __init__(self, number, title):
        self.number, self.title = number, title

    def __enter__(self):
        self.started = time.monotonic()
        log("STEP %d: %s" % (self.number, self.title))

    def __exit__(self, kind, error, tb):
        if kind is None:
            log("  ok (%.1f s)" % (time.monotonic() - self.started))
            return False
        if isinstance(error, (StepFailed, SystemExit)):
            raise StepFailed("step %d '%s': %s" % (self.number, self.title, error)) from None
        raise StepFailed("step %d '%s': %s: %s" % (self.number, self.title, kind.__name__, error)) from error


def inner(args):
    work = args.work
    data = os.path.join(work, "data")
    app_log_path = os.path.join(work, "keyward.log")
    launcher = console = None
    step = Steps()
    try:
        with step("start an unlocked keyring and the accessibility bus"):
            subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=b"keyward-test",
                           stdout=subprocess.DEVNULL, check=True, timeout=30)
            wait_for("the keyring on the session bus", lambda: bus_has_owner("org.freedesktop.secrets"), 30)
            launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
            wait_for("the accessibility bus (org.a11y.Bus)", lambda: bus_has_owner("org.a11y.Bus"), 30)

        import pyatspi  # after the bus is up: it connects when imported

        with step("open the console on an empty data directory and find it on the accessibility desktop"):
            env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                       QT_QPA_PLATFORM="xcb", LANGUAGE="en", LC_ALL="C.UTF-8")
            with open(app_log_path, "wb") as app_log:
                console = subprocess.Popen(
                    [args.keyward, "--data-dir", data, "--demo-objects", "32", "--demo-size-mib", "2"], env=env,
                    stdout=app_log, stderr=subprocess.STDOUT)

            def find_app():
                if console.poll() is not None:
                    raise SystemExit("the console exited with status %s" % console.returncode)
                desktop = pyatspi.Registry.getDesktop(0)
                for i in range(desktop.childCount):
                    a = desktop.getChildAtIndex(i)
                    if a is not None and a.name == "Keyward" and a.get_process_id() == console.pid:
                        return a
                return None

            app = wait_for("the application 'Keyward' on the desktop", find_app, 60)
            app.setCacheMask(pyatspi.cache.NONE)  # every read asks the console: the tree changes under us
            tree = Tree(pyatspi, app)
            wait_for("the frame of the console", lambda: tree.find("frame", "Keyward"), 30)

        with step("every interactive widget of the empty state has a name"):
            wait_for("the empty state's button", lambda: tree.find("push button", "Create the demo workspace"), 30)
            problems = tree.unnamed()
            if problems:
                raise StepFailed("%d without a name:\n    %s" % (len(problems), "\n    ".join(problems)))

        with step("press 'Create the demo workspace'"):
            button = tree.require("push button", "Create the demo workspace")
            tree.press(button)

        with step("wait for the workspace list to show 'demo'"):
            workspaces = tree.require("list", "Workspaces")

            def demo_listed():
                names = tree.items(workspaces)
                return any(n.split(",")[0].split("\n")[0].strip() in ("demo", "Workspace demo") for n in names)

            wait_for("'demo' in the list 'Workspaces'", demo_listed, DEMO_TIMEOUT)
            log("  list: %s" % tree.items(workspaces))

        with step("read the coverage matrix by its name"):
            matrix = wait_for("the table 'Encryption coverage matrix'",
                              lambda: tree.find("table", "Encryption coverage matrix"), 30)
            columns = [matrix.queryTable().getColumnDescription(c) for c in range(matrix.queryTable().nColumns)]
            log("  columns: %s" % columns)

            def keyed_cells():
                rows = tree.cells(matrix)
                # A cell under a customer key says its measured state, then the key ("Verified, key demo-...: ...").
                keyed = [(r[0], c) for r in rows for c in r[1:] if ", key " in c.split(":")[0]]
                return (rows, keyed) if keyed else None

            rows, keyed = wait_for("cells that name their customer key", keyed_cells, 30)
            # A data type's cell names it, then where it lives ("Notebook source and metadata, Control plane").
            if not any(r[0].split(", ")[0] == "Notebook source and metadata" for r in rows):
                raise StepFailed("no row names the data type 'Notebook source and metadata'; first column: %s"
                                 % [r[0] for r in rows])
            for data_type, text in keyed[:3]:
                log("  %s: %s" % (data_type, text))
            if not any("demo-" in text for _, text in keyed):
                raise StepFailed("no cell names its demo key (demo-...): %s" % keyed[:3])
            if not any(text.startswith("Verified") for _, text in keyed):
                raise StepFailed("no cell says 'Verified' after the demo's verification: %s" % keyed[:3])

        with step("every interactive widget of every view (each tab of the page tab list) has a name"):
            tabs = tree.require_role("page tab list")
            titles = [t.name for t in tree.children(tabs) if tree.role(t) == "page tab"]
            log("  tabs: %s" % titles)
            for expected in ("Coverage", "Jobs", "History", "Compliance"):
                if expected not in titles:
                    raise StepFailed("no page tab '%s' among %s" % (expected, titles))
            problems = []
            for title in titles:
                select_tab(tree, tabs, title)
                problems += ["%s view: %s" % (title, p) for p in tree.unnamed()]
            if problems:
                raise StepFailed("%d without a name:\n    %s" % (len(problems), "\n    ".join(problems)))

        with step("go to the History tab through the page tab list"):
            select_tab(tree, tabs, "History")
            history = wait_for("the table 'Rotation history' showing",
                               lambda: tree.find("table", "Rotation history"), 10)
            before = wait_for("rows in 'Rotation history'", lambda: history.queryTable().nRows, 30)
            log("  %d rows before" % before)

        with step("press the toolbar's 'Rotate now', confirm the preview and wait for new rows in 'Rotation history'"):
            rotate = wait_for("'Rotate now' enabled in the tool bar",
                              lambda: next((n for n, p in tree.walk(showing_only=True)
                                            if tree.role(n) == "push button" and n.name == "Rotate now"
                                            and "tool bar" in p[-2] and tree.enabled(n)), None), 30)
            tree.press(rotate)
            # Rotate now first shows what it will do; the rotation (and a verification) starts from there.
            confirm = wait_for("'Rotate and verify' in the preview of the rotation",
                               lambda: next((n for n, p in tree.walk(showing_only=True)
                                             if tree.role(n) == "push button" and n.name == "Rotate and verify"
                                             and tree.enabled(n)), None), 30)
            tree.press(confirm)
            after = wait_for("more rows in 'Rotation history'",
                             lambda: (lambda n: n if n > before else 0)(history.queryTable().nRows), ROTATE_TIMEOUT)
            newest = tree.cells(history)[0]  # newest first
            log("  %d rows after; newest: %s" % (after, " | ".join(newest)))
            if "demo" not in newest or "rotate" not in newest:
                raise StepFailed("the newest row is not a rotation of 'demo': %s" % newest)

        with step("go to the Compliance tab and read the score and a finding, as a screen reader does"):
            select_tab(tree, tabs, "Compliance")

            def score():
                # The score's label is named by what it says: "Compliance score: 87.5 %" once weighed.
                return next((n.name for n, _ in tree.walk(showing_only=True)
                             if tree.role(n) == "label" and n.name.startswith("Compliance score: ")
                             and n.name.endswith("%")), None)

            log("  %s" % wait_for("the label 'Compliance score: N %'", score, 60))
            findings = wait_for("the table 'Compliance findings' showing",
                                lambda: tree.find("table", "Compliance findings"), 10)
            rows = wait_for("rows in 'Compliance findings'", lambda: findings.queryTable().nRows, 60)
            t = findings.queryTable()
            columns = [t.getColumnDescription(c) for c in range(t.nColumns)]
            first = tree.cells(findings)[0]
            log("  %d rows; columns: %s" % (rows, columns))
            log("  first: %s" % " | ".join(first))
            for expected in ("Outcome", "Severity", "Control", "Summary"):
                if expected not in columns:
                    raise StepFailed("no column '%s' among %s" % (expected, columns))
            # By default the table shows what needs reading: failures and information, said in words.
            outcome = first[columns.index("Outcome")]
            if outcome not in ("Fail", "Info"):
                raise StepFailed("the first finding's outcome is '%s', not a failure or information" % outcome)
            if not first[columns.index("Control")].strip() or not first[columns.index("Summary")].strip():
                raise StepFailed("the first finding names no control or has no summary: %s" % first)

        log("PASS")
        return 0
    except StepFailed as e:
        log("FAIL at %s" % e)
        return 1
    except SystemExit as e:
        log("FAIL: %s" % e)
        return 1
    finally:
        stop(console)
        stop(launcher)
        if os.path.exists(app_log_path):
            with open(app_log_path, "rb") as f:
                output = f.read().decode(errors="replace").strip()
            if output:
                log("--- console output ---\n" + output)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keyward", required=True, help="the console program")
    parser.add_argument("--timeout", type=int, default=330, help="seconds before the whole test fails")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, data) for a look")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.exit(inner(args) if args.inner else outer(args))


if __name__ == "__main__":
    main()
