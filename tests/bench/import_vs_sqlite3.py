#!/usr/bin/env python3
"""`finalist-cli import linkedin` against the sqlite3 shell importing the same file, paired.

Each round copies the journal twice, imports a LinkedIn Connections.csv into one copy with
finalist-cli (whole process: opening, the whole-file check beside it, matching against everyone
stored, writing, the search index, the import log) and into the other with the sqlite3 shell
(`.import --csv` into a temporary table, then one INSERT … SELECT into contacts inside one
transaction, its search trigger firing per row): the least a program can do to put those rows
into that table. It prints medians, 95th percentiles, the ratio of each pair, and peak memory.

Usage: tests/bench/import_vs_sqlite3.py DATABASE [--csv Connections.csv] [--rows 30000]
       [--cli build/app/finalist-cli] [--rounds 7]
(a large journal: build/app/finalist-cli --database DATABASE demo --entries 100000
--contacts 50000; without --csv a file of --rows people is written in LinkedIn's layout)
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

from benchlib import p95


def write_connections(path, rows):
    # LinkedIn's export: a note above the header, dates as "1 Mar 2024", some addresses empty.
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write('Notes:\n"When exporting your connection data, you may notice that some of '
                  'the email addresses are missing."\n\n')
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        for i in range(rows):
            email = f"person{i}@example.org" if i % 3 == 0 else ""
            out.write(f"Person{i},Imported{i % 97},https://www.linkedin.com/in/imported-{i},"
                      f"{email},\"Company {i % 400}, Inc.\",Engineer,{1 + i % 28} Mar 2024\n")


SHELL_IMPORT = """.import --csv --skip 3 --schema temp '{csv}' c
BEGIN;
INSERT INTO contacts (first_name, last_name, linkedin_url, email, company, title,
                      linkedin_status, linkedin_status_on, created_at, updated_at)
  SELECT "First Name", "Last Name", "URL", "Email Address", "Company", "Position", 'connected',
         "Connected On", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM temp.c;
COMMIT;
"""


def run(command, stdin=None):
    """Milliseconds of a whole process and its peak memory in MiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if stdin:
        process.stdin.write(stdin)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    errors = process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[0]} failed: {errors}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--csv")
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--cli", default="build/app/finalist-cli")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="finalist-import-") as work:
        csv = args.csv or os.path.join(work, "Connections.csv")
        if not args.csv:
            write_connections(csv, args.rows)
        copy = os.path.join(work, "journal.sqlite")
        cli, shell, ratio = [], [], []
        for _ in range(args.rounds):
            shutil.copyfile(args.database, copy)
            cli.append(run([args.cli, "--database", copy, "import", "linkedin", csv]))
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
            shutil.copyfile(args.database, copy)
            shell.append(run(["sqlite3", copy], SHELL_IMPORT.format(csv=csv)))
            ratio.append(cli[-1][0] / shell[-1][0])
        ms = lambda runs: [r[0] for r in runs]
        peak = lambda runs: max(r[1] for r in runs)
        print(f"import: finalist-cli p50 {statistics.median(ms(cli)):.0f} ms "
              f"p95 {p95(ms(cli)):.0f}, peak {peak(cli):.1f} MiB; sqlite3 p50 "
              f"{statistics.median(ms(shell)):.0f} p95 {p95(ms(shell)):.0f}, peak "
              f"{peak(shell):.1f} MiB; ratio p50 {statistics.median(ratio):.2f} "
              f"p95 {p95(ratio):.2f}")


if __name__ == "__main__":
    main()
