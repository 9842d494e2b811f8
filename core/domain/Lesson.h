#pragma once

#include "Enums.h"
#include "Record.h"

namespace finalist {

// One line of step 4 of a journal entry.
struct Lesson : Record
{
    qint64 entryId = 0;
    LessonKind kind = LessonKind::Lesson;
    QString text;
    int position = 0;
};

} // namespace finalist
