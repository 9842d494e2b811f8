#!/usr/bin/env bash
# Kills finalist-cli with SIGKILL in the middle of its riskiest commands, and the autosave
# driver (AutosaveDriver.cpp: the journal editor's way of saving, without widgets) in the middle
# of typing, then checks that the next start finds a whole journal: no damage, the records as
# they were before the command or as it left them, no lock that keeps the user out, no empty
# journal in place of their data, no save lost once it was reported done.
#
# Two kinds of kill, half of each per scenario:
#   exact:  strace -e inject=SYSCALL:signal=KILL:when=N stops the process at the N-th call of one
#           system call (write, fsync, rename, unlink ...), spread over every call a whole run
#           makes, every other one over the calls that are not writes (the steps between files);
#           for autosave only the calls on the database and its WAL (not stdout, not SQLite's
#           temporary files);
#   random: kill -9 after a random part of the time a whole run takes.
#
# Usage: tests/crash/crash.sh [--cli PATH] [--autosave-driver PATH] [--kills N]
#                             [--scenarios "create migrate backup restore import demo autosave"]
# (import is import-linkedin and import-vcard; either can be named alone.)
# Exit: 0 when every check passed, 1 when one failed, 77 (skipped) without strace or sqlite3.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
cli="${FINALIST_CLI:-$source_dir/build/app/finalist-cli}"
# Without one (an empty --autosave-driver, or none built where looked for) autosave is skipped.
driver="$source_dir/build/tests/crash_autosave_driver"
driver_named=no
kills=5
scenarios="create migrate backup restore import demo autosave"
while [ $# -gt 0 ]; do
    case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --autosave-driver) driver="$2"; driver_named=yes; shift 2 ;;
    --kills) kills="$2"; shift 2 ;;
    --scenarios) scenarios="$2"; shift 2 ;;
    *) echo "crash: unknown argument $1" >&2; exit 2 ;;
    esac
done

for tool in strace sqlite3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "crash: SKIPPED: $tool is not installed (script/bootstrap installs it)."
        exit 77
    fi
done
if [ ! -x "$cli" ]; then
    echo "crash: no finalist-cli at $cli; build it first (cmake --build build --target finalist-cli)." >&2
    exit 2
fi
if [ -n "$driver" ] && [ ! -x "$driver" ] && [ $driver_named = yes ]; then
    echo "crash: no autosave driver at $driver; build it first (cmake --build build --target crash_autosave_driver)." >&2
    exit 2
fi
if ! strace -f -qq -o /dev/null true 2>/dev/null; then
    echo "crash: SKIPPED: strace cannot trace here (ptrace is not permitted)."
    exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/finalist-crash.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Copies, so that a rebuild during the run cannot swap a program under the harness.
cp "$cli" "$work/finalist-cli"
cli="$work/finalist-cli"
if [ -n "$driver" ] && [ -x "$driver" ]; then
    cp "$driver" "$work/autosave-driver"
    driver="$work/autosave-driver"
else
    driver=""
fi
export QT_QPA_PLATFORM=offscreen
source "$here/checks.sh"

for scenario in $scenarios; do
    run_scenario "$scenario"
done
print_totals
[ "$total_bad" -eq 0 ]
