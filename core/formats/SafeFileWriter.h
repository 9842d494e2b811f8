#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace finalist {

// Writes a whole file or nothing (QSaveFile): a failed export never leaves a partial file, and
// an existing file keeps its old content.
Status writeFileAtomically(const QString& path, const QByteArray& content);

} // namespace finalist
