#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace finalist {

// Writes a whole file or nothing (QSaveFile): a failed export never leaves a partial file, and
// an existing file keeps its old content. A new file is made readable by its owner only (0600);
// a file that existed keeps its permissions.
Status writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace finalist
