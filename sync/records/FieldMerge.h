#pragma once

#include "RecordFields.h"

#include <QStringList>

namespace finalist::sync {

struct MergedFields
{
    RecordFields fields; // what both sides should hold now
    QStringList fromServer; // fields changed on the server only: taken
    QStringList conflicts; // changed on both sides to different values: the local value kept
    bool localNeedsUpdate = false; // fields differs from the local record
    bool serverNeedsUpdate = false; // fields differs from the server's record
};

// A three-way merge, field by field. Each side is compared with its own base (the local record
// with the fields as last agreed, the server's with the server's last known record read the
// same way), so a value the server writes in another form (a phone number as a tel: URI) is no
// change unless it really changed. A field changed on one side only takes that side's value;
// on both sides to the same value it is no conflict.
MergedFields mergeFields(const RecordFields& localBase, const RecordFields& local,
                         const RecordFields& serverBase, const RecordFields& server);

} // namespace finalist::sync
