#pragma once

#include "JournalEntry.h"
#include "RecordEdits.h"

namespace finalist {

// The fields of a journal entry a person edits: the title, dates, process, mood, tags and the
// text of each step.
const std::vector<EditableField<JournalEntry>>& journalEditableFields();

} // namespace finalist
