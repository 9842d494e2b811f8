#!/usr/bin/env python3
"""Finalist's memory after a visit to every section of a big journal, against the limit.

Finalist runs with --tour-sections MS (ui/shell/SectionTour): once its window is up it shows
each section in turn, as Ctrl+1 … Ctrl+8 would, waits MS milliseconds in each (the network is
laid out on another thread), then prints its resident memory and quits. The limit is the
start-up benchmark's program (tests/bench/StartupLimit: an empty QMainWindow of the same size
opening the same file through QSQLITE), whose peak is all it ever holds. Rounds alternate
between the two; each Finalist round starts from a fresh copy of the journal, with today's
backup already taken, and settings in a temporary HOME.

Usage: tests/bench/memory.py BIG_DATABASE [--app build/app/finalist]
       [--limit build/tests/bench/StartupLimit] [--rounds 5] [--settle 2500]
(a big journal: build/app/finalist-cli --database BIG demo --entries 100000 --contacts 50000)
Runs under the display in DISPLAY (Xvfb with a window manager is closest to a desktop), or
offscreen when there is none.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile

from benchlib import window_env


def run(command, env, marker):
    """The numbers after each 'KEY' word of the line starting with marker, in KiB."""
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                          text=True, timeout=300, check=False)
    for line in done.stdout.splitlines():
        if line.startswith(marker):
            words = line.replace(",", " ").split()
            return {key: int(words[i + 1]) for i, key in enumerate(words[:-1])
                    if key in ("rss", "anon", "peak") and words[i + 1].isdigit()}
    raise RuntimeError(f"{command[0]} printed no '{marker}' line")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("big")
    parser.add_argument("--app", default="build/app/finalist")
    parser.add_argument("--limit", default="build/tests/bench/StartupLimit")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--settle", type=int, default=2500)
    args = parser.parse_args()
    app_binary, limit_binary = os.path.abspath(args.app), os.path.abspath(args.limit)
    with tempfile.TemporaryDirectory(prefix="finalist-memory-") as work:
        env = window_env(work)
        folder = os.path.join(work, "big")
        os.makedirs(folder)
        journal = os.path.join(folder, "journal.sqlite")
        shutil.copyfile(args.big, journal)
        # A first start, left to finish: migrations if any, and today's backup.
        run([app_binary, "--tour-sections", str(args.settle), "--database", journal], env,
            "toured")
        pristine = os.path.join(work, "pristine.sqlite")
        shutil.copyfile(journal, pristine)

        app_runs, limit_runs = [], []
        for _ in range(args.rounds):
            shutil.copyfile(pristine, journal)
            app_runs.append(run([app_binary, "--tour-sections", str(args.settle), "--database",
                                 journal], env, "toured"))
            limit_runs.append(run([limit_binary, journal], env, "shown"))

        mib = lambda runs, key: statistics.median(r[key] for r in runs) / 1024
        spread = lambda runs, key: (min(r[key] for r in runs) / 1024,
                                    max(r[key] for r in runs) / 1024)
        low, high = spread(app_runs, "rss")
        print(f"Finalist after every section: rss p50 {mib(app_runs, 'rss'):.1f} MiB "
              f"({low:.1f}–{high:.1f}), anonymous {mib(app_runs, 'anon'):.1f} MiB, "
              f"peak {mib(app_runs, 'peak'):.1f} MiB")
        print(f"limit (an empty window on the same file): peak p50 "
              f"{mib(limit_runs, 'peak'):.1f} MiB")
        print(f"ratio p50 {mib(app_runs, 'rss') / mib(limit_runs, 'peak'):.2f}", flush=True)


if __name__ == "__main__":
    main()
