#include "MarkdownJournalFormat.h"

#include "PortableMarkdown.h"

#include <QCoreApplication>

namespace finalist {

QByteArray MarkdownJournalFormat::render(const JournalDocument& document) const
{
    QString out;
    for (const JournalDocumentEntry& item : document) {
        const JournalEntry& e = item.entry;
        if (!out.isEmpty())
            out += QStringLiteral("\n---\n\n");
        out += QStringLiteral("# %1\n\n").arg(PortableMarkdown::escaped(titleOf(e)));
        QStringList facts{ QStringLiteral("*%1*").arg(e.writtenOn.toString(Qt::ISODate)) };
        if (!item.opportunityLabel.isEmpty())
            facts << PortableMarkdown::escaped(item.opportunityLabel);
        if (e.mood > 0)
            facts << QCoreApplication::translate("JournalDocument", "mood %1/5").arg(e.mood);
        if (!e.tags.isEmpty())
            facts << PortableMarkdown::escaped(QStringLiteral("#")
                                               + e.tags.join(QStringLiteral(" #")));
        out += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
        // The user's text already is Markdown, so it goes in as written, with the blank lines
        // the older readers need to see its lists and headings.
        for (const JournalSection& section : sectionsOf(item))
            out += QStringLiteral("## %1\n\n%2\n\n")
                       .arg(PortableMarkdown::escaped(section.heading),
                            PortableMarkdown::blocks(section.text.trimmed()));
    }
    return out.toUtf8();
}

} // namespace finalist
