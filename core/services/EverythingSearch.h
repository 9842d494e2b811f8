#pragma once

#include "Result.h"

#include <QString>
#include <vector>

namespace finalist {

class Database;

// One record that matched a search across the whole journal.
struct SearchHit
{
    enum class Kind
    {
        Entry,
        Contact,
        Opportunity,
        Note,
    };
    Kind kind = Kind::Entry;
    qint64 id = 0;
    QString title; // what the record is called
    QString detail; // a line that tells it apart: company, date, excerpt
};

// Edit ▸ Find Everywhere: the same words in entries, contacts, processes and notes at once,
// grouped by kind in that order. Each kind uses the search its own section uses, so a record
// found here is found there with the same words.
class EverythingSearch
{
public:
    static constexpr int kPerKind = 25;

    explicit EverythingSearch(Database& db)
        : m_db(db)
    {
    }

    // Whatever the user typed is safe; blank text finds nothing.
    Result<std::vector<SearchHit>> search(const QString& userText) const;

private:
    Database& m_db;
};

} // namespace finalist
