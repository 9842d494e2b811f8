#pragma once

#include "Result.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace finalist {

class Database;

// One line of proof of activity: a note sent or an interview round held.
struct ActivityLine
{
    QDate date;
    QString what; // "Note sent" or "Interview round"
    QString company;
    QString person; // for a round: everyone met, comma-separated
    QString detail; // the kind and channel of a note, the kind of a round
};

// The activity between two dates (both included), oldest first: the kind of record a job
// search office asks for.
class ActivityReport
{
public:
    explicit ActivityReport(Database& db);
    Result<std::vector<ActivityLine>> lines(QDate from, QDate to) const;

    static QStringList headers();
    // RFC 4180 CSV with a header line, formulas neutralised.
    static QString toCsv(const std::vector<ActivityLine>& lines);

private:
    Database& m_db;
};

} // namespace finalist
