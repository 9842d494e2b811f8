#include "JournalDescription.h"

#include <optional>
#include <QRegularExpression>

namespace finalist::sync {

namespace {

struct Step
{
    const char* field;
    const char* heading; // not translated: read back by every Finalist
};

const Step kSteps[] = {
    { "experience", "The experience" },
    { "jobIdeal", "The job: what was ideal" },
    { "jobNotIdeal", "The job: what was not ideal" },
    { "gutReason", "The job: gut feeling" },
    { "relationships", "Relationships" },
    { "learned", "What I learned" },
    { "momentum", "Momentum" },
    { "notes", "Notes" },
};

// "## Title" (an ATX heading of level two); its title, else nothing.
std::optional<QString> headingOf(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral("^##(?:[ \\t]+(.*))?$"));
    const QRegularExpressionMatch match = heading.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+$"));
    return match.captured(1).trimmed().remove(closing); // "## Notes ##" closes with hashes
}

// Whether a line, with any backslashes before it taken off, would read as a heading.
bool hidesHeading(const QString& line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == QLatin1Char('\\'))
        ++i;
    return headingOf(line.mid(i)).has_value();
}

QString escaped(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (hidesHeading(line))
            line.prepend(QLatin1Char('\\'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString unescaped(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('\\')) && hidesHeading(line))
            line.remove(0, 1);
    }
    return lines.join(QLatin1Char('\n'));
}

const char* fieldOfHeading(const QString& title)
{
    for (const Step& step : kSteps) {
        if (title.compare(QLatin1String(step.heading), Qt::CaseInsensitive) == 0)
            return step.field;
    }
    return nullptr;
}

// One part of the text: what came before the first heading, or a heading and what follows it.
struct Section
{
    QString headingLine; // empty before the first heading
    const char* field = nullptr; // null: not a step Finalist knows
    QStringList lines;
};

void append(RecordFields& fields, const QString& name, const QString& text)
{
    const QString before = fields.value(name);
    fields.insert(name, before.isEmpty() ? text : before + QStringLiteral("\n\n") + text);
}

} // namespace

const QStringList& journalStepFieldNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const Step& step : kSteps)
            all << QLatin1String(step.field);
        return all;
    }();
    return names;
}

QString journalDescription(const RecordFields& fields)
{
    QStringList sections;
    for (const Step& step : kSteps) {
        const QString text = fields.value(QLatin1String(step.field));
        if (!text.isEmpty())
            sections << QStringLiteral("## ") + QLatin1String(step.heading) + QLatin1Char('\n')
                    + escaped(text);
    }
    return sections.join(QStringLiteral("\n\n"));
}

void readJournalDescription(const QString& text, RecordFields& fields)
{
    std::vector<Section> sections(1);
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (const std::optional<QString> title = headingOf(line))
            sections.push_back(Section{ line, fieldOfHeading(*title), {} });
        else
            sections.back().lines << line;
    }
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const Section& section = sections[i];
        QString body = section.lines.join(QLatin1Char('\n'));
        // The blank line before the next heading parts the sections; it is no one's text.
        if (i + 1 < sections.size() && body.endsWith(QLatin1Char('\n')))
            body.chop(1);
        body = unescaped(body);
        if (section.field && !body.isEmpty()) {
            append(fields, QLatin1String(section.field), body);
        } else if (!section.field && section.headingLine.isEmpty()) {
            if (!body.isEmpty())
                append(fields, QStringLiteral("notes"), body);
        } else if (!section.field) {
            append(fields, QStringLiteral("notes"),
                   body.isEmpty() ? section.headingLine
                                  : section.headingLine + QLatin1Char('\n') + body);
        }
    }
}

} // namespace finalist::sync
