#pragma once

#include <QByteArray>

namespace finalist {

// One figure of /proc/self/status in KiB ("VmRSS", "RssAnon", "VmHWM"), as text for the
// benchmarks' report lines; "?" when it cannot be read.
QByteArray processStatusKiB(const char* field);

} // namespace finalist
