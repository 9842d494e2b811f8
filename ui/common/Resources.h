#pragma once

namespace finalist {

// Registers what resources/finalist.qrc compiles into the ui library (the icon, the user
// guide). A static library's resources are linked only when something names them, so whatever
// reads them calls this first; calling it again does nothing.
void loadUiResources();

} // namespace finalist
