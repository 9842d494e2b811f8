#pragma once

#include <QPalette>

namespace finalist {

// A complete dark palette: every role the widgets and the glyphs read, in both colour groups.
// Preferences ▸ Appearance ▸ Dark uses it where the desktop offers none.
QPalette darkPalette();

} // namespace finalist
