#include "ContactEdits.h"

#include <algorithm>
#include <tuple>

namespace finalist {

const std::vector<EditableField<Contact>>& contactEditableFields()
{
    static const std::vector<EditableField<Contact>> fields = {
        plainField(&Contact::namePrefix),
        plainField(&Contact::firstName),
        plainField(&Contact::middleName),
        plainField(&Contact::lastName),
        plainField(&Contact::nameSuffix),
        plainField(&Contact::nickname),
        plainField(&Contact::title),
        plainField(&Contact::role),
        plainField(&Contact::company),
        plainField(&Contact::department),
        plainField(&Contact::birthday),
        plainField(&Contact::linkedInUrl),
        plainField(&Contact::warmth),
        plainField(&Contact::notes),
        // The preferred email and phone are copies of details: the three go together.
        { [](const Contact& a, const Contact& b) {
             return a.email == b.email && a.phone == b.phone && sameDetails(a.details, b.details);
         },
          [](Contact& into, const Contact& from) {
              into.email = from.email;
              into.phone = from.phone;
              into.details = from.details;
          } },
        { [](const Contact& a, const Contact& b) {
             return a.linkedInStatus == b.linkedInStatus
                 && a.linkedInStatusOn == b.linkedInStatusOn;
         },
          [](Contact& into, const Contact& from) {
              into.linkedInStatus = from.linkedInStatus;
              into.linkedInStatusOn = from.linkedInStatusOn;
          } },
    };
    return fields;
}

bool sameDetails(std::vector<ContactPoint> a, std::vector<ContactPoint> b)
{
    const auto order = [](const ContactPoint& x, const ContactPoint& y) {
        return std::tie(x.kind, x.value, x.label, x.preferred)
            < std::tie(y.kind, y.value, y.label, y.preferred);
    };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    return a == b;
}

} // namespace finalist
