#include "JournalComponent.h"

#include "JournalDescription.h"
#include "JournalFields.h"

namespace finalist::sync {

namespace {

void put(RecordFields& fields, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        fields.insert(name, value);
}

QString isoDay(const ical::ContentLine* line)
{
    const std::optional<QDate> day = line ? dayOf(*line) : std::nullopt;
    return day ? day->toString(Qt::ISODate) : QString();
}

QString ratingOf(const CalendarComponent& journal, const char* name)
{
    const int value = journal.text(name).trimmed().toInt();
    return value > 0 ? QString::number(value) : QString();
}

} // namespace

RecordFields journalComponentFields(const CalendarComponent& journal)
{
    RecordFields fields;
    put(fields, QStringLiteral("title"), journal.text("SUMMARY"));
    // Written: DTSTART; a note without a day (jtx Board's) counts from when it was made.
    for (const char* name : { "DTSTART", "CREATED", "DTSTAMP" }) {
        if (const QString day = isoDay(journal.property(name)); !day.isEmpty()) {
            put(fields, QStringLiteral("writtenOn"), day);
            break;
        }
    }
    QStringList descriptions;
    QStringList tags;
    for (const ical::ContentLine& line : journal.properties) {
        if (line.name == "DESCRIPTION")
            descriptions << ical::unescapeText(line.value);
        else if (line.name == "CATEGORIES")
            tags += textList(line.value);
    }
    readJournalDescription(descriptions.join(QStringLiteral("\n\n")), fields);
    put(fields, QStringLiteral("tags"), journalTags(tags).join(QLatin1Char('\n')));
    put(fields, QStringLiteral("opportunity"), journal.text("X-FINALIST-OPPORTUNITY").trimmed());
    put(fields, QStringLiteral("mood"), ratingOf(journal, "X-FINALIST-MOOD"));
    put(fields, QStringLiteral("gutRating"), ratingOf(journal, "X-FINALIST-GUT-RATING"));
    put(fields, QStringLiteral("revisitOn"), isoDay(journal.property("X-FINALIST-REVISIT-ON")));
    return fields;
}

CalendarRecord journalRecord(const RecordFields& fields, const CalendarComponent* server)
{
    CalendarRecord record;
    record.component = "VJOURNAL";
    record.owned = { "SUMMARY", "DTSTART", "DESCRIPTION", "CATEGORIES" };
    QStringList& lines = record.lines;
    if (const QString title = fields.value(QStringLiteral("title")); !title.isEmpty())
        lines << QStringLiteral("SUMMARY:") + ical::escapeText(title);
    const QDate written = QDate::fromString(fields.value(QStringLiteral("writtenOn")), Qt::ISODate);
    const ical::ContentLine* start = server ? server->property("DTSTART") : nullptr;
    if (start && dayOf(*start) == written)
        lines << QString::fromUtf8(start->raw);
    else if (written.isValid())
        lines << dayLine("DTSTART", written, start);
    if (const QString description = journalDescription(fields); !description.isEmpty())
        lines << QStringLiteral("DESCRIPTION:") + ical::escapeText(description);
    if (const QString tags = fields.value(QStringLiteral("tags")); !tags.isEmpty()) {
        QStringList escaped;
        for (const QString& tag : tags.split(QLatin1Char('\n')))
            escaped << ical::escapeText(tag);
        lines << QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(','));
    }
    if (const QString opportunity = fields.value(QStringLiteral("opportunity"));
        !opportunity.isEmpty())
        lines << QStringLiteral("X-FINALIST-OPPORTUNITY:") + ical::escapeText(opportunity);
    for (const auto& [field, property] :
         { std::pair{ "mood", "X-FINALIST-MOOD" }, { "gutRating", "X-FINALIST-GUT-RATING" } }) {
        if (const QString value = fields.value(QLatin1String(field)); !value.isEmpty())
            lines << QLatin1String(property) + QLatin1Char(':') + value;
    }
    const QDate revisit = QDate::fromString(fields.value(QStringLiteral("revisitOn")), Qt::ISODate);
    if (revisit.isValid())
        lines << QStringLiteral("X-FINALIST-REVISIT-ON;VALUE=DATE:") + dateText(revisit);
    return record;
}

} // namespace finalist::sync
