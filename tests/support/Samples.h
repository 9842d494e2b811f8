#pragma once

#include <QString>

namespace finalist::test {

// Text that breaks careless code: emoji with joiners, right-to-left script, combining marks,
// quotes and SQL-looking fragments.
QString hardText();

} // namespace finalist::test
