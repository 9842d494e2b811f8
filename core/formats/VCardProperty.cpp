#include "VCardProperty.h"

#include "ICalendarLines.h"

namespace finalist::vcard {

QStringList components(const QString& value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == QLatin1Char(';')) {
            parts << ical::unescapeText(current);
            current.clear();
        } else {
            current += value[i];
        }
    }
    parts << ical::unescapeText(current);
    return parts;
}

// "item1.EMAIL;TYPE=INTERNET;CHARSET=UTF-8:ana@example.org". A colon inside a quoted
// parameter value does not end the name part.
bool parse(const QByteArray& line, Property& property)
{
    qsizetype colon = -1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            inQuotes = !inQuotes;
        else if (line[i] == ':' && !inQuotes) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return false;
    QList<QByteArray> parts = line.left(colon).split(';');
    QByteArray name = parts.takeFirst().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    property.name = name;
    property.parameters.clear();
    for (const QByteArray& parameter : parts)
        property.parameters << parameter.trimmed().toUpper();
    property.raw = line.mid(colon + 1);
    return true;
}

QList<QByteArray> typesOf(const Property& property)
{
    QList<QByteArray> types;
    for (const QByteArray& parameter : property.parameters) {
        QByteArray list;
        if (parameter.startsWith("TYPE="))
            list = parameter.mid(5);
        else if (!parameter.contains('='))
            list = parameter; // 2.1 writes the type alone
        else
            continue;
        for (QByteArray type : list.split(',')) {
            type = type.trimmed();
            if (type.startsWith('"'))
                type = type.mid(1);
            if (type.endsWith('"'))
                type.chop(1);
            if (!type.isEmpty())
                types << type;
        }
    }
    return types;
}

bool isPreferred(const Property& property)
{
    return typesOf(property).contains("PREF") || property.parameters.contains("PREF=1");
}

} // namespace finalist::vcard
