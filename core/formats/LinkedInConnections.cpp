#include "LinkedInConnections.h"

#include "LinkedInConnectionsReader.h"

#include <QBuffer>

namespace finalist {

QDate LinkedInConnections::parseDate(const QString& text)
{
    // "12 Mar 2024" by hand: QLocale's parser is slow for thirty thousand rows.
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")
    };
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() == 3) {
        bool dayOk = false, yearOk = false;
        const int day = parts[0].toInt(&dayOk);
        const int year = parts[2].toInt(&yearOk);
        const int month = int(months.indexOf(parts[1].left(3).toLower())) + 1;
        if (dayOk && yearOk && month > 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text.trimmed(), Qt::ISODate);
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
