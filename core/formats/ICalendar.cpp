#include "ICalendar.h"

#include "ICalendarLines.h"

#include <QStringList>

namespace finalist {

namespace {

QString escaped(const QString& text)
{
    return ical::escapeText(text);
}

// Folds one content line: at most 75 octets, continuation lines start with a space.
QByteArray folded(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (int i = 0; i < utf8.size();) {
        int length = 1; // the octets of this character
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

QString date(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

// "followup-3-2026…@finalist" as a to-do: "followup-3-2026…-todo@finalist".
QString todoUid(const QString& uid)
{
    const qsizetype at = uid.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? uid + QStringLiteral("-todo")
                  : QString(uid).insert(at, QStringLiteral("-todo"));
}

// What a calendar is told about an item that is no longer to do.
QStringList statusLines(const CalendarItem& item, bool asTodo)
{
    switch (item.state) {
    case CalendarItem::State::Open:
        return { asTodo ? QStringLiteral("STATUS:NEEDS-ACTION")
                        : QStringLiteral("STATUS:CONFIRMED") };
    case CalendarItem::State::Done:
        if (asTodo)
            return { QStringLiteral("STATUS:COMPLETED"),
                     QStringLiteral("COMPLETED:") + date(item.finishedOn)
                         + QStringLiteral("T120000Z") };
        return { QStringLiteral("STATUS:CANCELLED") };
    case CalendarItem::State::Cancelled:
        return { QStringLiteral("STATUS:CANCELLED") };
    }
    return {};
}

// ORGANIZER;CN="Name":mailto:address. A parameter value cannot hold a double quote, and a
// line break would end the line, so those are dropped from the name.
QString organizerLine(const CalendarOrganizer& organizer)
{
    QString name = ical::singleLine(organizer.name);
    name.remove(QLatin1Char('"'));
    QString line = QStringLiteral("ORGANIZER");
    if (!name.isEmpty())
        line += QStringLiteral(";CN=\"%1\"").arg(name);
    return line + QStringLiteral(":mailto:") + ical::singleLine(organizer.email).remove(u' ');
}

} // namespace

QByteArray writeICalendar(const std::vector<CalendarItem>& items, const QDateTime& stamp,
                          bool asTodos, const CalendarOrganizer& organizer)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QStringList lines{ QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                       QStringLiteral("PRODID:-//Finalist//Follow-ups//EN"),
                       QStringLiteral("CALSCALE:GREGORIAN") };
    const QString component = asTodos ? QStringLiteral("VTODO") : QStringLiteral("VEVENT");
    for (const CalendarItem& item : items) {
        lines << QStringLiteral("BEGIN:") + component
              << QStringLiteral("UID:") + escaped(asTodos ? todoUid(item.uid) : item.uid)
              << QStringLiteral("DTSTAMP:") + dtstamp
              << QStringLiteral("SEQUENCE:") + QString::number(item.sequence);
        if (asTodos) {
            lines << QStringLiteral("DUE;VALUE=DATE:") + date(item.date);
        } else {
            lines << QStringLiteral("DTSTART;VALUE=DATE:") + date(item.date)
                  << QStringLiteral("DTEND;VALUE=DATE:") + date(item.date.addDays(1))
                  << QStringLiteral("TRANSP:TRANSPARENT");
        }
        if (!organizer.email.trimmed().isEmpty())
            lines << organizerLine(organizer);
        lines << QStringLiteral("SUMMARY:") + escaped(item.summary);
        if (!item.description.isEmpty())
            lines << QStringLiteral("DESCRIPTION:") + escaped(item.description);
        lines << statusLines(item, asTodos);
        if (item.state == CalendarItem::State::Open)
            lines << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
                  << QStringLiteral("DESCRIPTION:") + escaped(item.summary)
                  << (asTodos ? QStringLiteral("TRIGGER;RELATED=END:PT9H")
                              : QStringLiteral("TRIGGER;RELATED=START:PT9H"))
                  << QStringLiteral("END:VALARM");
        lines << QStringLiteral("END:") + component;
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString& line : lines)
        out += folded(line);
    return out;
}

} // namespace finalist
