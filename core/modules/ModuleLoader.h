#pragma once

#include "Result.h"

namespace finalist::modules {

// Parts of Finalist that bring large libraries (libphonenumber with protobuf; Qt Network with the
// keychain) live in modules loaded on first use, so that a start or a command that needs none of
// them does not pay for loading them. A module is loaded once per process and never unloaded.
//
// Returns the module's entry point, the function `entry` it exports, or an Error naming the
// module and why it could not be loaded (missing, or built for another version).
Result<void*> entryPoint(const QString& module, const char* entry);

// Where the modules are looked for: $FINALIST_MODULE_DIR when set; else beside an installed
// program (LIBDIR/finalist, relative to its bin/); else, for a program run from the build tree,
// the build's modules folder.
QString folder();

} // namespace finalist::modules
