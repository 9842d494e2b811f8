#pragma once

#include "Contact.h"

namespace finalist {

// The same details, whatever their order.
bool sameDetails(std::vector<ContactPoint> a, std::vector<ContactPoint> b);

// Whether two versions of a contact read the same in every field a person edits (names, work,
// ways to reach them, LinkedIn, warmth, notes); ids and timestamps aside.
bool sameEditableFields(const Contact& a, const Contact& b);

// What a form's save writes when the record may have changed under it (a sync, another
// window): the stored record, with the fields the user changed since `shown` taken from
// `edited`. A field left alone keeps what came in meanwhile; one changed on both sides takes
// the user's, typed last. Emails, phones and the other details count as one field, as do the
// LinkedIn state and its date.
Contact withEdits(const Contact& shown, const Contact& edited, const Contact& stored);

} // namespace finalist
