#pragma once

#include "SyncNetwork.h"

#include <memory>

namespace QKeychain {
class Job;
}

namespace finalist::sync {

// Runs a QtKeychain job to its end, or until timeoutMs pass. A job that does not answer in time
// is left to itself: deleting it under a pending D-Bus call is not safe.
KeychainAnswer runKeychainJob(std::unique_ptr<QKeychain::Job> job, int timeoutMs);

} // namespace finalist::sync
