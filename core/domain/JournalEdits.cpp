#include "JournalEdits.h"

namespace finalist {

const std::vector<EditableField<JournalEntry>>& journalEditableFields()
{
    static const std::vector<EditableField<JournalEntry>> fields = {
        plainField(&JournalEntry::opportunityId), plainField(&JournalEntry::title),
        plainField(&JournalEntry::writtenOn),     plainField(&JournalEntry::experience),
        plainField(&JournalEntry::jobIdeal),      plainField(&JournalEntry::jobNotIdeal),
        plainField(&JournalEntry::gutRating),     plainField(&JournalEntry::gutReason),
        plainField(&JournalEntry::relationships), plainField(&JournalEntry::learned),
        plainField(&JournalEntry::momentum),      plainField(&JournalEntry::notes),
        plainField(&JournalEntry::mood),          plainField(&JournalEntry::revisitOn),
        plainField(&JournalEntry::tags),
    };
    return fields;
}

} // namespace finalist
