#include "SyncNetwork.h"

#include "modules/ModuleLoader.h"

namespace finalist::sync {

Result<SyncNetwork*> SyncNetwork::load()
{
    const auto entry = modules::entryPoint(QLatin1String(syncNetworkModule), syncNetworkEntry);
    if (!entry)
        return entry.error();
    return reinterpret_cast<SyncNetworkEntry>(*entry)();
}

} // namespace finalist::sync
