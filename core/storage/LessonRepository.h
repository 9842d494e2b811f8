#pragma once

#include "domain/Lesson.h"
#include "Table.h"

namespace finalist {

class LessonRepository : public Table<Lesson>
{
public:
    explicit LessonRepository(Database& db);
    Result<std::vector<Lesson>> listForEntry(qint64 entryId) const;
    Result<std::vector<Lesson>> listAll() const;
};

} // namespace finalist
