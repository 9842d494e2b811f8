#pragma once

#include "domain/ContactDetails.h"

#include <QStringList>
#include <vector>

namespace finalist {

// How a contact's details are stored: a JSON array in contacts.details, one object per detail
// ({"kind": "email", "label": "work", "value": "…", "preferred": true}, label and preferred left
// out when empty). One column, so a contact is still one row: merges, imports and their undo
// keep working on rows, and a crash can never leave a contact with half its details.
QString detailsToJson(const std::vector<ContactPoint>& details);
// What cannot be read (a kind not known) is left out; a damaged text reads as no details.
std::vector<ContactPoint> detailsFromJson(const QString& json);
// The email addresses among the details, as detailsFromJson() would give them, read without
// building the whole list: an import reads them for every contact stored.
QStringList emailsInDetailsJson(const QString& json);
// The words search finds a contact by besides its columns: every detail's value, the name
// parts and nickname, the department.
QString contactSearchExtra(const struct Contact& contact);

} // namespace finalist
