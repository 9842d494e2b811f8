#include "LinkedInConnections.h"

#include "ExportDate.h"
#include "LinkedInConnectionsReader.h"

#include <QBuffer>

namespace finalist {

QDate LinkedInConnections::parseDate(const QString& text)
{
    return ExportDate::parse(text).date;
}

bool LinkedInConnections::isConnections(const QByteArray& head)
{
    // UTF-16 without its zero bytes is ASCII enough for column names; spaces go, so "First
    // Name" and "FirstName" are one.
    QString text = QString::fromUtf8(QByteArray(head).replace('\0', QByteArray())).toLower();
    text.remove(QLatin1Char(' '));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("firstname")) || !line.contains(QLatin1String("lastname")))
            continue;
        if (line.contains(QLatin1String("connectedon"))
            || (line.contains(QLatin1String("url")) && line.contains(QLatin1String("position")))
            || (line.contains(QLatin1String("emails"))
                && line.contains(QLatin1String("companies"))))
            return true;
    }
    return false;
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
