#pragma once

#include "domain/JournalEntry.h"
#include "domain/Lesson.h"

#include <vector>

namespace finalist {

// One entry with what an export shows beside it.
struct JournalDocumentEntry
{
    JournalEntry entry;
    QString opportunityLabel; // "Company — Role", empty when none
    std::vector<Lesson> lessons;
};

using JournalDocument = std::vector<JournalDocumentEntry>;

// The five steps and the notes, in order, with their headings; shared by every format.
struct JournalSection
{
    QString heading;
    QString text;
};
std::vector<JournalSection> sectionsOf(const JournalDocumentEntry& item);
QString titleOf(const JournalEntry& entry);

} // namespace finalist
