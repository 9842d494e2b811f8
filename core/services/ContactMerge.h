#pragma once

#include "domain/Contact.h"
#include "Result.h"
#include "storage/StoredRows.h"

#include <vector>

namespace finalist {

class Database;

// What a merge changed, row for row, so that Undo can put the file back as it was.
struct MergedContacts
{
    Contact kept; // as the merge left it
    Contact other; // as it was before it went
    StoredRow keptBefore;
    StoredRow keptAfter;
    StoredRow otherBefore;
    // Rows that pointed at the other contact, as they were; the merge pointed them at the kept.
    std::vector<StoredRow> moved;
    // Rows that went with the other contact: a round both met, a link both had, a link between
    // the two.
    std::vector<StoredRow> dropped;
};

// Two records of one person become one. The kept contact takes what it lacks from the other
// (never overwriting), the further LinkedIn state, the greater warmth and both sets of notes;
// the other's rounds, introductions, notes, follow-ups and the decisions they gave move over;
// then it is deleted. All in one transaction.
Result<Contact> mergeContacts(Database& db, qint64 keepId, qint64 otherId);
// The same merge, keeping what unmergeContacts() needs.
Result<MergedContacts> mergeContactsUndoably(Database& db, qint64 keepId, qint64 otherId);
// Undoes a merge in one transaction: both contacts, with their ids, fields, time stamps and
// everything that pointed at each, as they were. Refused, with nothing written, when the kept
// contact was changed or deleted since, or something that moved over has gone.
Status unmergeContacts(Database& db, const MergedContacts& merge);

// What both a merge and an import do: empty fields of `into` take the other's value, and the
// LinkedIn state moves forward, never back.
void fillMissing(Contact& into, const Contact& from);

} // namespace finalist
