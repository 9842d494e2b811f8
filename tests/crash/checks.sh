# The scenarios and the checks after each kill; sourced by crash.sh, which sets $cli, $driver
# (the autosave driver; empty when there is none), $work, $kills and $source_dir.

syscalls="pwrite64,write,fsync,fdatasync,rename,renameat2,link,linkat,unlink,ftruncate"
fx="$work/fixtures"
# About a second of demo filling; a few hundred people per import file; autosave saves per run.
demo_size=(--entries 2000 --contacts 1000)
connection_rows=300
vcard_cards=250
autosave_saves=30
total_kills=0
total_bad=0
survey_stats=""
survey_digest=""
source "$(dirname "${BASH_SOURCE[0]}")/import_files.sh"
source "$(dirname "${BASH_SOURCE[0]}")/outcomes.sh"

cli_on() { # database, command...
    "$cli" --database "$@"
}

# The journals every scenario starts from, made by finalist-cli itself.
prepare_fixtures() {
    [ -d "$fx" ] && return
    mkdir -p "$fx"
    cli_on "$fx/small.sqlite" demo >/dev/null || { echo "crash: demo failed" >&2; exit 2; }
    cp "$fx/small.sqlite" "$fx/big.sqlite"
    cli_on "$fx/big.sqlite" demo --entries 300 --contacts 80 >/dev/null \
        || { echo "crash: demo --entries failed" >&2; exit 2; }
    rm -rf "$fx/backups"
    cp "$source_dir/tests/fixtures/schema-v1.sqlite" "$fx/oldest.sqlite"
    chmod 600 "$fx/oldest.sqlite"
    mkdir -p "$fx/fresh" "$fx/migrated"
    cli_on "$fx/fresh/t.sqlite" init >/dev/null
    cp "$fx/oldest.sqlite" "$fx/migrated/t.sqlite"
    cli_on "$fx/migrated/t.sqlite" init >/dev/null
    stats_small="$(cli_on "$fx/small.sqlite" stats)"
    stats_big="$(cli_on "$fx/big.sqlite" stats)"
    stats_fresh="$(cli_on "$fx/fresh/t.sqlite" stats)"
    stats_migrated="$(cli_on "$fx/migrated/t.sqlite" stats)"
    # What the import scenarios start from: the big journal, and the files they read.
    make_connections_csv "$fx/big.sqlite" "$connection_rows" "$fx/Connections.csv"
    make_vcard_file "$fx/big.sqlite" "$vcard_cards" "$fx/contacts.vcf"
    digest_before="$(contacts_digest "$fx/big.sqlite")"
    imports_before="$(sqlite3 "$fx/big.sqlite" 'SELECT count(*) FROM imports')"
    max_contact_before="$(sqlite3 "$fx/big.sqlite" 'SELECT coalesce(max(id), 0) FROM contacts')"
    max_entry_before="$(sqlite3 "$fx/small.sqlite" \
        'SELECT coalesce(max(id), 0) FROM journal_entries')"
    # Every journal, after the next writer opened it, has the triggers a new one has.
    triggers_fresh="$(schema_triggers "$fx/fresh/t.sqlite")"
}

schema_triggers() { # database
    sqlite3 "$1" "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
}

# Lays out the folder a scenario starts in; sets the command, the system calls to kill it at
# (trace; watch: only the calls on files whose path matches, when set) and the acceptable
# results (those of import, demo and autosave are those of the survey's uninterrupted run).
setup_scenario() { # scenario, folder
    local scenario="$1" dir="$2"
    rm -rf "$dir" && mkdir -p "$dir"
    local -a args=()
    trace="$syscalls"
    watch=""
    case "$scenario" in
    create)
        args=(init); expect_before="$stats_fresh"; expect_after="$stats_fresh" ;;
    migrate)
        cp "$fx/oldest.sqlite" "$dir/t.sqlite"
        args=(init); expect_before="$stats_migrated"; expect_after="$stats_migrated" ;;
    backup)
        cp "$fx/big.sqlite" "$dir/t.sqlite"
        args=(backup); expect_before="$stats_big"; expect_after="$stats_big" ;;
    restore)
        cp "$fx/big.sqlite" "$dir/t.sqlite"
        args=(restore "$fx/small.sqlite"); expect_before="$stats_big"
        expect_after="$stats_small" ;;
    import-linkedin | import-vcard)
        cp "$fx/big.sqlite" "$dir/t.sqlite"
        local file="$fx/Connections.csv"
        [ "$scenario" = import-vcard ] && file="$fx/contacts.vcf"
        args=(import "${scenario#import-}" "$file"); expect_before="$stats_big"
        expect_after="$survey_stats" ;;
    demo)
        cp "$fx/fresh/t.sqlite" "$dir/t.sqlite"
        args=(demo "${demo_size[@]}"); expect_before="$stats_fresh"; expect_after="$survey_stats" ;;
    autosave)
        cp "$fx/small.sqlite" "$dir/t.sqlite"
        command=("$driver" "$dir/t.sqlite" "$autosave_saves")
        trace="pwrite64,write,fsync,fdatasync,ftruncate"
        watch='/t\.sqlite(-wal|-journal)?$' # the database, not stdout or SQLite's temporary files
        expect_before="$stats_small"; expect_after="$survey_stats"
        return ;;
    *) echo "crash: unknown scenario $scenario" >&2; exit 2 ;;
    esac
    command=("$cli" --database "$dir/t.sqlite" "${args[@]}")
}

