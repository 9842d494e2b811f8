#include "ContactUid.h"

#include <QUuid>

namespace finalist {

QString contactUid(qint64 id, const QString& createdAt)
{
    // A name-based (version 5) UUID in a namespace of Finalist's own.
    static const QUuid finalistContacts(QStringLiteral("{6f1c2a8e-3b4d-5e6f-9a0b-1c2d3e4f5a6b}"));
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(finalistContacts,
                              QStringLiteral("contact:%1:%2").arg(id).arg(createdAt))
              .toString(QUuid::WithoutBraces);
}

} // namespace finalist
