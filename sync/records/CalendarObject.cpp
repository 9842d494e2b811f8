#include "CalendarObject.h"

#include "formats/ICalendarTimeZone.h"
#include "formats/VCard.h"

namespace finalist::sync {

namespace {

bool isDateOnly(const ical::ContentLine& line)
{
    return line.parameter("VALUE").compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0
        || line.value.trimmed().size() == 8;
}

void writeInto(const CalendarComponent& component, QByteArray& out)
{
    out += VCard::fold("BEGIN:" + component.name);
    for (const ical::ContentLine& line : component.properties)
        out += VCard::fold(line.raw);
    for (const CalendarComponent& inner : component.components)
        writeInto(inner, out);
    out += VCard::fold("END:" + component.name);
}

// What comes before a property's value ("DUE;TZID=Europe/Berlin").
QByteArray nameAndParameters(const ical::ContentLine& line)
{
    return line.raw.left(line.raw.size() - line.value.toUtf8().size() - 1);
}

} // namespace

const ical::ContentLine* CalendarComponent::property(const QByteArrayView& wanted) const
{
    for (const ical::ContentLine& line : properties) {
        if (line.name == wanted)
            return &line;
    }
    return nullptr;
}

QString CalendarComponent::text(const QByteArrayView& wanted) const
{
    const ical::ContentLine* line = property(wanted);
    return line ? ical::unescapeText(line->value) : QString();
}

const CalendarComponent* CalendarComponent::main(const QByteArrayView& wanted) const
{
    for (const CalendarComponent& inner : components) {
        if (inner.name == wanted && !inner.property("RECURRENCE-ID"))
            return &inner;
    }
    return nullptr;
}

std::optional<CalendarComponent> readCalendar(const QByteArray& data)
{
    std::vector<CalendarComponent> open;
    std::optional<CalendarComponent> calendar;
    for (const ical::UnfoldedLine& unfolded : ical::unfold(data)) {
        ical::ContentLine line;
        if (!ical::parse(unfolded, line))
            continue; // a broken line is not worth losing the record for
        const QByteArray value = line.value.trimmed().toUpper().toUtf8();
        if (line.name == "BEGIN") {
            if (open.empty() && (calendar || value != "VCALENDAR"))
                return std::nullopt;
            open.push_back(CalendarComponent{ value, {}, {} });
        } else if (line.name == "END") {
            if (open.empty() || open.back().name != value)
                return std::nullopt;
            CalendarComponent done = std::move(open.back());
            open.pop_back();
            if (open.empty())
                calendar = std::move(done);
            else
                open.back().components.push_back(std::move(done));
        } else if (!open.empty()) {
            open.back().properties.push_back(std::move(line));
        }
    }
    if (!open.empty())
        return std::nullopt;
    return calendar;
}

QByteArray writeComponent(const CalendarComponent& component)
{
    QByteArray out;
    writeInto(component, out);
    return out;
}

QByteArray foldLine(const QString& line)
{
    // vCard and iCalendar fold alike: at 75 octets, never inside a character.
    return VCard::fold(line.toUtf8());
}

std::optional<QDate> dayOf(const ical::ContentLine& line)
{
    const bool dateOnly = isDateOnly(line);
    const auto value = ical::parseDateTime(line.value, dateOnly);
    if (!value)
        return std::nullopt;
    if (value->utc)
        return QDateTime(value->date, value->time, Qt::UTC).toLocalTime().date();
    return value->date;
}

QString dateText(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dayLine(const char* name, QDate day, const ical::ContentLine* form)
{
    const auto value
        = form && !isDateOnly(*form) ? ical::parseDateTime(form->value, false) : std::nullopt;
    if (!value)
        return QLatin1String(name) + QStringLiteral(";VALUE=DATE:") + dateText(day);
    const QByteArray head = nameAndParameters(*form);
    const qsizetype semicolon = head.indexOf(';');
    const QString parameters = semicolon < 0 ? QString() : QString::fromUtf8(head.mid(semicolon));
    QString text;
    if (value->utc) {
        // The same time of day on this computer's clock, on the new day.
        const QTime local = QDateTime(value->date, value->time, Qt::UTC).toLocalTime().time();
        text = utcText(QDateTime(day, local));
    } else {
        text = dateText(day) + QLatin1Char('T') + value->time.toString(QStringLiteral("HHmmss"));
    }
    return QLatin1String(name) + parameters + QLatin1Char(':') + text;
}

QStringList textList(const QString& value)
{
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == QLatin1Char(',')) {
            items << ical::unescapeText(current);
            current.clear();
        } else {
            current += value[i];
        }
    }
    items << ical::unescapeText(current);
    return items;
}

} // namespace finalist::sync