# Every "syscall:N" a whole run makes, in the order made, and how long a run takes (ms); then
# what an uninterrupted run leaves (survey_stats, survey_digest).
survey() { # scenario
    local dir="$work/survey"
    setup_scenario "$1" "$dir"
    strace -f -qq -y -s 0 -o "$work/survey.log" -e trace="$trace" \
        "${command[@]}" >/dev/null 2>&1
    points=() # every call
    steps=() # the calls that are not writes: syncs, renames, links, unlinks (fewer, each a step)
    # strace counts "when=N" per thread: count the calls of the thread that makes the most.
    local main
    main="$(awk '{ print $1 }' "$work/survey.log" | sort | uniq -c | sort -rn \
        | awk '{ print $2; exit }')"
    declare -A seen=()
    local pid name path
    while read -r pid name path; do
        [ "$pid" = "$main" ] || continue
        seen[$name]=$((${seen[$name]:-0} + 1))
        [ -z "$watch" ] || [[ "$path" =~ $watch ]] || continue
        points+=("$name:${seen[$name]}")
        case "$name" in write | pwrite64) ;; *) steps+=("$name:${seen[$name]}") ;; esac
    done < <(sed -nE 's/^([0-9]+) +([a-z0-9_]+)\(([0-9]+<([^>]*)>)?.*/\1 \2 \4/p' "$work/survey.log")
    setup_scenario "$1" "$dir"
    local start end
    start=$(date +%s%N)
    "${command[@]}" >/dev/null 2>"$work/survey.err" || return 1
    end=$(date +%s%N)
    run_ms=$(((end - start) / 1000000 + 1))
    survey_stats="$(cli_on "$dir/t.sqlite" stats 2>&1)"
    survey_digest="$(contacts_digest "$dir/t.sqlite")"
}

