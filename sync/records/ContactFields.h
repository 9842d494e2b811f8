#pragma once

#include "domain/Contact.h"
#include "RecordFields.h"

namespace finalist::sync {

// A contact as fields: its name parts, work, each kind of detail (all emails, all phones…) as one
// field, birthday, LinkedIn, warmth, role and notes. Details are compared as a whole list per
// kind: a phone added on each side is a conflict shown to the user, not a silent union.
RecordFields contactFields(const Contact& contact);
// Sets the named fields of a contact from fields (an absent one empties it).
void applyContactFields(Contact& contact, const RecordFields& fields, const QStringList& names);
// The names of all the fields, in the order a person reads a contact.
const QStringList& contactFieldNames();
// A field's name and value as a person reads them ("Phones", "work: +49 30 1234567").
QString contactFieldLabel(const QString& name);
QString contactFieldText(const QString& name, const QString& value);

} // namespace finalist::sync
