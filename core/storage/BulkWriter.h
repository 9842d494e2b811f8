#pragma once

#include "domain/Contact.h"
#include "domain/ContactLink.h"
#include "domain/JournalEntry.h"
#include "domain/Meeting.h"
#include "domain/Opportunity.h"
#include "domain/Round.h"
#include "domain/Stages.h"
#include "Result.h"

#include <functional>
#include <QHash>
#include <QSqlQuery>

namespace finalist {

class Database;

// Writes many records fast, for generated data sets: one prepared statement per table, reused
// for every row, and no savepoint or validation per row (the schema's checks still apply). The
// caller owns the transaction around the whole batch and gives records that are already valid;
// on success each record gets its id and timestamps, as a repository's add() would.
class BulkWriter
{
public:
    explicit BulkWriter(Database& db);

    // With the stages it went through; none given: its stage, entered when it was applied for.
    Status add(Opportunity& opportunity, std::vector<StageEntry> history = {});
    Status add(Round& round);
    Status add(Contact& contact);
    // Many contacts at once, several rows per statement; their ids are not read back (the
    // caller knows them as the ids above the largest before). progress(done) false stops.
    Status addContacts(const std::vector<Contact>& contacts,
                       const std::function<bool(int done)>& progress = {});
    Status add(Meeting& meeting);
    Status add(ContactLink& link);
    Status add(JournalEntry& entry); // with its tags

private:
    // One INSERT, prepared on first use and kept.
    struct Statement
    {
        QString table;
        QStringList columns;
        QSqlQuery query;
        bool prepared = false;
    };
    // Tables with records also get created_at and updated_at, filled by insert().
    Statement statement(const QString& table, QStringList columns, bool stamped = true);
    Result<qint64> run(Statement& insert, const QVariantList& values);
    Status insert(Statement& insert, QVariantList values, Record& record);
    Status tag(qint64 entryId, const QString& name);
    // Writes the rows a batch at a time, each batch once rowsReady(its end) has returned.
    Status writeContactRows(const std::vector<QVariantList>& rows,
                            const std::function<void(std::size_t end)>& rowsReady,
                            const std::function<bool(int done)>& progress);

    Database& m_db;
    QString m_now;
    Statement m_opportunities;
    Statement m_stages;
    Statement m_rounds;
    Statement m_contacts;
    Statement m_meetings;
    Statement m_links;
    Statement m_entries;
    Statement m_entryTags;
    QHash<QString, qint64> m_tagIds; // by lower-case name, as tags are unique without case
    // addContacts()' statements by their text, kept from one call to the next: an import
    // writes a thousand people per call, and each call would otherwise prepare its statements
    // of hundreds of values again.
    QHash<QString, QSqlQuery> m_contactStatements;
};

} // namespace finalist
