#include "ContactDetails.h"

namespace finalist {

QStringList standardDetailLabels()
{
    return { QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("mobile"),
             QStringLiteral("other") };
}

QString standardLabelOf(QStringView written)
{
    const QStringView label = written.trimmed();
    for (const QString& standard : standardDetailLabels())
        if (label.compare(standard, Qt::CaseInsensitive) == 0)
            return standard;
    for (const char* mobile : { "cell", "cellular", "iphone" })
        if (label.compare(QLatin1String(mobile), Qt::CaseInsensitive) == 0)
            return QStringLiteral("mobile");
    return {};
}

bool isLinkedInAddress(QStringView url)
{
    return url.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive);
}

namespace address {

QStringList parts(const QString& value)
{
    QStringList list = value.split(QLatin1Char('\n'));
    while (list.size() < PartCount)
        list << QString();
    if (list.size() > PartCount) // more lines than parts: the rest stays with the country
        list = list.mid(0, PartCount - 1) << list.mid(PartCount - 1).join(QLatin1Char(' '));
    return list;
}

QString fromParts(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts)
        kept << QString(part).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
    while (!kept.isEmpty() && kept.back().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

QString oneLine(const QString& value)
{
    const QStringList p = parts(value);
    const QString town = QStringList{ p[PostalCode], p[Locality] }.join(QLatin1Char(' ')).trimmed();
    QStringList shown;
    for (const QString& piece :
         { p[PostOfficeBox], p[Extended], p[Street], town, p[Region], p[Country] })
        if (!piece.trimmed().isEmpty())
            shown << piece.trimmed();
    return shown.join(QStringLiteral(", "));
}

} // namespace address

} // namespace finalist
