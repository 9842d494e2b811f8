#pragma once

#include "Enums.h"

#include <QStringList>

namespace finalist {

// One way to reach a contact: an email, a phone, a postal address, a web page or a handle,
// with what kind it is ("work", "home", "mobile", "other" or the user's own word; for a handle,
// the service) and whether it is the one to use first among those of its kind.
struct ContactPoint
{
    DetailKind kind = DetailKind::Email;
    QString label;
    // An address holds its seven vCard parts (post office box, extended, street, locality,
    // region, postal code, country) one per line, so nothing of their order is lost.
    QString value;
    bool preferred = false;

    bool operator==(const ContactPoint&) const = default;
};

// The labels offered for every kind; others are kept as written.
QStringList standardDetailLabels();
// A label written by another program as the standard label it is, whatever its case ("Cell",
// "cellular" and "iPhone" are "mobile"); empty when it is none of them.
QString standardLabelOf(QStringView written);
// Whether a web address is on LinkedIn, so it is the person's profile rather than a web page.
bool isLinkedInAddress(QStringView url);

namespace address {
enum Part
{
    PostOfficeBox,
    Extended,
    Street,
    Locality,
    Region,
    PostalCode,
    Country,
    PartCount
};
QStringList parts(const QString& value); // always PartCount of them
QString fromParts(const QStringList& parts); // trailing empty parts dropped
QString oneLine(const QString& value); // "Street 1, 10115 Berlin, Germany"
} // namespace address

} // namespace finalist
