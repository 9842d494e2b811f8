#!/usr/bin/env python3
"""The demo fill against SQLite writing the same final database alone, paired.

Each round fills a new journal with finalist-cli demo (whole process), then gives the sqlite3
shell a new empty journal (finalist-cli init, not timed) and times it copying every table of the
filled one in one transaction, the search indexes filled by their triggers: the same rows, the
same indexes, no application in between. Prints the medians, the worst and the ratio.

Usage: tests/bench/demo_vs_sqlite3.py [--cli build/app/finalist-cli] [--entries 100000]
       [--contacts 50000] [--rounds 3]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, **kwargs)
    return time.perf_counter() - start


def copy_script(cli, source, target):
    subprocess.run([cli, "--database", target, "init"], stdout=subprocess.DEVNULL, check=True)
    tables = subprocess.run(
        ["sqlite3", target, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
         "LIKE '%fts%' AND name NOT LIKE 'sqlite_%'"],
        capture_output=True, text=True, check=True).stdout.split()
    lines = ["PRAGMA foreign_keys = OFF;", f"ATTACH '{source}' AS src;", "BEGIN;"]
    lines += [f"INSERT INTO main.{t} SELECT * FROM src.{t};" for t in tables]
    lines.append("COMMIT;")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/app/finalist-cli")
    parser.add_argument("--entries", type=int, default=100000)
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    demo, limit = [], []
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.rounds):
            filled = os.path.join(folder, f"demo{round_}.sqlite")
            demo.append(timed([args.cli, "--database", filled, "demo", "--entries",
                               str(args.entries), "--contacts", str(args.contacts)]))
            copy = os.path.join(folder, f"limit{round_}.sqlite")
            script = copy_script(args.cli, filled, copy)
            limit.append(timed(["sqlite3", copy], input=script.encode()))
            ratio = demo[-1] / limit[-1]
            print(f"round {round_ + 1}: demo {demo[-1]:.2f} s, limit {limit[-1]:.2f} s, "
                  f"ratio {ratio:.2f}", flush=True)
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))
    ratios = [d / l for d, l in zip(demo, limit)]
    print(f"demo p50 {statistics.median(demo):.2f} s (worst {max(demo):.2f}); limit p50 "
          f"{statistics.median(limit):.2f} s (worst {max(limit):.2f}); ratio p50 "
          f"{statistics.median(ratios):.2f} (worst {max(ratios):.2f})")


if __name__ == "__main__":
    main()
