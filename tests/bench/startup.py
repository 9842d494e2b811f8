#!/usr/bin/env python3
"""Finalist's start-up against the limit program, paired, on a new and on a big journal.

Both programs carry the same probe (ui/common/StartupProbe): once the main window is painted
and the event loop idle, it prints "shown …" and quits. Each round starts Finalist and then
the limit (tests/bench/StartupLimit: an empty QMainWindow of the same size opening the same
file through QSQLITE and reading its schema), timing each from spawn to that line, so a noisy
machine slows both alike. It prints medians, 95th percentiles, peak memory and the ratios.

Beside the limit runs the text floor (tests/bench/StartupTextFloor): the limit's window with a
menu bar, two short lists, a heading, a paragraph and a status bar, which is what drawing any
words at all costs. Its ratio to the limit bounds from below what any window with text can reach.

Four cases: a new database; the big one when today's backup is already taken; the big one on
the first start of the day (the backups folder removed before each of Finalist's rounds); the
big one with the Journal as the section last shown.
Runs under the display in DISPLAY (Xvfb with a window manager is closest to a desktop), or
offscreen when there is none. Settings go to a temporary HOME.

Usage: tests/bench/startup.py BIG_DATABASE [--app build/app/finalist]
       [--limit build/tests/bench/StartupLimit]
       [--text-floor build/tests/bench/StartupTextFloor] [--rounds 11] [--every-section]
(--every-section adds the big journal with each of the eight sections as the one last shown)
(a big journal: build/app/finalist-cli --database BIG demo --entries 100000 --contacts 50000)
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

from benchlib import p95, window_env


def start_ms(command, env, let_finish=False):
    """Milliseconds from spawn to the probe's line, and the peak memory it printed (KiB).

    The program is killed then (what runs on after the window is up, such as the integrity
    check, is not timed), unless let_finish: then it quits by itself, finishing its work."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    try:
        for line in process.stdout:
            if line.startswith("shown "):
                elapsed = (time.perf_counter() - start) * 1000
                peak = int(line.rsplit("peak ", 1)[1].split()[0])
                return elapsed, peak
        raise RuntimeError(f"{command[0]} ended without showing its window")
    finally:
        if not let_finish:
            process.send_signal(signal.SIGKILL)
        process.wait()


# MainWindow::Section, in order.
SECTIONS = ["Today", "Opportunities", "Journal", "Wins", "Lessons", "Contacts", "Network",
            "Outreach"]


def remember_section(env, section):
    """Writes into the throwaway settings that `section` (MainWindow::Section) was last shown."""
    path = os.path.join(env["XDG_CONFIG_HOME"], "Finalist", "Finalist.conf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = open(path, encoding="utf-8").read().splitlines() if os.path.exists(path) else []
    lines = [line for line in lines if not line.startswith("section=")]
    if "[window]" not in lines:
        lines += ["", "[window]"]
    lines.insert(lines.index("[window]") + 1, f"section={section}")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def report(name, app, limit):
    ratio = [a[0] / l[0] for a, l in zip(app, limit)]
    times = lambda runs: [r[0] for r in runs]
    peaks = lambda runs: statistics.median(r[1] for r in runs) / 1024
    print(f"{name}: Finalist p50 {statistics.median(times(app)):.0f} ms "
          f"p95 {p95(times(app)):.0f} ms, {peaks(app):.1f} MiB; "
          f"limit p50 {statistics.median(times(limit)):.0f} ms p95 {p95(times(limit)):.0f} ms, "
          f"{peaks(limit):.1f} MiB; ratio p50 {statistics.median(ratio):.2f} "
          f"p95 {p95(ratio):.2f}", flush=True)


def report_floor(name, floor, limit):
    ratio = [f[0] / l[0] for f, l in zip(floor, limit)]
    times = [f[0] for f in floor]
    print(f"{name}, text floor: p50 {statistics.median(times):.0f} ms p95 {p95(times):.0f} ms; "
          f"ratio to the limit p50 {statistics.median(ratio):.2f} p95 {p95(ratio):.2f}",
          flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("big")
    parser.add_argument("--app", default="build/app/finalist")
    parser.add_argument("--limit", default="build/tests/bench/StartupLimit")
    parser.add_argument("--text-floor", default="build/tests/bench/StartupTextFloor")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--every-section", action="store_true",
                        help="then the big journal with each section as the one last shown")
    args = parser.parse_args()
    app_binary, limit_binary = os.path.abspath(args.app), os.path.abspath(args.limit)
    floor_binary = os.path.abspath(args.text_floor)
    with tempfile.TemporaryDirectory(prefix="finalist-startup-") as work:
        env = window_env(work)

        def finalist(path, let_finish=False):
            return start_ms([app_binary, "--quit-when-shown", "--database", path], env,
                            let_finish)

        def limit(path):
            return start_ms([limit_binary, path], env)

        def floor(path):
            return start_ms([floor_binary, path], env)

        app_runs, limit_runs, floor_runs = [], [], []
        for n in range(args.rounds):
            app_runs.append(finalist(os.path.join(work, f"new-{n}.sqlite")))
            limit_runs.append(limit(os.path.join(work, f"limit-{n}.sqlite")))
            floor_runs.append(floor(os.path.join(work, f"floor-{n}.sqlite")))
        report("new database", app_runs, limit_runs)
        report_floor("new database", floor_runs, limit_runs)

        big = os.path.join(work, "big", "journal.sqlite")
        os.makedirs(os.path.dirname(big))
        shutil.copyfile(args.big, big)
        # A first start, untimed and left to finish: migrations if any, and today's backup.
        finalist(big, let_finish=True)
        backups = os.path.join(os.path.dirname(big), "backups")
        app_runs, limit_runs, first_runs, first_limit_runs = [], [], [], []
        floor_runs = []
        for n in range(args.rounds):
            app_runs.append(finalist(big))
            limit_runs.append(limit(big))
            floor_runs.append(floor(big))
        report("big database", app_runs, limit_runs)
        report_floor("big database", floor_runs, limit_runs)
        for n in range(args.rounds):
            shutil.rmtree(backups, ignore_errors=True)
            first_runs.append(finalist(big))
            first_limit_runs.append(limit(big))
        report("big database, first start of the day", first_runs, first_limit_runs)
        # The Journal as the section last shown: it opens on the latest entry, with its rounds.
        remember_section(env, 2)
        journal_runs, journal_limit_runs = [], []
        for n in range(args.rounds):
            journal_runs.append(finalist(big))
            journal_limit_runs.append(limit(big))
        report("big database, the Journal remembered", journal_runs, journal_limit_runs)
        if args.every_section:
            for section, name in enumerate(SECTIONS):
                remember_section(env, section)
                runs, limit_runs = [], []
                for n in range(args.rounds):
                    runs.append(finalist(big))
                    limit_runs.append(limit(big))
                report(f"big database, {name} remembered", runs, limit_runs)


if __name__ == "__main__":
    main()
