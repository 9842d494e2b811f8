# The scenarios and the checks after each kill; sourced by crash.sh, which sets $cli, $work,
# $kills and $source_dir.

syscalls="pwrite64,write,fsync,fdatasync,rename,renameat2,link,linkat,unlink,ftruncate"
fx="$work/fixtures"
total_kills=0
total_bad=0

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
}

# Lays out the folder a scenario starts in; sets the command and the acceptable results.
setup_scenario() { # scenario, folder
    local scenario="$1" dir="$2"
    rm -rf "$dir" && mkdir -p "$dir"
    case "$scenario" in
    create)
        command_args=(init); expect_before="$stats_fresh"; expect_after="$stats_fresh" ;;
    migrate)
        cp "$fx/oldest.sqlite" "$dir/t.sqlite"
        command_args=(init); expect_before="$stats_migrated"; expect_after="$stats_migrated" ;;
    backup)
        cp "$fx/big.sqlite" "$dir/t.sqlite"
        command_args=(backup); expect_before="$stats_big"; expect_after="$stats_big" ;;
    restore)
        cp "$fx/big.sqlite" "$dir/t.sqlite"
        command_args=(restore "$fx/small.sqlite"); expect_before="$stats_big"
        expect_after="$stats_small" ;;
    *) echo "crash: unknown scenario $scenario" >&2; exit 2 ;;
    esac
}

# Every "syscall:N" a whole run makes, in the order made, and how long a run takes (ms).
survey() { # scenario
    local dir="$work/survey"
    setup_scenario "$1" "$dir"
    strace -f -qq -o "$work/survey.log" -e trace="$syscalls" \
        "$cli" --database "$dir/t.sqlite" "${command_args[@]}" >/dev/null 2>&1
    points=() # every call
    steps=() # the calls that are not writes: syncs, renames, links, unlinks (fewer, each a step)
    declare -A seen=()
    local name
    while read -r name; do
        seen[$name]=$((${seen[$name]:-0} + 1))
        points+=("$name:${seen[$name]}")
        case "$name" in write | pwrite64) ;; *) steps+=("$name:${seen[$name]}") ;; esac
    done < <(grep -oE '^[0-9]+ +[a-z0-9_]+\(' "$work/survey.log" | sed -E 's/^[0-9]+ +//; s/\($//')
    setup_scenario "$1" "$dir"
    local start end
    start=$(date +%s%N)
    "$cli" --database "$dir/t.sqlite" "${command_args[@]}" >/dev/null 2>&1
    end=$(date +%s%N)
    run_ms=$(((end - start) / 1000000 + 1))
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
            "$cli" --database "$dir/t.sqlite" "${command_args[@]}" >/dev/null 2>&1; exit $?) \
            2>/dev/null
        status=$?
    else
        local delay=$((RANDOM * 32768 + RANDOM))
        delay=$((delay % run_ms))
        last_point="after ${delay} ms"
        "$cli" --database "$dir/t.sqlite" "${command_args[@]}" >/dev/null 2>&1 &
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
    local stats
    stats="$(cli_on "$db" stats 2>&1)"
    if [ "$stats" = "$expect_before" ]; then
        scenario_before=$((scenario_before + 1))
    elif [ "$stats" = "$expect_after" ]; then
        scenario_after=$((scenario_after + 1))
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
    esac
}

run_scenario() { # scenario
    local scenario="$1" dir="$work/case" i mode
    prepare_fixtures
    survey "$scenario"
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
    printf '%-8s runs=%d killed=%d finished-first=%d as-before=%d as-after=%d finished-by-a-writer=%d bad=%d (%d system calls, %d of them steps, %d ms a run)\n' \
        "$scenario" "$kills" "$scenario_killed" "$scenario_finished" "$scenario_before" \
        "$scenario_after" "$scenario_writer" "$scenario_bad" "${#points[@]}" "${#steps[@]}" "$run_ms"
    total_kills=$((total_kills + scenario_killed))
    total_bad=$((total_bad + scenario_bad))
}

print_totals() {
    echo "crash: killed=$total_kills bad=$total_bad"
}
