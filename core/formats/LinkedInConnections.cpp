#include "LinkedInConnections.h"

#include "ExportDate.h"
#include "LinkedInConnectionsReader.h"

#include <QBuffer>

namespace finalist {

QDate LinkedInConnections::parseDate(const QString& text)
{
    return ExportDate::parse(text).date;
}

Result<ContactFileContents> LinkedInConnections::read(const QByteArray& bytes,
                                                      std::optional<TextEncoding> encoding)
{
    QByteArray shared = bytes;
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    LinkedInConnectionsReader reader(buffer, encoding);
    return readAllContacts(reader);
}

} // namespace finalist
