#pragma once

#include "domain/Contact.h"
#include "domain/Opportunity.h"
#include "domain/Outreach.h"
#include "Result.h"

namespace finalist {

class Database;

// The built-in thank-you text, until the template flow of the rejection wizard takes over.
Outreach thankYouDraftFor(const Contact& contact, const Opportunity& opportunity);

// Saves a thank-you draft for the person, or returns the one already drafted or sent for this
// opportunity, so pressing the button twice never makes two notes.
Result<Outreach> draftThankYou(Database& db, const Contact& contact,
                               const Opportunity& opportunity);

} // namespace finalist
