#pragma once

#include "Error.h"

#include <QString>

namespace finalist::sync {

struct DavResponse;

// What a failed request means to the user. `what` names the step, translated, as in "Reading
// the address book “Work”"; it may be empty. A response that arrived whole but was not what a
// CardDAV/CalDAV server gives (a 2xx that is not a multistatus, say) counts as not-DAV.
// The detail carries the method, the URL (never a password) and the status for "Show details".
Error davError(const DavResponse& response, const QString& what);

// The server answered, but not as a CardDAV/CalDAV server does; `why` adds to the detail.
Error notDavServerError(const DavResponse& response, const QString& what, const QString& why = {});

} // namespace finalist::sync
