#include "TodoComponent.h"

#include "domain/Enums.h"

#include <algorithm>

namespace finalist::sync {

namespace {

// Fixed words, not translated: what another Finalist, in any language, reads back.
const QString kWith = QStringLiteral("With: ");
const QString kOpportunity = QStringLiteral("Opportunity: ");

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

bool startsWithLabel(const QString& line)
{
    return line.startsWith(kWith, Qt::CaseInsensitive)
        || line.startsWith(kOpportunity, Qt::CaseInsensitive);
}

// DESCRIPTION: another client's text, then Finalist's lines as the last paragraph.
void readDescription(const QString& text, RecordFields& fields)
{
    const qsizetype cut = text.lastIndexOf(QStringLiteral("\n\n"));
    const QString last = cut < 0 ? text : text.mid(cut + 2);
    const QStringList lines = last.split(QLatin1Char('\n'));
    if (last.isEmpty() || !std::all_of(lines.begin(), lines.end(), startsWithLabel)) {
        put(fields, QStringLiteral("description"), text);
        return;
    }
    put(fields, QStringLiteral("description"), cut < 0 ? QString() : text.left(cut));
    for (const QString& line : lines) {
        if (line.startsWith(kWith, Qt::CaseInsensitive))
            put(fields, QStringLiteral("contact"), line.mid(kWith.size()).trimmed());
        else
            put(fields, QStringLiteral("opportunity"), line.mid(kOpportunity.size()).trimmed());
    }
}

QString statusOf(const CalendarComponent& todo)
{
    const QString status = todo.text("STATUS").trimmed().toUpper();
    if (status == QLatin1String("COMPLETED") || (status.isEmpty() && todo.property("COMPLETED")))
        return enumKey(FollowUpStatus::Done);
    if (status == QLatin1String("CANCELLED"))
        return enumKey(FollowUpStatus::Cancelled);
    // Still to do for the other client: snoozed if Finalist said so, else open.
    const QString own = todo.text("X-FINALIST-STATUS").trimmed();
    return own == enumKey(FollowUpStatus::Snoozed) ? own : enumKey(FollowUpStatus::Open);
}

QString descriptionOf(const RecordFields& fields)
{
    QStringList block;
    if (const QString contact = fields.value(QStringLiteral("contact")); !contact.isEmpty())
        block << kWith + contact;
    if (const QString opportunity = fields.value(QStringLiteral("opportunity"));
        !opportunity.isEmpty())
        block << kOpportunity + opportunity;
    QStringList parts;
    if (const QString own = fields.value(QStringLiteral("description")); !own.isEmpty())
        parts << own;
    if (!block.isEmpty())
        parts << block.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("\n\n"));
}

QString rawOf(const ical::ContentLine* line)
{
    return line ? QString::fromUtf8(line->raw) : QString();
}

// DUE on the day, and the server's DTSTART while it still fits (a DTSTART after the due day,
// or of another value type than DUE, would break RFC 5545 3.8.2.3).
void dueLines(QDate due, const CalendarComponent* server, QStringList& lines)
{
    const ical::ContentLine* serverDue = server ? server->property("DUE") : nullptr;
    const ical::ContentLine* serverStart = server ? server->property("DTSTART") : nullptr;
    QString dueLine;
    if (serverDue && dayOf(*serverDue) == due)
        dueLine = rawOf(serverDue);
    else
        dueLine = dayLine("DUE", due, serverDue ? serverDue : serverStart);
    lines << dueLine;
    if (!serverStart)
        return;
    const bool dueHasTime = dueLine.section(QLatin1Char(':'), -1).contains(QLatin1Char('T'));
    const bool startHasTime = serverStart->value.contains(QLatin1Char('T'));
    const std::optional<QDate> start = dayOf(*serverStart);
    if (start && *start <= due && dueHasTime == startHasTime)
        lines << rawOf(serverStart);
}

void statusLines(const RecordFields& fields, const CalendarComponent* server, QStringList& lines)
{
    const auto status = enumFromKey<FollowUpStatus>(fields.value(QStringLiteral("status")))
                            .value_or(FollowUpStatus::Open);
    const ical::ContentLine* percent = server ? server->property("PERCENT-COMPLETE") : nullptr;
    const bool partly = percent && percent->value.trimmed().toInt() < 100;
    switch (status) {
    case FollowUpStatus::Open:
    case FollowUpStatus::Snoozed:
        // Started on a phone (IN-PROCESS, 40 %): still to do for Finalist, so it stays.
        if (server && server->text("STATUS").trimmed().toUpper() == QLatin1String("IN-PROCESS"))
            lines << rawOf(server->property("STATUS"));
        else
            lines << QStringLiteral("STATUS:NEEDS-ACTION");
        if (partly)
            lines << rawOf(percent);
        break;
    case FollowUpStatus::Done: {
        lines << QStringLiteral("STATUS:COMPLETED");
        const QDate doneOn = QDate::fromString(fields.value(QStringLiteral("doneOn")), Qt::ISODate);
        const ical::ContentLine* completed = server ? server->property("COMPLETED") : nullptr;
        if (completed && dayOf(*completed) == doneOn)
            lines << rawOf(completed);
        else if (doneOn.isValid())
            lines << QStringLiteral("COMPLETED:") + utcText(QDateTime(doneOn, QTime(12, 0)));
        lines << QStringLiteral("PERCENT-COMPLETE:100");
        break;
    }
    case FollowUpStatus::Cancelled:
        lines << QStringLiteral("STATUS:CANCELLED");
        if (partly)
            lines << rawOf(percent);
        break;
    }
    lines << QStringLiteral("X-FINALIST-STATUS:") + enumKey(status);
}

} // namespace