# Runs the command once and kills it; returns 0 when it was killed, 1 when it finished first.
kill_once() { # folder, mode (exact|random), index
    local dir="$1" mode="$2" i="$3" status
    if [ "$mode" = exact ]; then
        # Every other kill lands on a step rather than a write, or the many writes of a copy
        # would leave the few renames and syncs that switch files almost untried.
        local -a pool=("${points[@]}")
        local count=$(((exact_kills + 1) / 2)) slot=$((i / 2))
        if [ $((i % 2)) -eq 1 ] && [ ${#steps[@]} -gt 0 ]; then
            pool=("${steps[@]}")
            count=$((exact_kills / 2))
        fi
        local total=${#pool[@]}
        local step=$(((total + count - 1) / count))
        local point="${pool[$(((slot * total / count + RANDOM % (step > 0 ? step : 1)) % total))]}"
        local sys="${point%%:*}" n="${point#*:}"
        last_point="$point"
        # In a subshell, so the shell's "Killed" notice goes to /dev/null with the rest.
        (strace -f -qq -o /dev/null -e trace="$sys" -e inject="$sys:signal=KILL:when=$n" \
            "${command[@]}" >"$dir/out" 2>"$dir/err"; exit $?) 2>/dev/null
        status=$?
    else
        local delay=$((RANDOM * 32768 + RANDOM))
        delay=$((delay % run_ms))
        last_point="after ${delay} ms"
        "${command[@]}" >"$dir/out" 2>"$dir/err" &
        local pid=$!
        sleep "$((delay / 1000)).$(printf %03d $((delay % 1000)))"
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        status=$?
        [ $status -eq 0 ] || [ $status -eq 137 ] || status=1
    fi
    [ "$status" -eq 137 ]
}

bad() { # scenario, what
    echo "  BAD $1 (${last_point}): $2"
    scenario_bad=$((scenario_bad + 1))
}

# What the next start finds after a kill.
verify() { # scenario, folder
    local scenario="$1" dir="$2" db="$2/t.sqlite" out rc
    out="$(cli_on "$db" check 2>&1)"; rc=$?
    if [ $rc -ne 0 ]; then
        if grep -q "interrupted" <<<"$out"; then
            scenario_writer=$((scenario_writer + 1)) # a reader may not finish it; a writer does
        elif [ "$scenario" = create ] && grep -qE "There is no database|empty file" <<<"$out"; then
            : # killed before the file existed, or before its first page was written
        else
            bad "$scenario" "check after the kill: $out"; return
        fi
    fi
    out="$(cli_on "$db" init 2>&1)"; rc=$?
    if [ $rc -ne 0 ]; then
        bad "$scenario" "the next writer could not open it (exit $rc): $out"; return
    fi
    out="$(cli_on "$db" check 2>&1)" || { bad "$scenario" "check after reopening: $out"; return; }
    out="$(sqlite3 "$db" 'pragma integrity_check' 2>&1)"
    [ "$out" = ok ] || { bad "$scenario" "sqlite3 integrity_check: $out"; return; }
    out="$(sqlite3 "$db" 'pragma foreign_key_check' 2>&1)"
    [ -z "$out" ] || { bad "$scenario" "foreign_key_check: $out"; return; }
    # The search indexes agree with their tables, and no trigger went missing (an import drops
    # the contacts' index trigger inside its transaction and puts it back before the commit).
    out="$(sqlite3 -bail "$db" "INSERT INTO contacts_fts(contacts_fts) VALUES('integrity-check');
        INSERT INTO journal_fts(journal_fts) VALUES('integrity-check');
        INSERT INTO outreach_fts(outreach_fts) VALUES('integrity-check');
        SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name" 2>&1)"
    [ "$out" = "$triggers_fresh" ] \
        || { bad "$scenario" "search index or triggers: $(head -c 300 <<<"$out")"; return; }
    local stats
    stats="$(cli_on "$db" stats 2>&1)"
    if [ "$stats" = "$expect_before" ]; then
        scenario_before=$((scenario_before + 1))
    elif [ "$stats" = "$expect_after" ]; then
        scenario_after=$((scenario_after + 1))
    elif [ "$scenario" = demo ]; then
        bad "$scenario" "a partly filled journal, neither empty nor the whole demo: $(tr '\n' ' ' <<<"$stats")"
        return
    else
        bad "$scenario" "records neither as before nor as after: $(tr '\n' ' ' <<<"$stats")"
        return
    fi
    local leftover
    for leftover in restore-incoming restore-journal previous restoring; do
        [ -e "$db.$leftover" ] && bad "$scenario" "t.sqlite.$leftover was left behind"
    done
    case "$scenario" in
    backup)
        local file
        for file in "$dir"/backups/*.sqlite; do
            [ -e "$file" ] || continue
            [ "$(sqlite3 "$file" 'pragma integrity_check' 2>&1)" = ok ] \
                || bad "$scenario" "a backup under its final name is damaged: ${file##*/}"
        done
        cli_on "$db" backup >/dev/null 2>&1 || bad "$scenario" "the next backup failed"
        ls "$dir"/backups/*.partial >/dev/null 2>&1 \
            && bad "$scenario" "the next backup left a .partial file"
        ;;
    restore)
        if [ "$stats" = "$expect_after" ] && [ "$expect_after" != "$expect_before" ]; then
            local file kept=no
            for file in "$dir"/backups/*before-restore*.sqlite; do
                [ -e "$file" ] || continue
                [ "$(cli_on "$file" stats 2>/dev/null)" = "$expect_before" ] && kept=yes
            done
            [ $kept = yes ] || bad "$scenario" "the data the restore replaced was not kept"
        fi
        ;;
    import-*) check_import "$scenario" "$db" "$stats" ;;
    autosave) check_autosave "$scenario" "$db" "$dir" ;;
    esac
}

run_scenario() { # scenario
    local scenario="$1" dir="$work/case" i mode
    if [ "$scenario" = import ]; then
        run_scenario import-linkedin
        run_scenario import-vcard
        return
    fi
    if [ "$scenario" = autosave ] && [ -z "$driver" ]; then
        echo "autosave SKIPPED: no autosave driver (--autosave-driver PATH; cmake --build build --target crash_autosave_driver)"
        return
    fi
    prepare_fixtures
    if ! survey "$scenario"; then
        echo "$scenario BAD: a run nobody killed failed: $(tail -1 "$work/survey.err")"
        total_bad=$((total_bad + 1))
        return
    fi
    exact_kills=$(((kills + 1) / 2))
    scenario_killed=0; scenario_finished=0; scenario_before=0; scenario_after=0
    scenario_bad=0; scenario_writer=0
    for ((i = 0; i < kills; i++)); do
        local index=$i mode=exact
        if [ $i -ge $exact_kills ]; then mode=random; index=$((i - exact_kills)); fi
        setup_scenario "$scenario" "$dir"
        if kill_once "$dir" "$mode" "$index"; then
            scenario_killed=$((scenario_killed + 1))
        else
            scenario_finished=$((scenario_finished + 1))
        fi
        verify "$scenario" "$dir"
    done
    printf '%-15s runs=%d killed=%d finished-first=%d as-before=%d as-after=%d finished-by-a-writer=%d bad=%d (%d system calls, %d of them steps, %d ms a run)\n' \
        "$scenario" "$kills" "$scenario_killed" "$scenario_finished" "$scenario_before" \
        "$scenario_after" "$scenario_writer" "$scenario_bad" "${#points[@]}" \
        "${#steps[@]}" "$run_ms"
    total_kills=$((total_kills + scenario_killed))
    total_bad=$((total_bad + scenario_bad))
}

print_totals() {
    echo "crash: killed=$total_kills bad=$total_bad"
}
