#pragma once

#include "domain/JournalEntry.h"
#include "RecordFields.h"

namespace finalist::sync {

// A journal entry as fields: title, the day written, each step's text, gut rating, mood, revisit
// day, tags (one per line, in the order the journal lists them) and the opportunity it is about
// as "Company — Role" (opportunities do not sync: the other journal finds its own by them).
RecordFields journalFields(const JournalEntry& entry, const QString& opportunity);
// Sets everything but the opportunity, which is the caller's to find.
void applyJournalFields(JournalEntry& entry, const RecordFields& fields);
QString journalFieldLabel(const QString& name);

// Tags as the journal keeps them: each once whatever its letter case, without blanks, sorted
// as the journal lists them.
QStringList journalTags(const QStringList& tags);

} // namespace finalist::sync
