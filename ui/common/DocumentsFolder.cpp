#include "DocumentsFolder.h"

#include <QDir>
#include <QStandardPaths>

namespace finalist {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).exists() ? folder : QDir::homePath();
}

} // namespace finalist
