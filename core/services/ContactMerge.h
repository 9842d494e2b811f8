#pragma once

#include "domain/Contact.h"
#include "Result.h"

namespace finalist {

class Database;

// Two records of one person become one. The kept contact takes what it lacks from the other
// (never overwriting), the further LinkedIn state, the greater warmth and both sets of notes;
// the other's rounds, introductions, notes and follow-ups move over; then it is deleted. All
// in one transaction.
Result<Contact> mergeContacts(Database& db, qint64 keepId, qint64 otherId);

// What both a merge and an import do: empty fields of `into` take the other's value, and the
// LinkedIn state moves forward, never back.
void fillMissing(Contact& into, const Contact& from);

} // namespace finalist
