// Written by Migrations.DISABLED_WriteNewJournalSchema (tests/core/MigrationTest.cpp): the
// statements the migration ladder's schema is made of. Not edited by hand.
#include "NewJournalSchema.h"

namespace finalist {

const NewJournalSchema& newJournalSchema()
{
    static const NewJournalSchema
        schema{
            16,
            {
                QStringLiteral(
                    R"sql(CREATE TABLE rounds ( id INTEGER PRIMARY KEY, opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('phone_screen','video','on_site','panel','assignment','final')), held_on TEXT, outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','passed','not_passed')), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, starts_at TEXT, invite_uid TEXT))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE contacts ( id INTEGER PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', role_category TEXT NOT NULL DEFAULT 'other' CHECK (role_category IN ('executive','director','hiring_manager','team_member','recruiter','gatekeeper','other')), company TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', linkedin_url TEXT NOT NULL DEFAULT '', linkedin_status TEXT NOT NULL DEFAULT 'not_connected' CHECK (linkedin_status IN ('not_connected','asked_to_invite','pending','connected')), linkedin_status_on TEXT, warmth INTEGER NOT NULL DEFAULT 0 CHECK (warmth BETWEEN 0 AND 5), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, name_prefix TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '', name_suffix TEXT NOT NULL DEFAULT '', nickname TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', search_extra TEXT NOT NULL DEFAULT '', birthday TEXT, details TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(details)), CHECK (length(trim(first_name || last_name)) > 0)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE meetings ( id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE, contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (round_id, contact_id)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE contact_links ( id INTEGER PRIMARY KEY, from_contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, to_contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('introduced_by','works_with','reports_to')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (from_contact_id <> to_contact_id), UNIQUE (from_contact_id, to_contact_id, kind)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE journal_entries ( id INTEGER PRIMARY KEY, opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL, title TEXT NOT NULL DEFAULT '', written_on TEXT NOT NULL, experience TEXT NOT NULL DEFAULT '', job_ideal TEXT NOT NULL DEFAULT '', job_not_ideal TEXT NOT NULL DEFAULT '', gut_rating INTEGER CHECK (gut_rating BETWEEN 1 AND 5), gut_reason TEXT NOT NULL DEFAULT '', relationships TEXT NOT NULL DEFAULT '', learned TEXT NOT NULL DEFAULT '', momentum TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', mood INTEGER CHECK (mood BETWEEN 1 AND 5), revisit_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE tags ( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE entry_tags ( entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, PRIMARY KEY (entry_id, tag_id)) WITHOUT ROWID)sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE lessons ( id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE, kind TEXT NOT NULL DEFAULT 'lesson' CHECK (kind IN ('lesson','strength','practise')), text TEXT NOT NULL CHECK (length(trim(text)) > 0), position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE wins ( id INTEGER PRIMARY KEY, opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE CASCADE, kind TEXT NOT NULL DEFAULT 'written' CHECK (kind IN ('derived','written')), text TEXT NOT NULL CHECK (length(trim(text)) > 0), recorded_on TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE templates ( id INTEGER PRIMARY KEY, builtin_key TEXT UNIQUE, name TEXT NOT NULL CHECK (length(trim(name)) > 0), kind TEXT NOT NULL CHECK (kind IN ('thank_you','rejection_reply','feedback_request','stay_on_radar','check_in','linkedin_invitation','letter')), channel TEXT NOT NULL CHECK (channel IN ('email','phone_script','card','linkedin','in_person')), tone TEXT NOT NULL CHECK (tone IN ('warm','formal','brief')), subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE outreach ( id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE SET NULL, template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL, kind TEXT NOT NULL CHECK (kind IN ('thank_you','rejection_reply','feedback_request','stay_on_radar','check_in','linkedin_invitation','letter')), channel TEXT NOT NULL CHECK (channel IN ('email','phone_script','card','linkedin','in_person')), status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','sent','replied','no_reply')), subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', sent_on TEXT, replied_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE follow_ups ( id INTEGER PRIMARY KEY, contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE, opportunity_id INTEGER REFERENCES opportunities(id) ON DELETE CASCADE, entry_id INTEGER REFERENCES journal_entries(id) ON DELETE CASCADE, outreach_id INTEGER REFERENCES outreach(id) ON DELETE SET NULL, reason TEXT NOT NULL CHECK (length(trim(reason)) > 0), due_on TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','snoozed','cancelled')), done_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action','revisit','nudge','ninety_day','stay_in_touch'))))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE goals ( id INTEGER PRIMARY KEY, min_per_work_day INTEGER NOT NULL CHECK (min_per_work_day >= 0), max_per_work_day INTEGER NOT NULL, starts_on TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (max_per_work_day >= min_per_work_day)))sql"),
                QStringLiteral(
                    R"sql(CREATE VIRTUAL TABLE outreach_fts USING fts5(subject, body, content='outreach', content_rowid='id', tokenize='unicode61 remove_diacritics 2'))sql"),
                QStringLiteral(
                    R"sql(CREATE VIRTUAL TABLE journal_fts USING fts5(title, experience, job_ideal, job_not_ideal, gut_reason, relationships, learned, momentum, notes, content='journal_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3'))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE imports ( id INTEGER PRIMARY KEY, source TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', created_count INTEGER NOT NULL DEFAULT 0, merged_count INTEGER NOT NULL DEFAULT 0, undone_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE import_changes ( id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE, contact_id INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN ('created', 'merged')), previous TEXT NOT NULL DEFAULT ''))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE network_positions ( node TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE wizard_progress ( id INTEGER PRIMARY KEY CHECK (id = 1), answers TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(R"sql(CREATE TABLE days_off (day TEXT PRIMARY KEY))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE "opportunities" ( id INTEGER PRIMARY KEY, company TEXT NOT NULL CHECK (length(trim(company)) > 0), role TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', posting_url TEXT NOT NULL DEFAULT '', posting_text TEXT NOT NULL DEFAULT '', applied_on TEXT, salary TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '', stage TEXT NOT NULL DEFAULT 'applied' CHECK (stage IN ('interested','applied','screening','interviewing','final_round','offer','runner_up','not_chosen','withdrawn','ghosted','hired')), decided_on TEXT, reason_given TEXT NOT NULL DEFAULT '', praise TEXT NOT NULL DEFAULT '', told_by_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL, chosen_hire_start_on TEXT, archived_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE opportunity_stages ( id INTEGER PRIMARY KEY, opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE, stage TEXT NOT NULL CHECK (stage IN ('interested','applied','screening','interviewing','final_round','offer','runner_up','not_chosen','withdrawn','ghosted','hired')), entered_on TEXT NOT NULL, created_at TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)sql"),
                QStringLiteral(
                    R"sql(CREATE VIRTUAL TABLE contacts_fts USING fts5(first_name, last_name, title, company, email, notes, search_extra, content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'))sql"),
                QStringLiteral(R"sql(CREATE TABLE follow_up_tombstones ( follow_up_id INTEGER NOT NULL, created_at TEXT NOT NULL, reason TEXT NOT NULL, due_on TEXT NOT NULL, deleted_at TEXT NOT NULL, PRIMARY KEY (follow_up_id, created_at)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_account ( id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL, user_name TEXT NOT NULL, set_up_at TEXT NOT NULL, journal_key TEXT NOT NULL, last_sync_at TEXT, last_result TEXT NOT NULL DEFAULT '', last_error TEXT NOT NULL DEFAULT ''))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_collections ( kind TEXT PRIMARY KEY, url TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, sync_token TEXT NOT NULL DEFAULT '', offers_sync_token INTEGER NOT NULL DEFAULT 1))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_items ( kind TEXT NOT NULL, local_id INTEGER NOT NULL, local_created_at TEXT NOT NULL, href TEXT NOT NULL, uid TEXT NOT NULL, etag TEXT NOT NULL DEFAULT '', base TEXT NOT NULL DEFAULT '', server_data BLOB, PRIMARY KEY (kind, local_id), UNIQUE (kind, href)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_deletions ( kind TEXT NOT NULL, href TEXT NOT NULL, etag TEXT NOT NULL, deleted_at TEXT NOT NULL, PRIMARY KEY (kind, href)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_conflicts ( kind TEXT NOT NULL, local_id INTEGER NOT NULL, field TEXT NOT NULL, local_value TEXT NOT NULL, server_value TEXT NOT NULL, noted_at TEXT NOT NULL, PRIMARY KEY (kind, local_id, field)))sql"),
                QStringLiteral(
                    R"sql(CREATE TABLE sync_history ( kind TEXT NOT NULL, local_id INTEGER NOT NULL, synced_at TEXT NOT NULL, change TEXT NOT NULL))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX rounds_by_opportunity ON rounds(opportunity_id, held_on))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX contacts_by_name ON contacts(last_name COLLATE NOCASE, first_name COLLATE NOCASE))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX contacts_by_company ON contacts(company COLLATE NOCASE))sql"),
                QStringLiteral(R"sql(CREATE INDEX meetings_by_contact ON meetings(contact_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX contact_links_by_target ON contact_links(to_contact_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX journal_by_date ON journal_entries(written_on DESC, id DESC))sql"),
                QStringLiteral(R"sql(CREATE INDEX entry_tags_by_tag ON entry_tags(tag_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX lessons_by_entry ON lessons(entry_id, position))sql"),
                QStringLiteral(R"sql(CREATE INDEX wins_by_opportunity ON wins(opportunity_id))sql"),
                QStringLiteral(R"sql(CREATE INDEX outreach_by_contact ON outreach(contact_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX outreach_by_opportunity ON outreach(opportunity_id))sql"),
                QStringLiteral(R"sql(CREATE INDEX outreach_by_sent ON outreach(sent_on))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX follow_ups_by_due ON follow_ups(status, due_on))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX follow_ups_by_contact ON follow_ups(contact_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX follow_ups_by_opportunity ON follow_ups(opportunity_id))sql"),
                QStringLiteral(R"sql(CREATE INDEX follow_ups_by_entry ON follow_ups(entry_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX follow_ups_by_entry_kind ON follow_ups(entry_id, kind))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX import_changes_by_import ON import_changes(import_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX opportunities_by_stage ON opportunities(stage))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX opportunity_stages_by_opportunity ON opportunity_stages(opportunity_id, id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX rounds_by_invite ON rounds(invite_uid) WHERE invite_uid IS NOT NULL)sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX journal_by_opportunity_date ON journal_entries(opportunity_id, written_on))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX opportunities_by_told_by ON opportunities(told_by_id))sql"),
                QStringLiteral(R"sql(CREATE INDEX rounds_by_held_on ON rounds(held_on))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX sync_history_by_record ON sync_history(kind, local_id))sql"),
                QStringLiteral(
                    R"sql(CREATE INDEX contacts_by_warmth ON contacts(warmth DESC, id))sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER outreach_fts_ai AFTER INSERT ON outreach BEGIN INSERT INTO outreach_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER outreach_fts_ad AFTER DELETE ON outreach BEGIN INSERT INTO outreach_fts(outreach_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER outreach_fts_au AFTER UPDATE ON outreach BEGIN INSERT INTO outreach_fts(outreach_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body); INSERT INTO outreach_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER journal_fts_ai AFTER INSERT ON journal_entries BEGIN INSERT INTO journal_fts(rowid, title, experience, job_ideal, job_not_ideal, gut_reason, relationships, learned, momentum, notes) VALUES (new.id, new.title, new.experience, new.job_ideal, new.job_not_ideal, new.gut_reason, new.relationships, new.learned, new.momentum, new.notes); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER journal_fts_ad AFTER DELETE ON journal_entries BEGIN INSERT INTO journal_fts(journal_fts, rowid, title, experience, job_ideal, job_not_ideal, gut_reason, relationships, learned, momentum, notes) VALUES ('delete', old.id, old.title, old.experience, old.job_ideal, old.job_not_ideal, old.gut_reason, old.relationships, old.learned, old.momentum, old.notes); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER journal_fts_au AFTER UPDATE ON journal_entries BEGIN INSERT INTO journal_fts(journal_fts, rowid, title, experience, job_ideal, job_not_ideal, gut_reason, relationships, learned, momentum, notes) VALUES ('delete', old.id, old.title, old.experience, old.job_ideal, old.job_not_ideal, old.gut_reason, old.relationships, old.learned, old.momentum, old.notes); INSERT INTO journal_fts(rowid, title, experience, job_ideal, job_not_ideal, gut_reason, relationships, learned, momentum, notes) VALUES (new.id, new.title, new.experience, new.job_ideal, new.job_not_ideal, new.gut_reason, new.relationships, new.learned, new.momentum, new.notes); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN INSERT INTO contacts_fts(rowid, first_name, last_name, title, company, email, notes, search_extra) VALUES (new.id, new.first_name, new.last_name, new.title, new.company, new.email, new.notes, new.search_extra); END)sql"),
                QStringLiteral(R"sql(CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, title, company, email, notes, search_extra) VALUES ('delete', old.id, old.first_name, old.last_name, old.title, old.company, old.email, old.notes, old.search_extra); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER contacts_fts_au AFTER UPDATE ON contacts BEGIN INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, title, company, email, notes, search_extra) VALUES ('delete', old.id, old.first_name, old.last_name, old.title, old.company, old.email, old.notes, old.search_extra); INSERT INTO contacts_fts(rowid, first_name, last_name, title, company, email, notes, search_extra) VALUES (new.id, new.first_name, new.last_name, new.title, new.company, new.email, new.notes, new.search_extra); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER follow_ups_tombstone AFTER DELETE ON follow_ups BEGIN INSERT OR REPLACE INTO follow_up_tombstones VALUES (old.id, old.created_at, old.reason, old.due_on, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER follow_ups_untombstone AFTER INSERT ON follow_ups BEGIN DELETE FROM follow_up_tombstones WHERE follow_up_id = new.id AND created_at = new.created_at; END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER contacts_sync_deletion AFTER DELETE ON contacts BEGIN INSERT OR REPLACE INTO sync_deletions SELECT kind, href, etag, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_items WHERE kind = 'contacts' AND local_id = old.id; DELETE FROM sync_items WHERE kind = 'contacts' AND local_id = old.id; DELETE FROM sync_conflicts WHERE kind = 'contacts' AND local_id = old.id; DELETE FROM sync_history WHERE kind = 'contacts' AND local_id = old.id; END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER follow_ups_sync_deletion AFTER DELETE ON follow_ups BEGIN INSERT OR REPLACE INTO sync_deletions SELECT kind, href, etag, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_items WHERE kind = 'followups' AND local_id = old.id; DELETE FROM sync_items WHERE kind = 'followups' AND local_id = old.id; DELETE FROM sync_conflicts WHERE kind = 'followups' AND local_id = old.id; DELETE FROM sync_history WHERE kind = 'followups' AND local_id = old.id; END)sql"),
                QStringLiteral(
                    R"sql(CREATE TRIGGER journal_entries_sync_deletion AFTER DELETE ON journal_entries BEGIN INSERT OR REPLACE INTO sync_deletions SELECT kind, href, etag, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM sync_items WHERE kind = 'journal' AND local_id = old.id; DELETE FROM sync_items WHERE kind = 'journal' AND local_id = old.id; DELETE FROM sync_conflicts WHERE kind = 'journal' AND local_id = old.id; DELETE FROM sync_history WHERE kind = 'journal' AND local_id = old.id; END)sql"),
            }
        };
    return schema;
}

} // namespace finalist
