#pragma once

#include "domain/Meeting.h"
#include "Table.h"

namespace finalist {

class MeetingRepository : public Table<Meeting>
{
public:
    explicit MeetingRepository(Database& db);
    Result<std::vector<Meeting>> listForRound(qint64 roundId) const;
    Result<std::vector<Meeting>> listForContact(qint64 contactId) const;
};

} // namespace finalist
