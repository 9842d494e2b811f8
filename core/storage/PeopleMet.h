#pragma once

#include "domain/Contact.h"
#include "Result.h"

#include <QDate>
#include <vector>

namespace finalist {

class Database;

enum class ThankYouState
{
    NotYet,
    Drafted,
    Sent
};

// Someone met in an opportunity's rounds, with where the thank-you note stands.
struct PersonMet
{
    Contact contact;
    QDate firstMetOn; // invalid when the rounds carry no dates
    int rounds = 0;
    ThankYouState thankYou = ThankYouState::NotYet;
    QDate thankedOn; // when sent
    qint64 thankYouId = 0; // the draft or the sent note; 0 when none
};

// Everyone met in the opportunity's rounds, in the order they were first met.
Result<std::vector<PersonMet>> peopleMet(Database& db, qint64 opportunityId);

} // namespace finalist
