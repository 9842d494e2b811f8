# The files the import scenarios read, shaped like the real ones and made here so the harness
# carries no large fixtures; sourced by checks.sh. Reproducible: the same files every run.
#
# Both take a journal whose contacts some rows should match (an import into a journal with data
# merges as well as adds): its first people with a company come back, the CSV by name and
# company, the vCard by email.

first_names=(Ana Zoë Tomás Priya Jonah Maya Élise Jürgen Siobhán Łukasz Mei Kwame Ines Rafael
    Hana Oskar Leila Dmitri Aoife Mateo Yuki Farah Bram 李)
last_names=(Ruiz "van Dijk" Herrera Raman Okafor Lindqvist Dubois Müller "O'Neil" Nowak Chen
    Mensah Costa Almeida Sato Berg Haddad Petrov Byrne Silva Tanaka Karimi Vos 伟 "Nguyễn")
companies=("Harbor & Finch, Inc." "Lindqvist & Maré" "Northwind Labs" "Quarry \"and\" Sons"
    "Brightline Health" "Tessellate" "Oakridge Analytics" "Parcel & Post" "Kestrel Robotics"
    "Lumen Bank" "Foxglove Studio" "Meridian Freight")
positions=("Talent Partner" "Director, \"Design Systems\"" "Senior Software Engineer"
    "VP Engineering" "Hiring Manager, Platform" "Staff Engineer" "Recruiter" "Product Designer"
    "Head of People" "Engineering Manager" "Chief of Staff" "Data Scientist")
months=(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)

