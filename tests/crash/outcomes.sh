# What the import and autosave scenarios must have left, beyond the checks every scenario gets
# (verify in checks.sh); sourced by checks.sh.

# The number of contacts and a checksum over every field of every contact, the timestamps left
# out (a merge that changes nothing may still touch updated_at).
contacts_digest() { # database
    local rows
    rows="$(sqlite3 "$1" "SELECT id, first_name, last_name, title, role_category, company, \
        email, phone, linkedin_url, linkedin_status, linkedin_status_on, warmth, notes \
        FROM contacts ORDER BY id" | md5sum)"
    printf '%s contacts, %s' "$(sqlite3 "$1" 'SELECT count(*) FROM contacts')" "${rows%% *}"
}

# Where the import log and the contacts disagree: a log row without its contacts, a contact the
# import made without its log row, counts that are not what the rows say. Empty when they agree.
import_log_problems() { # database, the highest contact id before any import
    sqlite3 "$1" "
        SELECT 'import ' || i.id || ' says ' || i.created_count || ' added and ' ||
               i.merged_count || ' merged, its log has ' ||
               (SELECT count(*) FROM import_changes c WHERE c.import_id = i.id
                AND c.action = 'created') || ' and ' ||
               (SELECT count(*) FROM import_changes c WHERE c.import_id = i.id
                AND c.action = 'merged')
        FROM imports i
        WHERE i.created_count <> (SELECT count(*) FROM import_changes c
                                  WHERE c.import_id = i.id AND c.action = 'created')
           OR i.merged_count <> (SELECT count(*) FROM import_changes c
                                 WHERE c.import_id = i.id AND c.action = 'merged');
        SELECT 'import ' || i.id || ' is logged with no change at all' FROM imports i
        WHERE NOT EXISTS (SELECT 1 FROM import_changes c WHERE c.import_id = i.id);
        SELECT 'the log says import ' || c.import_id || ' added contact ' || c.contact_id ||
               ', which is not there'
        FROM import_changes c
        WHERE c.action = 'created' AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = c.contact_id);
        SELECT 'contact ' || id || ' came in with no import log row' FROM contacts
        WHERE id > $2 AND id NOT IN (SELECT contact_id FROM import_changes
                                     WHERE action = 'created');" 2>&1 | head -3
}

# The contacts exactly as before the import or exactly as after it, the log saying the same, and
# the same import run again afterwards ending where an uninterrupted one ends.
check_import() { # scenario, database, stats
    local scenario="$1" db="$2" stats="$3" kind="${1#import-}" file digest imports problems out
    file="$fx/Connections.csv"
    [ "$kind" = vcard ] && file="$fx/contacts.vcf"
    digest="$(contacts_digest "$db")"
    imports="$(sqlite3 "$db" 'SELECT count(*) FROM imports')"
    if [ "$stats" = "$expect_before" ]; then
        [ "$digest" = "$digest_before" ] \
            || { bad "$scenario" "the counts are as before, the contacts are not: $digest"; return; }
        [ "$imports" -eq "$imports_before" ] \
            || { bad "$scenario" "no contact came in, yet the log has $imports imports"; return; }
    else
        [ "$digest" = "$survey_digest" ] \
            || { bad "$scenario" "the counts are as after, the contacts are not: $digest"; return; }
        [ "$imports" -eq $((imports_before + 1)) ] \
            || { bad "$scenario" "the contacts came in, the log has $imports imports"; return; }
    fi
    problems="$(import_log_problems "$db" "$max_contact_before")"
    [ -z "$problems" ] || { bad "$scenario" "import log: $(tr '\n' ';' <<<"$problems")"; return; }
    out="$(cli_on "$db" import "$kind" "$file" 2>&1)" \
        || { bad "$scenario" "running the import again failed: $(tail -1 <<<"$out")"; return; }
    digest="$(contacts_digest "$db")"
    [ "$digest" = "$survey_digest" ] \
        || bad "$scenario" "running the import again left other contacts: $digest"
    problems="$(import_log_problems "$db" "$max_contact_before")"
    [ -z "$problems" ] || bad "$scenario" "import log after the second run: $problems"
}

# The text AutosaveDriver.cpp writes as version N of the entry (versionText there).
version_text() { # version
    local n="$1" words
    words=$((100 + (n * 53) % 900))
    printf -v field "%${words}s" ""
    field="Version $n.${field// / v$n}"
}

# Every save the driver reported is in the entry, and the entry is one whole version: its
# experience, notes and title all from the same N. The revisit follow-up carries the same title:
# the entry and its follow-up are saved in one transaction (EntryFollowUps::saveEntry).
check_autosave() { # scenario, database, folder
    local scenario="$1" db="$2" out="$3/out" created saved id version title experience want
    created="$(sed -n 's/^created //p' "$out" | tail -1)"
    saved="$(sed -n 's/^saved //p' "$out" | tail -1)"
    id="$(sqlite3 "$db" "SELECT group_concat(id) FROM journal_entries WHERE id > $max_entry_before")"
    if [ -z "$id" ]; then
        [ -z "$created" ] || bad "$scenario" "entry $created was reported created and is gone"
        return
    fi
    if [ -n "$created" ] && [ "$id" != "$created" ]; then
        bad "$scenario" "entry $created was reported created, the new entries are $id"; return
    fi
    version="$(sqlite3 "$db" "SELECT notes FROM journal_entries WHERE id = $id")"
    version="${version:-0}"
    [[ "$version" =~ ^[0-9]+$ ]] || { bad "$scenario" "the notes hold “$version”"; return; }
    if [ "$version" -lt "${saved:-0}" ]; then
        bad "$scenario" "version $saved was reported saved, the entry holds version $version"
        return
    fi
    experience="$(sqlite3 "$db" "SELECT experience FROM journal_entries WHERE id = $id")"
    field=""
    [ "$version" -eq 0 ] || version_text "$version"
    [ "$experience" = "$field" ] || {
        bad "$scenario" "version $version: its text is not that version's (${#experience} characters, “${experience:0:30}…”)"
        return
    }
    title="$(sqlite3 "$db" "SELECT title FROM journal_entries WHERE id = $id")"
    want=""
    [ $((version / 3)) -eq 0 ] || want="Reflection $((version - version % 3))"
    [ "$title" = "$want" ] \
        || { bad "$scenario" "version $version carries the title “$title”, not “$want”"; return; }
    want="Read “$title” again: what has surfaced since?"
    [ -n "$title" ] || want="Read your reflection again: what has surfaced since?"
    local reasons
    reasons="$(sqlite3 "$db" "SELECT reason FROM follow_ups WHERE entry_id = $id \
        AND kind = 'revisit' AND status = 'open'")"
    if [ "$reasons" != "$want" ]; then
        bad "$scenario" "the entry is at version $version titled “$title”; its revisit follow-up says “$reasons”"
    fi
}
