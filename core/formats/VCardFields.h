#pragma once

#include "ImportedContact.h"
#include "VCardProperty.h"

namespace finalist::vcard {

// The properties Finalist reads; the others (photos, sounds, keys) are not even decoded.
bool isUsed(const QByteArray& name);

// What one property gives a contact: N's five parts, FN, NICKNAME, ORG with its unit, TITLE,
// every EMAIL, TEL, ADR, URL and IMPP with its kind and preference, the handles of 3.0's X-
// properties (X-SKYPE, X-JABBER…) and X-SOCIALPROFILE, BDAY, UID; every NOTE, joined. Returns
// a remark when a value could not be read (it is then left out).
QString applyProperty(const Property& property, ImportedContact& person, QString& formattedName);

// A birthday as vCards write it ("19840415", "1984-04-15", "--0415", "1604-04-15" with Apple's
// year-left-out marker, a date-time) in Finalist's form ("1984-04-15", "--04-15"); empty when it
// is none of these.
QString birthdayFromVCard(const QString& value, bool yearLeftOut = false);

} // namespace finalist::vcard
