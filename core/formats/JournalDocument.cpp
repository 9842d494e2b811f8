#include "JournalDocument.h"

#include "i18n/DateText.h"

#include <QCoreApplication>

namespace finalist {

namespace {
// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(JournalDocument)
};
} // namespace

QString titleOf(const JournalEntry& entry)
{
    if (!entry.title.trimmed().isEmpty())
        return entry.title.trimmed();
    return Texts::tr("Reflection of %1").arg(dates::shortDate(entry.writtenOn));
}

std::vector<JournalSection> sectionsOf(const JournalDocumentEntry& item)
{
    const JournalEntry& e = item.entry;
    QStringList job;
    if (!e.jobIdeal.isEmpty())
        job << Texts::tr("What felt ideal: %1").arg(e.jobIdeal);
    if (!e.jobNotIdeal.isEmpty())
        job << Texts::tr("What did not fit: %1").arg(e.jobNotIdeal);
    if (e.gutRating > 0)
        job << Texts::tr("Gut feeling: %1/5 %2").arg(e.gutRating).arg(e.gutReason).trimmed();
    QString learned = e.learned;
    for (const Lesson& lesson : item.lessons)
        learned += QStringLiteral("\n- ") + lesson.text;
    std::vector<JournalSection> sections{
        { Texts::tr("1. The experience"), e.experience },
        { Texts::tr("2. The job itself"), job.join(QStringLiteral("\n\n")) },
        { Texts::tr("3. Relationships"), e.relationships },
        { Texts::tr("4. What I learned about myself"), learned.trimmed() },
        { Texts::tr("5. Momentum"), e.momentum },
        { Texts::tr("Notes"), e.notes },
    };
    std::erase_if(sections, [](const JournalSection& s) { return s.text.trimmed().isEmpty(); });
    return sections;
}

} // namespace finalist
