#!/usr/bin/env python3
"""finalist-cli against the sqlite3 shell running the same query on the same file, paired.

Each round runs one finalist-cli command and then the sqlite3 shell with the SQL it comes down
to, as whole processes, so a noisy machine slows both alike; it prints the medians, the 95th
percentiles and the ratio of each pair.

Usage: tests/bench/cli_vs_sqlite3.py DATABASE [--cli build/app/finalist-cli] [--rounds 21]
       [--add-notes N]
(a large journal: build/app/finalist-cli --database DATABASE demo --entries 100000
--contacts 50000; the demo writes no outreach notes, so --add-notes 5000 writes that many sent
thank-you notes into DATABASE first, for "outreach list": use it on a copy)
"""
import argparse
import statistics
import subprocess
import time

from benchlib import p95


def pairs(db):
    counts = ", ".join(f"(SELECT count(*) FROM {table})" for table in
                       ("opportunities", "rounds", "contacts", "meetings", "contact_links",
                        "journal_entries", "lessons", "wins", "outreach", "follow_ups",
                        "templates", "goals"))
    return {
        # The floor: a process that loads Qt and prints its version, against the shell opening
        # the file and answering a constant. No command can be faster than its own start.
        "process start": (["--version"], "SELECT 1"),
        # The twelve counts the command prints.
        "stats": (["stats"], f"SELECT {counts}"),
        # The statements the command runs, in order: the newest 2,000 matches' floor, the ranking
        # above it, then the hits' titles and dates (the floor and the ids found beforehand, as
        # the command finds them between its statements). "interview" is searched as a prefix.
        "search interview": (["search", "interview"], search_statements(db, '"interview"*')),
        # The notes, newest first, with each one's person and process, as the command reads.
        "outreach list": (
            ["outreach", "list"],
            "SELECT o.*, c.first_name, c.last_name, c.email, p.company FROM outreach o "
            "LEFT JOIN contacts c ON c.id = o.contact_id "
            "LEFT JOIN opportunities p ON p.id = o.opportunity_id "
            "ORDER BY coalesce(o.sent_on, o.created_at) DESC, o.id DESC"),
    }


def search_statements(db, match):
    floor_sql = (f"SELECT journal_fts.rowid FROM journal_fts WHERE journal_fts MATCH '{match}' "
                 "ORDER BY journal_fts.rowid DESC LIMIT 1 OFFSET 1999")
    floor = subprocess.run(["sqlite3", db, floor_sql], capture_output=True, text=True,
                           check=True).stdout.strip() or "0"
    rank_sql = ("SELECT journal_fts.rowid, snippet(journal_fts, -1, char(57344), char(57345), "
                "'…', 14), bm25(journal_fts, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0) AS rank "
                f"FROM journal_fts WHERE journal_fts MATCH '{match}' AND journal_fts.rowid >= "
                f"{floor} ORDER BY rank LIMIT 20")
    ids = subprocess.run(["sqlite3", db, f"SELECT rowid FROM ({rank_sql})"], capture_output=True,
                         text=True, check=True).stdout.split()
    details_sql = ("SELECT id, title, written_on FROM journal_entries WHERE id IN "
                   f"({','.join(ids) or '0'})")
    return f"{floor_sql}; {rank_sql}; {details_sql}"


def add_notes(db, count):
    subprocess.run(["sqlite3", db,
                    "INSERT INTO outreach (contact_id, opportunity_id, kind, channel, status, "
                    "subject, body, sent_on, created_at, updated_at) "
                    "SELECT c.id, (SELECT min(id) FROM opportunities) + c.id % 1000, 'thank_you', 'email', 'sent', 'Thank you', "
                    "'Thank you for your time on the panel.', "
                    "date('2026-01-01', '+' || (c.id % 300) || ' days'), "
                    "'2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z' "
                    f"FROM contacts c ORDER BY c.id LIMIT {count}"], check=True)


def run_ms(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--cli", default="build/app/finalist-cli")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--add-notes", type=int, default=0)
    args = parser.parse_args()
    if args.add_notes:
        add_notes(args.database, args.add_notes)
    for name, (arguments, sql) in pairs(args.database).items():
        cli, shell, ratio = [], [], []
        for _ in range(args.rounds):
            cli.append(run_ms([args.cli, "--database", args.database, *arguments]))
            shell.append(run_ms(["sqlite3", args.database, sql]))
            ratio.append(cli[-1] / shell[-1])
        print(f"{name}: finalist-cli p50 {statistics.median(cli):.1f} ms p95 {p95(cli):.1f}; "
              f"sqlite3 p50 {statistics.median(shell):.1f} p95 {p95(shell):.1f}; "
              f"ratio p50 {statistics.median(ratio):.2f} p95 {p95(ratio):.2f}")


if __name__ == "__main__":
    main()
