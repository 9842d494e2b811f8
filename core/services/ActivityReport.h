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
    QString role; // the position applied for; empty for a note outside any process
    QString person; // for a round: everyone met, comma-separated
    QString detail; // the kind and channel of a note, the kind of a round
    QString result; // where the process stands now ("Not chosen", "Final round")

    // The cells in the order of ActivityReport::headers(), the date as given.
    QStringList cells(const QString& shownDate) const;
};

// The activity between two dates (both included), oldest first: the kind of record a job
// search office asks for (in Germany the "Nachweis der Eigenbemühungen": date, employer,
// position, kind of contact, result).
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
