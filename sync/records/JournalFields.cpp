#include "JournalFields.h"

#include "formats/ICalendarLines.h"

#include <algorithm>
#include <QCoreApplication>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(JournalFields)
};

void put(RecordFields& fields, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        fields.insert(name, value);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString rating(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

const std::pair<const char*, QString JournalEntry::*> kTexts[] = {
    { "title", &JournalEntry::title },         { "experience", &JournalEntry::experience },
    { "jobIdeal", &JournalEntry::jobIdeal },   { "jobNotIdeal", &JournalEntry::jobNotIdeal },
    { "gutReason", &JournalEntry::gutReason }, { "relationships", &JournalEntry::relationships },
    { "learned", &JournalEntry::learned },     { "momentum", &JournalEntry::momentum },
    { "notes", &JournalEntry::notes },
};

} // namespace

QStringList journalTags(const QStringList& tags)
{
    QStringList kept;
    for (const QString& raw : tags) {
        const QString tag = ical::singleLine(raw);
        if (!tag.isEmpty() && !kept.contains(tag, Qt::CaseInsensitive))
            kept << tag;
    }
    std::sort(kept.begin(), kept.end(), [](const QString& x, const QString& y) {
        const int folded = x.compare(y, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : x < y;
    });
    return kept;
}

RecordFields journalFields(const JournalEntry& entry, const QString& opportunity)
{
    RecordFields fields;
    for (const auto& [name, member] : kTexts)
        put(fields, QLatin1String(name), entry.*member);
    put(fields, QStringLiteral("writtenOn"), isoDate(entry.writtenOn));
    put(fields, QStringLiteral("gutRating"), rating(entry.gutRating));
    put(fields, QStringLiteral("mood"), rating(entry.mood));
    put(fields, QStringLiteral("revisitOn"), isoDate(entry.revisitOn));
    put(fields, QStringLiteral("tags"), journalTags(entry.tags).join(QLatin1Char('\n')));
    put(fields, QStringLiteral("opportunity"), opportunity);
    return fields;
}

void applyJournalFields(JournalEntry& entry, const RecordFields& fields)
{
    for (const auto& [name, member] : kTexts)
        entry.*member = fields.value(QLatin1String(name));
    entry.writtenOn = QDate::fromString(fields.value(QStringLiteral("writtenOn")), Qt::ISODate);
    // Out of range (a phone's 7 of 10) is no rating rather than a record refused.
    const auto ratingOf = [&fields](const char* name) {
        const int value = fields.value(QLatin1String(name)).toInt();
        return value >= 1 && value <= 5 ? value : 0;
    };
    entry.gutRating = ratingOf("gutRating");
    entry.mood = ratingOf("mood");
    entry.revisitOn = QDate::fromString(fields.value(QStringLiteral("revisitOn")), Qt::ISODate);
    const QString tags = fields.value(QStringLiteral("tags"));
    entry.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
}

QString journalFieldLabel(const QString& name)
{
    static const std::pair<const char*, const char*> labels[] = {
        { "title", QT_TRANSLATE_NOOP("JournalFields", "Title") },
        { "writtenOn", QT_TRANSLATE_NOOP("JournalFields", "Written on") },
        { "experience", QT_TRANSLATE_NOOP("JournalFields", "The experience") },
        { "jobIdeal", QT_TRANSLATE_NOOP("JournalFields", "What was ideal") },
        { "jobNotIdeal", QT_TRANSLATE_NOOP("JournalFields", "What was not ideal") },
        { "gutRating", QT_TRANSLATE_NOOP("JournalFields", "Gut rating") },
        { "gutReason", QT_TRANSLATE_NOOP("JournalFields", "Gut feeling") },
        { "relationships", QT_TRANSLATE_NOOP("JournalFields", "Relationships") },
        { "learned", QT_TRANSLATE_NOOP("JournalFields", "What I learned") },
        { "momentum", QT_TRANSLATE_NOOP("JournalFields", "Momentum") },
        { "notes", QT_TRANSLATE_NOOP("JournalFields", "Notes") },
        { "mood", QT_TRANSLATE_NOOP("JournalFields", "Mood") },
        { "revisitOn", QT_TRANSLATE_NOOP("JournalFields", "Revisit on") },
        { "tags", QT_TRANSLATE_NOOP("JournalFields", "Tags") },
        { "opportunity", QT_TRANSLATE_NOOP("JournalFields", "Opportunity") },
    };
    for (const auto& [key, label] : labels) {
        if (name == QLatin1String(key))
            return Texts::tr(label);
    }
    return name;
}

} // namespace finalist::sync
