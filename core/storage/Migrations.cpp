#include "Migrations.h"

#include "domain/Enums.h"
#include "SyncMigration.h"

namespace finalist {

namespace {

QString check(const QString& column, const QString& keys)
{
    return QStringLiteral("CHECK (%1 IN (%2))").arg(column, keys);
}

// The statuses schema 1 knew; schema 9 replaced them with stages. A released rung never changes.
const QString kStatusesOfVersion1
    = QStringLiteral("'active','offer','runner_up','rejected','withdrawn'");

// Every table carries id, created_at and updated_at (ISO 8601 UTC); dates are YYYY-MM-DD.
const QString kStamps = QStringLiteral("created_at TEXT NOT NULL, updated_at TEXT NOT NULL");

Migration domainTables()
{
    return {
        1,
        QStringLiteral("The whole domain"),
        {
            QStringLiteral("CREATE TABLE opportunities ("
                           " id INTEGER PRIMARY KEY,"
                           " company TEXT NOT NULL CHECK (length(trim(company)) > 0),"
                           " role TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " applied_on TEXT,"
                           " status TEXT NOT NULL DEFAULT 'active' %1,"
                           " decided_on TEXT,"
                           " reason_given TEXT NOT NULL DEFAULT '',"
                           " praise TEXT NOT NULL DEFAULT '',"
                           " chosen_hire_start_on TEXT, %2)")
                .arg(check(QStringLiteral("status"), kStatusesOfVersion1), kStamps),
            QStringLiteral(
                "CREATE TABLE rounds ("
                " id INTEGER PRIMARY KEY,"
                " opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,"
                " kind TEXT NOT NULL %1,"
                " held_on TEXT,"
                " outcome TEXT NOT NULL DEFAULT 'pending' %2,"
                " notes TEXT NOT NULL DEFAULT '', %3)")
                .arg(check(QStringLiteral("kind"), enumSqlList<RoundKind>()),
                     check(QStringLiteral("outcome"), enumSqlList<RoundOutcome>()), kStamps),
            QStringLiteral("CREATE INDEX rounds_by_opportunity ON rounds(opportunity_id, held_on)"),
            QStringLiteral("CREATE TABLE contacts ("
                           " id INTEGER PRIMARY KEY,"
                           " first_name TEXT NOT NULL DEFAULT '',"
                           " last_name TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " role_category TEXT NOT NULL DEFAULT 'other' %1,"
                           " company TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " linkedin_url TEXT NOT NULL DEFAULT '',"
                           " linkedin_status TEXT NOT NULL DEFAULT 'not_connected' %2,"
                           " linkedin_status_on TEXT,"
                           " warmth INTEGER NOT NULL DEFAULT 0 CHECK (warmth BETWEEN 0 AND 5),"
                           " notes TEXT NOT NULL DEFAULT '', %3,"
                           " CHECK (length(trim(first_name || last_name)) > 0))")
                .arg(check(QStringLiteral("role_category"), enumSqlList<RoleCategory>()),
                     check(QStringLiteral("linkedin_status"), enumSqlList<LinkedInStatus>()),
                     kStamps),
            QStringLiteral("CREATE INDEX contacts_by_name ON contacts(last_name COLLATE NOCASE, "
                           "first_name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX contacts_by_company ON contacts(company COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE meetings ("
                           " id INTEGER PRIMARY KEY,"
                           " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
                           " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                           " notes TEXT NOT NULL DEFAULT '', %1,"
                           " UNIQUE (round_id, contact_id))")
                .arg(kStamps),
            QStringLiteral("CREATE INDEX meetings_by_contact ON meetings(contact_id)"),
            QStringLiteral(
                "CREATE TABLE contact_links ("
                " id INTEGER PRIMARY KEY,"
                " from_contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                " to_contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                " kind TEXT NOT NULL %1, %2,"
                " CHECK (from_contact_id <> to_contact_id),"
                " UNIQUE (from_contact_id, to_contact_id, kind))")
                .arg(check(QStringLiteral("kind"), enumSqlList<LinkKind>()), kStamps),
            QStringLiteral("CREATE INDEX contact_links_by_target ON contact_links(to_contact_id)"),
            QStringLiteral(
                "CREATE TABLE journal_entries ("
                " id INTEGER PRIMARY KEY,"
                " opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,"
                " title TEXT NOT NULL DEFAULT '',"
                " written_on TEXT NOT NULL,"
                " experience TEXT NOT NULL DEFAULT '',"
                " job_ideal TEXT NOT NULL DEFAULT '',"
                " job_not_ideal TEXT NOT NULL DEFAULT '',"
                " gut_rating INTEGER CHECK (gut_rating BETWEEN 1 AND 5),"
                " gut_reason TEXT NOT NULL DEFAULT '',"
                " relationships TEXT NOT NULL DEFAULT '',"
                " learned TEXT NOT NULL DEFAULT '',"
                " momentum TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " mood INTEGER CHECK (mood BETWEEN 1 AND 5),"
                " revisit_on TEXT, %1)")
                .arg(kStamps),
            QStringLiteral(
                "CREATE INDEX journal_by_date ON journal_entries(written_on DESC, id DESC)"),
            QStringLiteral(
                "CREATE INDEX journal_by_opportunity ON journal_entries(opportunity_id)"),
            QStringLiteral(
                "CREATE TABLE tags ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0))"),
            QStringLiteral(
                "CREATE TABLE entry_tags ("
                " entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,"
                " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                " PRIMARY KEY (entry_id, tag_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX entry_tags_by_tag ON entry_tags(tag_id)"),
            QStringLiteral(
                "CREATE TABLE lessons ("
                " id INTEGER PRIMARY KEY,"
                " entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,"
                " kind TEXT NOT NULL DEFAULT 'lesson' %1,"
                " text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                " position INTEGER NOT NULL DEFAULT 0, %2)")
                .arg(check(QStringLiteral("kind"), enumSqlList<LessonKind>()), kStamps),
            QStringLiteral("CREATE INDEX lessons_by_entry ON lessons(entry_id, position)"),
            QStringLiteral("CREATE TABLE wins ("
                           " id INTEGER PRIMARY KEY,"
                           " opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL DEFAULT 'written' %1,"
                           " text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
                           " recorded_on TEXT NOT NULL, %2)")
                .arg(check(QStringLiteral("kind"), enumSqlList<WinKind>()), kStamps),
            QStringLiteral("CREATE INDEX wins_by_opportunity ON wins(opportunity_id)"),
            QStringLiteral("CREATE TABLE templates ("
                           " id INTEGER PRIMARY KEY,"
                           " builtin_key TEXT UNIQUE,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " kind TEXT NOT NULL %1,"
                           " channel TEXT NOT NULL %2,"
                           " tone TEXT NOT NULL %3,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '', %4)")
                .arg(check(QStringLiteral("kind"), enumSqlList<OutreachKind>()),
                     check(QStringLiteral("channel"), enumSqlList<Channel>()),
                     check(QStringLiteral("tone"), enumSqlList<Tone>()), kStamps),
            QStringLiteral(
                "CREATE TABLE outreach ("
                " id INTEGER PRIMARY KEY,"
                " contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                " opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL,"
                " template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,"
                " kind TEXT NOT NULL %1,"
                " channel TEXT NOT NULL %2,"
                " status TEXT NOT NULL DEFAULT 'draft' %3,"
                " subject TEXT NOT NULL DEFAULT '',"
                " body TEXT NOT NULL DEFAULT '',"
                " sent_on TEXT,"
                " replied_on TEXT, %4)")
                .arg(check(QStringLiteral("kind"), enumSqlList<OutreachKind>()),
                     check(QStringLiteral("channel"), enumSqlList<Channel>()),
                     check(QStringLiteral("status"), enumSqlList<OutreachStatus>()), kStamps),
            QStringLiteral("CREATE INDEX outreach_by_contact ON outreach(contact_id)"),
            QStringLiteral("CREATE INDEX outreach_by_opportunity ON outreach(opportunity_id)"),
            QStringLiteral("CREATE INDEX outreach_by_sent ON outreach(sent_on)"),
            QStringLiteral("CREATE TABLE follow_ups ("
                           " id INTEGER PRIMARY KEY,"
                           " contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,"
                           " opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE CASCADE,"
                           " entry_id INTEGER REFERENCES journal_entries(id) ON DELETE CASCADE,"
                           " outreach_id INTEGER REFERENCES outreach(id) ON DELETE SET NULL,"
                           " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
                           " due_on TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT 'open' %1,"
                           " done_on TEXT, %2)")
                .arg(check(QStringLiteral("status"), enumSqlList<FollowUpStatus>()), kStamps),
            QStringLiteral("CREATE INDEX follow_ups_by_due ON follow_ups(status, due_on)"),
            QStringLiteral("CREATE INDEX follow_ups_by_contact ON follow_ups(contact_id)"),
            QStringLiteral("CREATE INDEX follow_ups_by_opportunity ON follow_ups(opportunity_id)"),
            QStringLiteral("CREATE INDEX follow_ups_by_entry ON follow_ups(entry_id)"),
            QStringLiteral("CREATE TABLE goals ("
                           " id INTEGER PRIMARY KEY,"
                           " min_per_work_day INTEGER NOT NULL CHECK (min_per_work_day >= 0),"
                           " max_per_work_day INTEGER NOT NULL,"
                           " starts_on TEXT NOT NULL, %1,"
                           " CHECK (max_per_work_day >= min_per_work_day))")
                .arg(kStamps),
        }
    };
}

// An external-content FTS5 table over some columns of a table, with the triggers that keep it
// in step (the pattern of SQLite's FTS5 documentation).
QStringList searchIndex(const QString& table, const QString& index, const QStringList& columns,
                        const QString& extraOptions = {})
{
    const QString list = columns.join(QStringLiteral(", "));
    const QString newValues = QStringLiteral("new.") + columns.join(QStringLiteral(", new."));
    const QString oldValues = QStringLiteral("old.") + columns.join(QStringLiteral(", old."));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2'%4)")
            .arg(index, list, table, extraOptions),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN "
                       "INSERT INTO %1(rowid, %3) VALUES (new.id, %4); END")
            .arg(index, table, list, newValues),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN "
                       "INSERT INTO %1(%1, rowid, %3) VALUES ('delete', old.id, %4); END")
            .arg(index, table, list, oldValues),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON %2 BEGIN "
                       "INSERT INTO %1(%1, rowid, %3) VALUES ('delete', old.id, %4); "
                       "INSERT INTO %1(rowid, %3) VALUES (new.id, %5); END")
            .arg(index, table, list, oldValues, newValues),
        QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(index),
    };
}

