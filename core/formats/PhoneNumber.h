#pragma once

#include <QStringList>

namespace finalist {

// Phone numbers as people type them, read with libphonenumber.
namespace phone {

// The number in E.164 ("+493012345678"), read in the region given (ISO 3166 code, "DE") when it
// has no country code; empty when it cannot be read as a possible number.
QString e164(const QString& typed, const QString& region);
// A tel: URI's bare E.164 number ("+493012345678") written for people to read
// ("+49 30 1234567"); as given when it has separators of its own or cannot be read.
QString readable(const QString& uriNumber);
// The region of the system's locale ("DE" for de_DE), for a user who has not chosen one.
QString localeRegion();
// Whether libphonenumber knows the region code.
bool isKnownRegion(const QString& region);
// Every region code libphonenumber knows, sorted.
QStringList knownRegions();
// The region a user chose (AppSettings::PhoneRegion) or, when none, the locale's.
QString regionOr(const QString& chosen);

} // namespace phone

} // namespace finalist
