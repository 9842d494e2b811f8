#pragma once

#include "domain/Contact.h"
#include "domain/Opportunity.h"
#include "domain/Outreach.h"
#include "Result.h"

namespace finalist {

class Database;

// Saves a thank-you draft for the person, made from the template library (the user's own
// thank-you template if there is one, else the built-in warm one) and signed with the profile;
// or returns the one already drafted or sent for this opportunity, so pressing the button twice
// never makes two notes.
Result<Outreach> draftThankYou(Database& db, const Contact& contact,
                               const Opportunity& opportunity);

} // namespace finalist
