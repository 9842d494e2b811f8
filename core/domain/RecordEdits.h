#pragma once

#include <algorithm>
#include <functional>
#include <vector>

namespace finalist {

// One field of a record as a person edits it in a form: how to compare it between two versions
// and how to carry it from one to the other. A field may span members that go together.
template <typename Record> struct EditableField
{
    std::function<bool(const Record&, const Record&)> same;
    std::function<void(Record& into, const Record& from)> take;
};

template <typename Record, typename Value> EditableField<Record> plainField(Value Record::*member)
{
    return { [member](const Record& a, const Record& b) { return a.*member == b.*member; },
             [member](Record& into, const Record& from) { into.*member = from.*member; } };
}

template <typename Record>
bool sameFields(const std::vector<EditableField<Record>>& fields, const Record& a, const Record& b)
{
    return std::all_of(fields.begin(), fields.end(),
                       [&](const EditableField<Record>& field) { return field.same(a, b); });
}

// What a form's save writes when the record may have changed under it (a sync, another
// window): the stored record, with the fields the user changed since `shown` taken from
// `edited`. A field left alone keeps what came in meanwhile; one changed on both sides takes
// the user's, typed last.
template <typename Record>
Record withEdits(const std::vector<EditableField<Record>>& fields, const Record& shown,
                 const Record& edited, const Record& stored)
{
    Record merged = stored;
    for (const EditableField<Record>& field : fields) {
        if (!field.same(edited, shown))
            field.take(merged, edited);
    }
    return merged;
}

} // namespace finalist
