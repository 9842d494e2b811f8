#include "HtmlJournalFormat.h"

#include "Clock.h"
#include "i18n/DateText.h"
#include "MarkdownHtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace finalist {

QByteArray HtmlJournalFormat::render(const JournalDocument& document) const
{
    QString body;
    for (const JournalDocumentEntry& item : document) {
        const JournalEntry& e = item.entry;
        body += QStringLiteral("<article>\n<h1>%1</h1>\n").arg(titleOf(e).toHtmlEscaped());
        QStringList facts;
        // Written as the app writes it; the attribute keeps the day for machines, in any locale.
        if (e.writtenOn.isValid())
            facts << QStringLiteral("<time datetime=\"%1\">%2</time>")
                         .arg(toIsoDate(e.writtenOn), dates::longDate(e.writtenOn).toHtmlEscaped());
        if (!item.opportunityLabel.isEmpty())
            facts << item.opportunityLabel.toHtmlEscaped();
        if (!e.tags.isEmpty())
            facts << (QStringLiteral("#") + e.tags.join(QStringLiteral(" #"))).toHtmlEscaped();
        body
            += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));
        for (const JournalSection& section : sectionsOf(item)) {
            // The entry is <h1> and its steps <h2>, so the user's own headings start at <h3>.
            body
                += QStringLiteral("<h2>%1</h2>\n%2\n")
                       .arg(section.heading.toHtmlEscaped(), MarkdownHtml::render(section.text, 2));
        }
        body += QStringLiteral("</article>\n");
    }
    const QString title = QCoreApplication::translate("JournalDocument", "Finalist journal");
    // The language the app speaks, so readers and screen readers pick the right voice.
    const QString language = QLocale().uiLanguages().value(0, QStringLiteral("en"));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>body{font-family:sans-serif;max-width:44em;"
                          "margin:2em auto;line-height:1.5;color:#222}.facts{color:#666}"
                          "article+article{border-top:1px solid #ddd;margin-top:2em}</style>\n"
                          "</head><body>\n%2</body></html>\n")
        .arg(title.toHtmlEscaped(), body, language.toHtmlEscaped())
        .toUtf8();
}

} // namespace finalist
