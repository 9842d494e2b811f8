#pragma once

#include "CalendarObject.h"
#include "CalendarPatch.h"
#include "RecordFields.h"

namespace finalist::sync {

// A follow-up's fields as a VTODO, and back (RFC 5545 3.6.2):
//   reason       SUMMARY
//   dueOn        DUE;VALUE=DATE (or in the form another client wrote it: its time and zone)
//   status       STATUS NEEDS-ACTION / COMPLETED / CANCELLED, Finalist's own in
//                X-FINALIST-STATUS (snoozed reads NEEDS-ACTION to others)
//   doneOn       COMPLETED (noon of the day here, in UTC) and PERCENT-COMPLETE:100
//   kind         X-FINALIST-KIND
//   contact      a "With: …" line closing DESCRIPTION; its UID in X-FINALIST-CONTACT
//   opportunity  an "Opportunity: …" line closing DESCRIPTION, and X-FINALIST-OPPORTUNITY
//   description  DESCRIPTION above those lines (another client's text)
// The words of those lines are English in every language, so any Finalist reads them back.
RecordFields todoFields(const CalendarComponent& todo);
// What Finalist writes of the fields, given the server's VTODO (null for a new one): what
// another client wrote in its own form (a due time, IN-PROCESS) stays when it means the same.
CalendarRecord todoRecord(const RecordFields& fields, const CalendarComponent* serverTodo);

} // namespace finalist::sync
