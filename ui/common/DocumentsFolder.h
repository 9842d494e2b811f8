#pragma once

#include <QString>

namespace finalist {

// Where file dialogs start: the user's Documents folder, or their home folder while a new
// account has no Documents folder yet (a dialog would offer "Documents" as a file name, and an
// export into it would fail).
QString documentsFolder();

} // namespace finalist
