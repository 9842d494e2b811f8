#include "ContactEdits.h"

#include <algorithm>
#include <functional>
#include <tuple>

namespace finalist {

namespace {

// One field as a person edits it: how to compare it and how to carry it over.
struct EditableField
{
    std::function<bool(const Contact&, const Contact&)> same;
    std::function<void(Contact& into, const Contact& from)> take;
};

template <typename T> EditableField plain(T Contact::*member)
{
    return { [member](const Contact& a, const Contact& b) { return a.*member == b.*member; },
             [member](Contact& into, const Contact& from) { into.*member = from.*member; } };
}

const std::vector<EditableField>& editableFields()
{
    static const std::vector<EditableField> fields = {
        plain(&Contact::namePrefix),
        plain(&Contact::firstName),
        plain(&Contact::middleName),
        plain(&Contact::lastName),
        plain(&Contact::nameSuffix),
        plain(&Contact::nickname),
        plain(&Contact::title),
        plain(&Contact::role),
        plain(&Contact::company),
        plain(&Contact::department),
        plain(&Contact::birthday),
        plain(&Contact::linkedInUrl),
        plain(&Contact::warmth),
        plain(&Contact::notes),
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

} // namespace

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

bool sameEditableFields(const Contact& a, const Contact& b)
{
    const auto& fields = editableFields();
    return std::all_of(fields.begin(), fields.end(),
                       [&](const EditableField& field) { return field.same(a, b); });
}

Contact withEdits(const Contact& shown, const Contact& edited, const Contact& stored)
{
    Contact merged = stored;
    for (const EditableField& field : editableFields()) {
        if (!field.same(edited, shown))
            field.take(merged, edited);
    }
    return merged;
}

} // namespace finalist
