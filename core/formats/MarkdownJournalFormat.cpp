#include "MarkdownJournalFormat.h"

#include <QCoreApplication>

namespace finalist {

QByteArray MarkdownJournalFormat::render(const JournalDocument& document) const
{
    QString out;
    for (const JournalDocumentEntry& item : document) {
        const JournalEntry& e = item.entry;
        if (!out.isEmpty())
            out += QStringLiteral("\n---\n\n");
        out += QStringLiteral("# %1\n\n").arg(titleOf(e));
        QStringList facts{ QStringLiteral("*%1*").arg(e.writtenOn.toString(Qt::ISODate)) };
        if (!item.opportunityLabel.isEmpty())
            facts << item.opportunityLabel;
        if (e.mood > 0)
            facts << QCoreApplication::translate("JournalDocument", "mood %1/5").arg(e.mood);
        if (!e.tags.isEmpty())
            facts << QStringLiteral("#") + e.tags.join(QStringLiteral(" #"));
        out += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
        // The user's text already is Markdown, so it goes in as written.
        for (const JournalSection& section : sectionsOf(item))
            out += QStringLiteral("## %1\n\n%2\n\n").arg(section.heading, section.text.trimmed());
    }
    return out.toUtf8();
}

} // namespace finalist
