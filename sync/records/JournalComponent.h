#pragma once

#include "CalendarObject.h"
#include "CalendarPatch.h"
#include "RecordFields.h"

namespace finalist::sync {

// A journal entry's fields as a VJOURNAL, and back (RFC 5545 3.6.3):
//   title        SUMMARY
//   writtenOn    DTSTART;VALUE=DATE (or in the form another client wrote it)
//   the steps    DESCRIPTION, in Markdown (JournalDescription); several are read as one
//   tags         CATEGORIES
//   opportunity  X-FINALIST-OPPORTUNITY ("Company — Role")
//   mood, gutRating, revisitOn  X-FINALIST-MOOD, X-FINALIST-GUT-RATING, X-FINALIST-REVISIT-ON
RecordFields journalComponentFields(const CalendarComponent& journal);
// What Finalist writes of the fields, given the server's VJOURNAL (null for a new one).
CalendarRecord journalRecord(const RecordFields& fields, const CalendarComponent* serverJournal);

} // namespace finalist::sync