Migration searchIndexes()
{
    QStringList statements;
    statements << searchIndex(QStringLiteral("journal_entries"), QStringLiteral("journal_fts"),
                              journalSearchColumns())
               << searchIndex(QStringLiteral("contacts"), QStringLiteral("contacts_fts"),
                              { QStringLiteral("first_name"), QStringLiteral("last_name"),
                                QStringLiteral("title"), QStringLiteral("company"),
                                QStringLiteral("email"), QStringLiteral("notes") })
               << searchIndex(QStringLiteral("outreach"), QStringLiteral("outreach_fts"),
                              { QStringLiteral("subject"), QStringLiteral("body") });
    return { 2, QStringLiteral("Full-text search over the journal, contacts and outreach"),
             statements };
}

// Search as you type ends every query with a prefix ("the"*), which FTS5 otherwise answers by
// merging every term that starts so. Prefix indexes for two and three letters keep that cheap.
Migration journalPrefixIndex()
{
    QStringList statements{
        QStringLiteral("DROP TRIGGER journal_fts_ai"),
        QStringLiteral("DROP TRIGGER journal_fts_ad"),
        QStringLiteral("DROP TRIGGER journal_fts_au"),
        QStringLiteral("DROP TABLE journal_fts"),
    };
    statements << searchIndex(QStringLiteral("journal_entries"), QStringLiteral("journal_fts"),
                              journalSearchColumns(), QStringLiteral(", prefix='2 3'"));
    return { 3, QStringLiteral("Prefix indexes for searching the journal as you type"),
             statements };
}

