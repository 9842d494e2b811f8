#pragma once

#include <QString>
#include <QtGlobal>

namespace finalist {

// What every stored row has: an id (0 until saved) and its UTC timestamps.
struct Record
{
    qint64 id = 0;
    QString createdAt;
    QString updatedAt;
};

} // namespace finalist
