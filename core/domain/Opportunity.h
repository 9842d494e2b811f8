#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// One hiring process, the hub the rounds, notes, follow-ups, wins and reflections hang off.
struct Opportunity : Record
{
    QString company;
    QString role;
    QString source; // where it came from: a referral, a recruiter, a job board
    QString postingUrl;
    QString postingText; // the posting as it read: postings vanish once filled
    QDate appliedOn;
    QString salary; // free text: "€70–80k", "DOE"
    QString location; // free text: "Berlin, hybrid"
    Stage stage = Stage::Applied;
    QDate decidedOn;
    QString reasonGiven;
    QString praise;
    qint64 toldById = 0; // the person who gave the decision, if recorded
    QDate chosenHireStartOn;
    QDate archivedOn; // archived processes leave the board but keep everything

    bool isArchived() const { return archivedOn.isValid(); }
};

} // namespace finalist