# The helpers set $field rather than print, so that making a file starts no process per row.
csv_field() { # value: quoted when it holds a comma or a quote, quotes doubled
    field="$1"
    [[ "$field" == *[,\"]* ]] && field="\"${field//\"/\"\"}\""
    return 0
}

vcard_field() { # value: escaped as vCard 3.0 text
    field="${1//\\/\\\\}"
    field="${field//,/\\,}"
    field="${field//;/\\;}"
}

url_slug() { # first, last, row: a profile address as LinkedIn makes them (accents dropped)
    local slug="${1,,}-${2,,}"
    local LC_ALL=C # byte by byte: what is not a plain letter goes
    slug="${slug// /-}"
    slug="${slug//[^a-z0-9-]/}"
    printf -v field 'https://www.linkedin.com/in/%s-%x' "$slug" $((48879 + $3 * 7919))
}

mail_domain() { # company
    local LC_ALL=C
    field="${1,,}"
    field="${field//[^a-z]/}"
}

# LinkedIn's Connections.csv: a byte-order mark, the "Notes:" preamble and its blank line, the
# header, then rows where most emails are missing, names and companies carry accents, commas and
# quotes, and one row has no name at all (LinkedIn leaves those for deleted members).
make_connections_csv() { # journal, rows, file
    local journal="$1" rows="$2" file="$3" i first last company position email url
    {
        printf '\xef\xbb\xbfNotes:\r\n'
        printf '"When exporting your connection data, you may notice that some of the email '
        printf 'addresses are missing. You will only see email addresses for connections who have '
        printf 'allowed their connections to see or download their email address using this '
        printf 'setting https://www.linkedin.com/psettings/privacy/email. You can learn more here '
        printf 'https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n'
        printf 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n'
        for ((i = 0; i < rows; i++)); do
            first="${first_names[i % ${#first_names[@]}]}"
            last="${last_names[(i * 7 + 3) % ${#last_names[@]}]}"
            company="${companies[(i * 5 + 1) % ${#companies[@]}]}"
            position="${positions[(i * 11 + 2) % ${#positions[@]}]}"
            url_slug "$first" "$last" "$i"
            url="$field"
            email=""
            [ $((i % 3)) -eq 0 ] && email="${url##*/}.$i@mail.example"
            csv_field "$first"
            printf '%s,' "$field"
            csv_field "$last"
            printf '%s,%s,%s,' "$field" "$url" "$email"
            csv_field "$company"
            printf '%s,' "$field"
            csv_field "$position"
            printf '%s,%d %s %d\r\n' "$field" $((1 + i % 28)) "${months[i % 12]}" $((2019 + i % 7))
            [ "$i" -eq 17 ] && printf ',,https://www.linkedin.com/in/unknown,,,,1 Feb 2024\r\n'
        done
        # People already in the journal, now connected: merged, their profile link filled in.
        sqlite3 -separator $'\t' "$journal" "SELECT first_name, last_name, company, title FROM \
            contacts WHERE company <> '' AND first_name <> '' ORDER BY id LIMIT 12" \
            | while IFS=$'\t' read -r first last company position; do
                i=$((i + 1))
                url_slug "$first" "$last" "$i"
                url="$field"
                csv_field "$first"
                printf '%s,' "$field"
                csv_field "$last"
                printf '%s,%s,,' "$field" "$url"
                csv_field "$company"
                printf '%s,' "$field"
                csv_field "$position"
                printf '%s,3 Mar 2025\r\n' "$field"
            done
    } >"$file"
}

# A vCard 3.0 export as Apple Contacts writes it: CRLF lines, PRODID, grouped item labels, typed
# emails and phones, escaped commas, a long note folded over lines.
make_vcard_file() { # journal, cards, file
    local journal="$1" cards="$2" file="$3" i first last company position domain
    {
        for ((i = 0; i < cards; i++)); do
            first="${first_names[(i * 5 + 2) % ${#first_names[@]}]}"
            last="${last_names[(i * 3 + 1) % ${#last_names[@]}]}"
            company="${companies[(i * 7 + 4) % ${#companies[@]}]}"
            position="${positions[(i * 5 + 3) % ${#positions[@]}]}"
            mail_domain "$company"
            domain="$field"
            printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\n'
            vcard_field "$last"
            printf 'N:%s;' "$field"
            vcard_field "$first"
            printf '%s;;;\r\nFN:%s ' "$field" "$field"
            vcard_field "$last"
            printf '%s\r\n' "$field"
            vcard_field "$company"
            printf 'ORG:%s;\r\n' "$field"
            vcard_field "$position"
            printf 'TITLE:%s\r\n' "$field"
            printf 'item1.EMAIL;type=INTERNET;type=pref:card%d@%s.example\r\n' "$i" "$domain"
            printf 'item1.X-ABLabel:_$!<Other>!$_\r\n'
            if [ $((i % 2)) -eq 0 ]; then
                printf 'TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 %04d\r\n' "$i"
            fi
            if [ $((i % 4)) -eq 1 ]; then
                url_slug "$first" "$last" "$((i + 5000))"
                printf 'item2.URL;type=pref:%s\r\nitem2.X-ABLabel:LinkedIn\r\n' "$field"
            fi
            if [ $((i % 5)) -eq 0 ]; then
                printf 'NOTE:Met in the panel for the platform role\\, asked about on-call rotat\r\n'
                printf ' ions and the roadmap.\\nWrite after the offsite\\; she prefers email.\r\n'
            fi
            printf 'END:VCARD\r\n'
        done
        # People already in the journal, found again by email: merged.
        sqlite3 -separator $'\t' "$journal" "SELECT first_name, last_name, email FROM contacts \
            WHERE email <> '' AND first_name <> '' ORDER BY id LIMIT 12" \
            | while IFS=$'\t' read -r first last email; do
                vcard_field "$last"
                printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;' "$field"
                vcard_field "$first"
                printf '%s;;;\r\nFN:%s ' "$field" "$field"
                vcard_field "$last"
                printf '%s\r\nEMAIL;type=INTERNET;type=WORK:%s\r\nTITLE:Recruiter\r\n' "$field" \
                    "$email"
                printf 'END:VCARD\r\n'
            done
    } >"$file"
}
