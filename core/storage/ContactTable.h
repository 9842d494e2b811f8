#pragma once

#include "domain/Enums.h"
#include "PeopleMet.h"
#include "Result.h"

#include <optional>
#include <QDate>
#include <vector>

namespace finalist {

class Database;

// The contacts table of the Contacts view: what each row shows, filtered and sorted in SQL and
// read a page at a time, so 50,000 contacts cost no more than the page on screen.
class ContactTable
{
public:
    enum Column
    {
        Name,
        Title,
        Role,
        Company,
        LinkedIn,
        ThankYou,
        LastContact,
        NextFollowUp,
        ColumnCount
    };

    struct Filter
    {
        QString text; // words in names, title, company, email or notes
        QString company; // exact, without case
        std::optional<RoleCategory> role;
        qint64 opportunityId = 0; // met in one of its rounds
        std::optional<LinkedInStatus> linkedIn;
        bool followUpDue = false; // an open follow-up due on or before today
        QDate today;
        Column sortBy = Name;
        bool descending = false;
    };

    struct Row
    {
        qint64 id = 0;
        QString name; // "First Last"
        QString title;
        RoleCategory role = RoleCategory::Other;
        QString company;
        LinkedInStatus linkedIn = LinkedInStatus::NotConnected;
        ThankYouState thankYou = ThankYouState::NotYet;
        QDate lastContact; // the latest note sent or round met in
        QDate nextFollowUp; // the soonest open follow-up
    };

    explicit ContactTable(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> count(const Filter& filter) const;
    Result<std::vector<Row>> rows(const Filter& filter, int offset, int limit) const;
    Result<QStringList> companies() const; // for the company filter, sorted

private:
    Database& m_db;
};

} // namespace finalist
