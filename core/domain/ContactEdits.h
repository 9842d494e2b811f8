#pragma once

#include "Contact.h"
#include "RecordEdits.h"

namespace finalist {

// The same details, whatever their order.
bool sameDetails(std::vector<ContactPoint> a, std::vector<ContactPoint> b);

// The fields of a contact a person edits (names, work, ways to reach them, LinkedIn, warmth,
// notes). Emails, phones and the other details count as one field, as do the LinkedIn state
// and its date.
const std::vector<EditableField<Contact>>& contactEditableFields();

inline bool sameEditableFields(const Contact& a, const Contact& b)
{
    return sameFields(contactEditableFields(), a, b);
}

inline Contact withEdits(const Contact& shown, const Contact& edited, const Contact& stored)
{
    return withEdits(contactEditableFields(), shown, edited, stored);
}

} // namespace finalist
