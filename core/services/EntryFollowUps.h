#pragma once

#include "domain/FollowUp.h"
#include "domain/JournalEntry.h"
#include "Result.h"

#include <vector>

namespace finalist {

class Database;

// The follow-ups a journal entry creates: the revisit date, and step 5's next actions.
class EntryFollowUps
{
public:
    explicit EntryFollowUps(Database& db)
        : m_db(db)
    {
    }

    // Keeps exactly one open "revisit" follow-up in step with the entry's revisit date; none
    // when the date is cleared. Done ones are left alone: they are history.
    Status syncRevisit(const JournalEntry& entry);
    // Saves an edited entry and, when its title, revisit date or process moved, its revisit
    // follow-up, in one transaction: a crash between the two would leave a reminder naming the
    // old title that no later save corrects (the crash harness found it). Only the fields
    // changed since `before` (what the editor showed) are written over what is stored now, and
    // `edited` comes back as saved; an entry deleted meanwhile is added again (a new id).
    Status saveEntry(JournalEntry& edited, const JournalEntry& before);

    // Open and done next actions of the entry, soonest first.
    Result<std::vector<FollowUp>> nextActions(qint64 entryId) const;
    Result<FollowUp> addNextAction(const JournalEntry& entry, const QString& text,
                                   const QDate& dueOn);

private:
    Database& m_db;
};

} // namespace finalist
