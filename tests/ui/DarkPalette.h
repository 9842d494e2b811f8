#pragma once

#include "common/Palettes.h"

namespace finalist::test {

// The app's own dark palette, as Preferences ▸ Appearance ▸ Dark sets it.
inline QPalette darkPalette()
{
    return finalist::darkPalette();
}

} // namespace finalist::test
