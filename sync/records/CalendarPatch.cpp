#include "CalendarPatch.h"

#include "CalendarObject.h"
#include "formats/ICalendarLines.h"
#include "formats/VCard.h"

namespace finalist::sync {

namespace {

bool isBookkeeping(const QByteArray& name)
{
    return name == "UID" || name == "DTSTAMP" || name == "CREATED" || name == "LAST-MODIFIED"
        || name == "SEQUENCE";
}

bool isOwned(const CalendarRecord& ours, const QByteArray& name)
{
    return ours.owned.contains(name) || name.startsWith("X-FINALIST-") || isBookkeeping(name);
}

// The calendar's own properties Finalist writes itself.
bool isFrame(const QByteArray& name)
{
    return name == "VERSION" || name == "PRODID" || name == "METHOD"; // no METHOD in CalDAV
}

} // namespace

QByteArray patchCalendar(const QByteArray& serverData, const CalendarRecord& ours,
                         const QString& uid, const QDateTime& stamp)
{
    const std::optional<CalendarComponent> server
        = serverData.isEmpty() ? std::nullopt : readCalendar(serverData);
    const CalendarComponent* serverRecord = server ? server->main(ours.component) : nullptr;

    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Finalist//Sync//EN\r\n";
    if (server) {
        for (const ical::ContentLine& line : server->properties) {
            if (!isFrame(line.name))
                out += VCard::fold(line.raw);
        }
        // Time zones first, as writers put them; then anything else the object holds.
        for (const CalendarComponent& other : server->components) {
            if (other.name == "VTIMEZONE")
                out += writeComponent(other);
        }
    }
    const QString created = serverRecord && serverRecord->property("CREATED")
        ? QString::fromUtf8(serverRecord->property("CREATED")->raw)
        : QStringLiteral("CREATED:") + utcText(stamp);
    const int sequence = serverRecord && serverRecord->property("SEQUENCE")
        ? serverRecord->property("SEQUENCE")->value.trimmed().toInt() + 1
        : 0;
    QStringList lines{ QStringLiteral("BEGIN:") + QString::fromLatin1(ours.component),
                       QStringLiteral("UID:") + ical::escapeText(uid),
                       QStringLiteral("DTSTAMP:") + utcText(stamp),
                       created,
                       QStringLiteral("LAST-MODIFIED:") + utcText(stamp),
                       QStringLiteral("SEQUENCE:") + QString::number(sequence) };
    lines += ours.lines;
    for (const QString& line : lines)
        out += foldLine(line);
    if (serverRecord) {
        for (const ical::ContentLine& line : serverRecord->properties) {
            if (!isOwned(ours, line.name))
                out += VCard::fold(line.raw);
        }
        for (const CalendarComponent& inner : serverRecord->components)
            out += writeComponent(inner);
    } else {
        for (const QString& line : ours.linesWhenNew)
            out += foldLine(line);
    }
    out += foldLine(QStringLiteral("END:") + QString::fromLatin1(ours.component));
    if (server) {
        for (const CalendarComponent& other : server->components) {
            if (other.name != "VTIMEZONE" && &other != serverRecord)
                out += writeComponent(other);
        }
    }
    return out + "END:VCALENDAR\r\n";
}

} // namespace finalist::sync
