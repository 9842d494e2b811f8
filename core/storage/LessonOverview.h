#pragma once

#include "domain/Enums.h"
#include "Result.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace finalist {

class Database;

// A step-4 line with where it was written: for the Lessons view, which reads them all at once.
struct LessonInContext
{
    qint64 lessonId = 0;
    LessonKind kind = LessonKind::Lesson;
    QString text;
    qint64 entryId = 0;
    QDate writtenOn;
    QString entryTitle;
    qint64 opportunityId = 0;
    QString opportunity; // "Company — Role"; empty when the entry is about none
    QStringList tags;
};

// Every lesson, newest entry first, in two statements (the lessons, then the tags).
Result<std::vector<LessonInContext>> allLessonsInContext(Database& db);

} // namespace finalist