// The journal's revisit date and next actions, and later the wizard's check-ins, must find
// their own follow-ups again without guessing from the wording.
Migration followUpKinds()
{
    return { 4,
             QStringLiteral("Follow-ups say why they exist"),
             { QStringLiteral("ALTER TABLE follow_ups ADD COLUMN kind TEXT NOT NULL "
                              "DEFAULT 'action' %1")
                   .arg(check(QStringLiteral("kind"), enumSqlList<FollowUpKind>())),
               QStringLiteral(
                   "CREATE INDEX follow_ups_by_entry_kind ON follow_ups(entry_id, kind)") } };
}

// An import is undone as a whole: it remembers the contacts it made and, for those it merged
// into, what they were before. contact_id has no foreign key: the log outlives a deletion.
Migration importLog()
{
    return {
        5,
        QStringLiteral("A log of contact imports, so one can be undone"),
        { QStringLiteral("CREATE TABLE imports ("
                         " id INTEGER PRIMARY KEY,"
                         " source TEXT NOT NULL,"
                         " file_name TEXT NOT NULL DEFAULT '',"
                         " created_count INTEGER NOT NULL DEFAULT 0,"
                         " merged_count INTEGER NOT NULL DEFAULT 0,"
                         " undone_at TEXT, %1)")
              .arg(kStamps),
          QStringLiteral("CREATE TABLE import_changes ("
                         " id INTEGER PRIMARY KEY,"
                         " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                         " contact_id INTEGER NOT NULL,"
                         " action TEXT NOT NULL CHECK (action IN ('created', 'merged')),"
                         " previous TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX import_changes_by_import ON import_changes(import_id)") }
    };
}

