#pragma once

#include "RecordFields.h"

namespace finalist::sync {

// The steps of a reflection as one Markdown text, as a VJOURNAL's DESCRIPTION holds them: a
// "## " heading before each step that has text, in the order of the five steps, notes last.
// The headings are English in every language, so any Finalist reads them back.
//
//   experience     ## The experience
//   jobIdeal       ## The job: what was ideal
//   jobNotIdeal    ## The job: what was not ideal
//   gutReason      ## The job: gut feeling
//   relationships  ## Relationships
//   learned        ## What I learned
//   momentum       ## Momentum
//   notes          ## Notes
//
// A line of a step's own text that would read as a heading gets a backslash ("\## Plan", as
// Markdown escapes it), so the text comes back exactly.
QString journalDescription(const RecordFields& fields);

// Sets the step fields from such a text (a step without a heading is left out). Headings are
// matched whatever their letter case; text before the first heading, and each section under a
// heading Finalist does not know (written on a phone), goes to notes with its heading, in the
// order written: nothing typed elsewhere is lost.
void readJournalDescription(const QString& text, RecordFields& fields);

// The step fields, in the order they are written.
const QStringList& journalStepFieldNames();

} // namespace finalist::sync
