#pragma once

#include <QString>

namespace finalist {

// What an export writes where it has no value: "NA", "N/A", "-", LinkedIn's member URNs
// ("urn:li:member:123") and its redacted profile address ("https://www.linkedin.com/in").
// Such a value is nobody's: it never matches a contact and never overwrites a field.
bool isPlaceholderValue(QStringView value);

// The value, or an empty string when it is a placeholder.
inline QString withoutPlaceholder(const QString& value)
{
    return isPlaceholderValue(value) ? QString() : value;
}

} // namespace finalist