// Where the network view last put each node, so it opens as the user left it.
Migration networkPositions()
{
    return { 6,
             QStringLiteral("Positions of the nodes in the network view"),
             { QStringLiteral("CREATE TABLE network_positions ("
                              " node TEXT PRIMARY KEY,"
                              " x REAL NOT NULL,"
                              " y REAL NOT NULL)") } };
}

// A rejection wizard left half-way: one at a time, its answers as JSON.
Migration wizardProgress()
{
    return { 7,
             QStringLiteral("The rejection wizard's answers, kept when it is left half-way"),
             { QStringLiteral("CREATE TABLE wizard_progress ("
                              " id INTEGER PRIMARY KEY CHECK (id = 1),"
                              " answers TEXT NOT NULL,"
                              " updated_at TEXT NOT NULL)") } };
}

// Days the user marks as off: they neither count towards the outreach goal nor break a streak.
Migration daysOff()
{
    return { 8,
             QStringLiteral("Days off, for the outreach goal"),
             { QStringLiteral("CREATE TABLE days_off (day TEXT PRIMARY KEY)") } };
}

// Opportunities become processes with stages (11 of them, with the date each was entered), keep
// the job posting, and the decision names who gave it. The stage list lives in a CHECK, which
// SQLite cannot alter, so the table is rebuilt the documented way (foreign keys are off while
// migrations run; Database::migrate checks them before each commit).
Migration opportunityStages()
{
    const QString stageCheck = check(QStringLiteral("stage"), enumSqlList<Stage>());
    return {
        9,
        QStringLiteral("Opportunity stages with their history, the posting, the profile"),
        {
            QStringLiteral("CREATE TABLE opportunities_v9 ("
                           " id INTEGER PRIMARY KEY,"
                           " company TEXT NOT NULL CHECK (length(trim(company)) > 0),"
                           " role TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " posting_url TEXT NOT NULL DEFAULT '',"
                           " posting_text TEXT NOT NULL DEFAULT '',"
                           " applied_on TEXT,"
                           " salary TEXT NOT NULL DEFAULT '',"
                           " location TEXT NOT NULL DEFAULT '',"
                           " stage TEXT NOT NULL DEFAULT 'applied' %1,"
                           " decided_on TEXT,"
                           " reason_given TEXT NOT NULL DEFAULT '',"
                           " praise TEXT NOT NULL DEFAULT '',"
                           " told_by_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
                           " chosen_hire_start_on TEXT,"
                           " archived_on TEXT, %2)")
                .arg(stageCheck, kStamps),
            // An active process is placed by how far its rounds went; a rejection is "not chosen".
            QStringLiteral(
                "INSERT INTO opportunities_v9 (id, company, role, source, applied_on, stage,"
                " decided_on, reason_given, praise, chosen_hire_start_on, created_at, updated_at)"
                " SELECT o.id, o.company, o.role, o.source, o.applied_on,"
                " CASE o.status"
                "  WHEN 'active' THEN CASE"
                "   WHEN EXISTS (SELECT 1 FROM rounds r WHERE r.opportunity_id = o.id"
                "    AND r.kind = 'final') THEN 'final_round'"
                "   WHEN EXISTS (SELECT 1 FROM rounds r WHERE r.opportunity_id = o.id)"
                "    THEN 'interviewing'"
                "   ELSE 'applied' END"
                "  WHEN 'rejected' THEN 'not_chosen'"
                "  ELSE o.status END,"
                " o.decided_on, o.reason_given, o.praise, o.chosen_hire_start_on, o.created_at,"
                " o.updated_at FROM opportunities o"),
            QStringLiteral("DROP TABLE opportunities"),
            QStringLiteral("ALTER TABLE opportunities_v9 RENAME TO opportunities"),
            QStringLiteral("CREATE INDEX opportunities_by_stage ON opportunities(stage)"),
            QStringLiteral(
                "CREATE TABLE opportunity_stages ("
                " id INTEGER PRIMARY KEY,"
                " opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,"
                " stage TEXT NOT NULL %1,"
                " entered_on TEXT NOT NULL,"
                " created_at TEXT NOT NULL)")
                .arg(stageCheck),
            QStringLiteral("CREATE INDEX opportunity_stages_by_opportunity"
                           " ON opportunity_stages(opportunity_id, id)"),
            // What is known of the past: the stage each process is in, since its decision (for an
            // ended one) or its application.
            QStringLiteral(
                "INSERT INTO opportunity_stages (opportunity_id, stage, entered_on, created_at)"
                " SELECT id, stage, CASE WHEN stage IN ('interested', 'applied', 'screening',"
                " 'interviewing', 'final_round', 'offer')"
                "  THEN coalesce(applied_on, substr(created_at, 1, 10))"
                "  ELSE coalesce(decided_on, applied_on, substr(created_at, 1, 10)) END,"
                " created_at FROM opportunities"),
            // A round made from a calendar invitation keeps its time and the invitation's UID,
            // so importing the same invitation again updates it instead of adding a second.
            QStringLiteral("ALTER TABLE rounds ADD COLUMN starts_at TEXT"),
            QStringLiteral("ALTER TABLE rounds ADD COLUMN invite_uid TEXT"),
            QStringLiteral("CREATE INDEX rounds_by_invite ON rounds(invite_uid)"
                           " WHERE invite_uid IS NOT NULL"),
            // The board reads each process's latest reflection: from the index alone, not from
            // the rows, which hold the whole text (5,000 processes: 344 ms down to 12 ms).
            QStringLiteral("CREATE INDEX journal_by_opportunity_date"
                           " ON journal_entries(opportunity_id, written_on)"),
            QStringLiteral("DROP INDEX journal_by_opportunity"),
            // Settings that belong to the journal rather than the computer (the profile that
            // signs the notes), so they travel with the file.
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL) WITHOUT ROWID"),
        }
    };
}

