#pragma once

#include "JournalRepository.h"
#include "Result.h"

#include <QDate>
#include <QString>
#include <vector>

namespace finalist {

class Database;

// One journal entry that matched a search, best first.
struct JournalHit
{
    qint64 entryId = 0;
    QString title;
    QDate writtenOn;
    // A short excerpt around the matched words; each match is wrapped in kMatchStart / kMatchEnd
    // so the screen can highlight it after escaping the rest.
    QString snippet;
    double rank = 0; // bm25: lower is better
};

class JournalSearch
{
public:
    static constexpr QChar kMatchStart = QChar(0xE000); // private-use: never in user text
    static constexpr QChar kMatchEnd = QChar(0xE001);
    // How many of the newest matches are ranked; older ones are reached by refining the query.
    static constexpr int kRankWindow = 2000;

    explicit JournalSearch(Database& db)
        : m_db(db)
    {
    }

    // Whatever the user typed is safe here; an empty query finds nothing. The filter's other
    // conditions (opportunity, tag, mood) narrow the hits; its text is ignored.
    Result<std::vector<JournalHit>> search(const QString& userText, int limit = 50,
                                           const JournalFilter& within = {}) const;

private:
    Database& m_db;
};

} // namespace finalist
