#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function of the global namespace: it cannot be used inside ours.
static void registerFinalistQrc()
{
    Q_INIT_RESOURCE(finalist);
}

namespace finalist {

void loadUiResources()
{
    static const bool loaded = (registerFinalistQrc(), true);
    Q_UNUSED(loaded);
}

} // namespace finalist