// The file says it is Finalist's (see kFinalistApplicationId). The header field is written in the
// rung's transaction, so a file is marked exactly when it reaches schema 10.
Migration applicationId()
{
    return { 10,
             QStringLiteral("Finalist's application id in the file's header"),
             { QStringLiteral("PRAGMA application_id = %1").arg(kFinalistApplicationId) } };
}

// A contact holds any number of emails, phones, addresses, web pages and handles (a JSON array,
// see ContactDetailsJson.h; email and phone stay as copies of the preferred ones), the parts of
// a name, a department and a birthday. Search covers them through search_extra, which the
// repository writes with the row.
Migration fullContacts()
{
    QStringList statements;
    for (const char* column :
         { "name_prefix", "middle_name", "name_suffix", "nickname", "department", "search_extra" })
        statements << QStringLiteral("ALTER TABLE contacts ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                          .arg(QLatin1String(column));
    statements << QStringLiteral("ALTER TABLE contacts ADD COLUMN birthday TEXT")
               << QStringLiteral("ALTER TABLE contacts ADD COLUMN details TEXT NOT NULL DEFAULT "
                                 "'[]' CHECK (json_valid(details))")
               // Today's one email and one phone become the preferred details of their kinds.
               << QStringLiteral(
                      "UPDATE contacts SET details = (SELECT json_group_array(json(d)) FROM ("
                      " SELECT json_object('kind', 'email', 'value', email, 'preferred', "
                      "json('true')) AS d WHERE email <> ''"
                      " UNION ALL SELECT json_object('kind', 'phone', 'value', phone, "
                      "'preferred', json('true')) WHERE phone <> '')),"
                      " search_extra = trim(email || ' ' || phone)"
                      " WHERE email <> '' OR phone <> ''")
               << QStringLiteral("DROP TRIGGER contacts_fts_ai")
               << QStringLiteral("DROP TRIGGER contacts_fts_ad")
               << QStringLiteral("DROP TRIGGER contacts_fts_au")
               << QStringLiteral("DROP TABLE contacts_fts");
    statements << searchIndex(QStringLiteral("contacts"), QStringLiteral("contacts_fts"),
                              contactSearchColumns());
    return { 11, QStringLiteral("Contacts with every email, phone, address and name part"),
             statements };
}

// A follow-up that goes (with its contact, process or entry) is remembered for a while, so the
// next calendar export can cancel the event a calendar still holds instead of leaving it there.
// Put back (an undo), it is forgotten again.
Migration followUpTombstones()
{
    return { 12,
             QStringLiteral("Deleted follow-ups remembered for the calendar export"),
             { QStringLiteral("CREATE TABLE follow_up_tombstones ("
                              " follow_up_id INTEGER NOT NULL,"
                              " created_at TEXT NOT NULL,"
                              " reason TEXT NOT NULL,"
                              " due_on TEXT NOT NULL,"
                              " deleted_at TEXT NOT NULL,"
                              " PRIMARY KEY (follow_up_id, created_at))"),
               QStringLiteral("CREATE TRIGGER follow_ups_tombstone AFTER DELETE ON follow_ups BEGIN"
                              " INSERT OR REPLACE INTO follow_up_tombstones VALUES (old.id,"
                              " old.created_at, old.reason, old.due_on,"
                              " strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END"),
               QStringLiteral("CREATE TRIGGER follow_ups_untombstone AFTER INSERT ON follow_ups"
                              " BEGIN DELETE FROM follow_up_tombstones WHERE follow_up_id = new.id"
                              " AND created_at = new.created_at; END") } };
}

// Deleting a contact sets told_by_id to NULL in the processes they told about: without an
// index each deletion read every process (an import of thousands undone took minutes).
Migration toldByIndex()
{
    return { 13,
             QStringLiteral("An index on the contact who told about a process"),
             { QStringLiteral(
                 "CREATE INDEX opportunities_by_told_by ON opportunities(told_by_id)") } };
}

// Today counts this month's rounds and the people met in them on every start: without an index
// on the day a round was held, that read every round and every meeting.
Migration roundsByDay()
{
    return { 14,
             QStringLiteral("An index on the day each round was held"),
             { QStringLiteral("CREATE INDEX rounds_by_held_on ON rounds(held_on)") } };
}

// The network shows the warmest two thousand people: without an index on warmth that read and
// sorted every contact each time the section was shown (a tenth of a start on it).
Migration contactsByWarmth()
{
    return { 16,
             QStringLiteral("An index on how warm each contact is"),
             { QStringLiteral("CREATE INDEX contacts_by_warmth ON contacts(warmth DESC, id)") } };
}

} // namespace

const QStringList& journalSearchColumns()
{
    static const QStringList columns{ QStringLiteral("title"),      QStringLiteral("experience"),
                                      QStringLiteral("job_ideal"),  QStringLiteral("job_not_ideal"),
                                      QStringLiteral("gut_reason"), QStringLiteral("relationships"),
                                      QStringLiteral("learned"),    QStringLiteral("momentum"),
                                      QStringLiteral("notes") };
    return columns;
}

const QStringList& contactSearchColumns()
{
    static const QStringList columns{ QStringLiteral("first_name"),  QStringLiteral("last_name"),
                                      QStringLiteral("title"),       QStringLiteral("company"),
                                      QStringLiteral("email"),       QStringLiteral("notes"),
                                      QStringLiteral("search_extra") };
    return columns;
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> ladder{
        domainTables(),      searchIndexes(),    journalPrefixIndex(), followUpKinds(),
        importLog(),         networkPositions(), wizardProgress(),     daysOff(),
        opportunityStages(), applicationId(),    fullContacts(),       followUpTombstones(),
        toldByIndex(),       roundsByDay(),      syncMigration(),      contactsByWarmth()
    };
    return ladder;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace finalist
