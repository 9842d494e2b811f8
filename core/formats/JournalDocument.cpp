#include "JournalDocument.h"

#include "i18n/DateText.h"

#include <QCoreApplication>

namespace finalist {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("JournalDocument", text);
}
} // namespace

QString titleOf(const JournalEntry& entry)
{
    if (!entry.title.trimmed().isEmpty())
        return entry.title.trimmed();
    return tr("Reflection of %1").arg(dates::shortDate(entry.writtenOn));
}

std::vector<JournalSection> sectionsOf(const JournalDocumentEntry& item)
{
    const JournalEntry& e = item.entry;
    QStringList job;
    if (!e.jobIdeal.isEmpty())
        job << tr("What felt ideal: %1").arg(e.jobIdeal);
    if (!e.jobNotIdeal.isEmpty())
        job << tr("What did not fit: %1").arg(e.jobNotIdeal);
    if (e.gutRating > 0)
        job << tr("Gut feeling: %1/5 %2").arg(e.gutRating).arg(e.gutReason).trimmed();
    QString learned = e.learned;
    for (const Lesson& lesson : item.lessons)
        learned += QStringLiteral("\n- ") + lesson.text;
    std::vector<JournalSection> sections{
        { tr("1. The experience"), e.experience },
        { tr("2. The job itself"), job.join(QStringLiteral("\n\n")) },
        { tr("3. Relationships"), e.relationships },
        { tr("4. What I learned about myself"), learned.trimmed() },
        { tr("5. Momentum"), e.momentum },
        { tr("Notes"), e.notes },
    };
    std::erase_if(sections, [](const JournalSection& s) { return s.text.trimmed().isEmpty(); });
    return sections;
}

} // namespace finalist
