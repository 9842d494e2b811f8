#pragma once

#include "domain/OutreachLine.h"
#include "Result.h"
#include "storage/OutreachRepository.h"

namespace finalist {

class Database;

// Every note the user drafted or sent, and the steps of its life: draft, sent, replied or no
// reply. The outreach view and `finalist-cli outreach list` read it the same way.
class OutreachLog
{
public:
    explicit OutreachLog(Database& db);

    // Newest first.
    Result<std::vector<OutreachLine>> lines(const OutreachFilter& filter = {}) const;
    // The same, each handed over as it is read.
    Status eachLine(const OutreachFilter& filter,
                    const std::function<void(const OutreachLine&)>& each) const;

    // A draft's words; a sent note keeps the words it was sent with.
    Status saveText(qint64 id, const QString& subject, const QString& body);
    Status markSent(qint64 id);
    Status markReplied(qint64 id);
    Status markNoReply(qint64 id);

private:
    Status change(qint64 id, const std::function<Status(Outreach&)>& step);
    Database& m_db;
};

} // namespace finalist