RecordFields todoFields(const CalendarComponent& todo)
{
    RecordFields fields;
    put(fields, QStringLiteral("reason"), todo.text("SUMMARY").trimmed());
    // Due: DUE; else when it starts, else when it was made (a phone's task may have no day).
    for (const char* name : { "DUE", "DTSTART", "CREATED", "DTSTAMP" }) {
        if (const QString day = isoDay(todo.property(name)); !day.isEmpty()) {
            put(fields, QStringLiteral("dueOn"), day);
            break;
        }
    }
    const QString status = statusOf(todo);
    put(fields, QStringLiteral("status"), status);
    if (status == enumKey(FollowUpStatus::Done))
        put(fields, QStringLiteral("doneOn"), isoDay(todo.property("COMPLETED")));
    const auto kind = enumFromKey<FollowUpKind>(todo.text("X-FINALIST-KIND").trimmed());
    put(fields, QStringLiteral("kind"), enumKey(kind.value_or(FollowUpKind::Action)));
    readDescription(todo.text("DESCRIPTION"), fields);
    put(fields, QStringLiteral("contactUid"), todo.text("X-FINALIST-CONTACT").trimmed());
    if (const QString opportunity = todo.text("X-FINALIST-OPPORTUNITY").trimmed();
        !opportunity.isEmpty())
        fields.insert(QStringLiteral("opportunity"), opportunity);
    return fields;
}

CalendarRecord todoRecord(const RecordFields& fields, const CalendarComponent* server)
{
    CalendarRecord record;
    record.component = "VTODO";
    record.owned
        = { "SUMMARY", "DUE", "DTSTART", "STATUS", "COMPLETED", "PERCENT-COMPLETE", "DESCRIPTION" };
    const QString reason = ical::escapeText(fields.value(QStringLiteral("reason")));
    QStringList& lines = record.lines;
    lines << QStringLiteral("SUMMARY:") + reason;
    const QDate due = QDate::fromString(fields.value(QStringLiteral("dueOn")), Qt::ISODate);
    if (due.isValid())
        dueLines(due, server, lines);
    statusLines(fields, server, lines);
    if (const QString description = descriptionOf(fields); !description.isEmpty())
        lines << QStringLiteral("DESCRIPTION:") + ical::escapeText(description);
    lines << QStringLiteral("X-FINALIST-KIND:") + fields.value(QStringLiteral("kind"));
    if (const QString uid = fields.value(QStringLiteral("contactUid")); !uid.isEmpty())
        lines << QStringLiteral("X-FINALIST-CONTACT:") + ical::escapeText(uid);
    if (const QString opportunity = fields.value(QStringLiteral("opportunity"));
        !opportunity.isEmpty())
        lines << QStringLiteral("X-FINALIST-OPPORTUNITY:") + ical::escapeText(opportunity);
    // A reminder at nine on the due day, as the calendar export gives one (RFC 5545 3.8.6.3:
    // a to-do's alarm relates to its DUE). Only for a new one: the alarms are the phone's after.
    const QString status = fields.value(QStringLiteral("status"));
    if (due.isValid() && status != enumKey(FollowUpStatus::Done)
        && status != enumKey(FollowUpStatus::Cancelled)) {
        record.linesWhenNew << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
                            << QStringLiteral("DESCRIPTION:") + reason
                            << QStringLiteral("TRIGGER;RELATED=END:PT9H")
                            << QStringLiteral("END:VALARM");
    }
    return record;
}

} // namespace finalist::sync
