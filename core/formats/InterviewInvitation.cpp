#include "InterviewInvitation.h"

#include "ICalendarLines.h"
#include "ICalendarTimeZone.h"
#include "MeetingLink.h"

#include <algorithm>
#include <map>
#include <optional>
#include <QCoreApplication>
#include <QUrl>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(InterviewInvitation)
};

// What a line says, short and printable, for quoting in a message.
QString quoted(const QString& text)
{
    QString out;
    for (const QChar c : text)
        out += c.isPrint() ? c : QChar(QLatin1Char(' '));
    out = out.simplified();
    return out.size() > 40 ? out.left(39) + QChar(0x2026) : out;
}

QString name(const ical::ContentLine& line)
{
    return QString::fromLatin1(line.name);
}

// "mailto:jane%2Bjobs@example.com" -> "jane+jobs@example.com"; anything else -> empty.
QString mailtoAddress(const QString& value)
{
    const QString v = value.trimmed();
    if (!v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return {};
    return QUrl::fromPercentEncoding(v.mid(7).toUtf8()).trimmed();
}

InvitedPerson personFrom(const ical::ContentLine& line)
{
    InvitedPerson p;
    p.organizer = line.name == "ORGANIZER";
    p.name = line.parameter("CN").trimmed();
    p.role = line.parameter("ROLE").trimmed();
    const QString type = line.parameter("CUTYPE").trimmed().toUpper();
    p.isResource = type == QLatin1String("ROOM") || type == QLatin1String("RESOURCE");
    p.email = mailtoAddress(line.value);
    if (p.email.isEmpty()) { // Apple: urn:uuid:... with the address in EMAIL= (RFC 7986)
        const QString email = line.parameter("EMAIL").trimmed();
        p.email = mailtoAddress(email).isEmpty() ? email : mailtoAddress(email);
    }
    return p;
}

struct Open
{
    QByteArray name;
    int line = 0;
};

// Walks the content lines once, checking that components nest, and keeps what the first
// VEVENT and the VTIMEZONEs say. Times are resolved at the end: a VTIMEZONE may come last.
class Reader
{
public:
    std::optional<Error> take(const ical::ContentLine& line);
    Result<InterviewInvitation> finish();

private:
    std::optional<Error> begin(const ical::ContentLine& line);
    std::optional<Error> end(const ical::ContentLine& line);
    Result<ical::DateTimeValue> when(const ical::ContentLine& line) const;
    QByteArray top(size_t fromTop = 0) const
    {
        return m_open.size() > fromTop ? m_open[m_open.size() - 1 - fromTop].name : QByteArray();
    }

    std::vector<Open> m_open;
    int m_calendarLine = 0;
    int m_eventLine = 0; // where the first VEVENT begins; 0 while there is none
    size_t m_eventDepth = 0; // m_open's size inside that VEVENT, 0 once it ended
    QString m_method;
    std::map<QByteArray, ical::ContentLine> m_event; // the first of each property
    std::vector<ical::ContentLine> m_people; // ORGANIZER and ATTENDEE lines
    std::map<QString, ical::TimeZoneRules> m_zones;
    QString m_zoneId;
    ical::TimeZoneRules m_zone;
    ical::Observance m_observance;
};

std::optional<Error> Reader::take(const ical::ContentLine& line)
{
    if (line.name == "BEGIN")
        return begin(line);
    if (line.name == "END")
        return end(line);
    if (top() == "VCALENDAR" && line.name == "METHOD") {
        m_method = line.value.trimmed().toUpper();
    } else if (m_eventDepth > 0 && m_open.size() == m_eventDepth) {
        if (line.name == "ORGANIZER" || line.name == "ATTENDEE")
            m_people.push_back(line);
        else
            m_event.emplace(line.name, line);
    } else if (top() == "VTIMEZONE" && line.name == "TZID") {
        m_zoneId = line.value.trimmed();
    } else if ((top() == "STANDARD" || top() == "DAYLIGHT") && top(1) == "VTIMEZONE") {
        m_observance.read(line);
    }
    return std::nullopt;
}

std::optional<Error> Reader::begin(const ical::ContentLine& line)
{
    const QByteArray component = line.value.trimmed().toUpper().toUtf8();
    if (m_open.empty() && component != "VCALENDAR")
        return Error::invalid(
            QStringLiteral("BEGIN"),
            Texts::tr("Line %1: BEGIN:%2 is outside the calendar (BEGIN:VCALENDAR).")
                .arg(line.line)
                .arg(quoted(line.value)));
    if (component == "VCALENDAR" && m_calendarLine == 0)
        m_calendarLine = line.line;
    if (component == "VEVENT" && m_eventLine == 0 && top() == "VCALENDAR") {
        m_eventLine = line.line;
        m_eventDepth = m_open.size() + 1;
    }
    if (component == "VTIMEZONE") {
        m_zoneId.clear();
        m_zone = {};
    }
    if ((component == "STANDARD" || component == "DAYLIGHT") && top() == "VTIMEZONE")
        m_observance = {};
    m_open.push_back({ component, line.line });
    return std::nullopt;
}

std::optional<Error> Reader::end(const ical::ContentLine& line)
{
    const QByteArray component = line.value.trimmed().toUpper().toUtf8();
    const bool begun = std::any_of(m_open.begin(), m_open.end(),
                                   [&](const Open& o) { return o.name == component; });
    if (!begun)
        return Error::invalid(QStringLiteral("END"),
                              Texts::tr("Line %1: END:%2 has no BEGIN:%2 before it.")
                                  .arg(line.line)
                                  .arg(quoted(line.value)));
    if (top() != component)
        return Error::invalid(
            QStringLiteral("END"),
            Texts::tr("Line %1: END:%2 comes before the %3 that begins on line %4 has "
                      "ended (END:%3 is missing).")
                .arg(line.line)
                .arg(QString::fromUtf8(component), QString::fromUtf8(top()))
                .arg(m_open.back().line));
    if (m_open.size() == m_eventDepth)
        m_eventDepth = 0;
    if ((component == "STANDARD" || component == "DAYLIGHT") && top(1) == "VTIMEZONE")
        m_zone.observances.push_back(m_observance);
    if (component == "VTIMEZONE" && !m_zoneId.isEmpty())
        m_zones.emplace(m_zoneId, m_zone);
    m_open.pop_back();
    return std::nullopt;
}

// DTSTART or DTEND: a date (VALUE=DATE, or just eight digits) or a date and time.
Result<ical::DateTimeValue> Reader::when(const ical::ContentLine& line) const
{
    const QString value = line.value.trimmed();
    const bool dateOnly
        = line.parameter("VALUE").compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0
        || value.size() == 8;
    if (const auto parsed = ical::parseDateTime(value, dateOnly))
        return *parsed;
    const QString message = dateOnly ? Texts::tr("Line %1: %2 “%3” is not a date.")
                                     : Texts::tr("Line %1: %2 “%3” is not a date and time.");
    return Error::invalid(name(line), message.arg(line.line).arg(name(line), quoted(value)));
}

Result<InterviewInvitation> Reader::finish()
{
    if (!m_open.empty()) {
        const Open& open = m_open.back();
        return Error::invalid(QStringLiteral("END"),
                              Texts::tr("Line %1: the %2 that begins here never ends (END:%2 is "
                                        "missing).")
                                  .arg(open.line)
                                  .arg(QString::fromUtf8(open.name)));
    }
    if (m_eventLine == 0)
        return Error::invalid(
            QStringLiteral("VEVENT"),
            Texts::tr("Line %1: this calendar holds no event (VEVENT), so there is no "
                      "interview in it.")
                .arg(m_calendarLine));
    const auto property = [&](const char* key) -> const ical::ContentLine* {
        const auto it = m_event.find(key);
        return it == m_event.end() ? nullptr : &it->second;
    };
    const auto text = [&](const char* key) {
        const ical::ContentLine* line = property(key);
        return line ? ical::unescapeText(line->value).trimmed() : QString();
    };
    InterviewInvitation result;
    result.method = m_method;
    result.uid = text("UID");
    result.summary = text("SUMMARY");
    result.description = text("DESCRIPTION");
    result.location = text("LOCATION");

    const ical::ContentLine* dtstart = property("DTSTART");
    if (!dtstart)
        return Error::invalid(
            QStringLiteral("DTSTART"),
            Texts::tr("Line %1: the event that begins here has no start (DTSTART).")
                .arg(m_eventLine));
    const auto start = when(*dtstart);
    if (!start)
        return start.error();
    const auto local = [&](const ical::DateTimeValue& v, const ical::ContentLine& line) {
        return ical::resolve(v, line.parameter("TZID"), m_zones).toLocalTime();
    };
    result.allDay = start->dateOnly();
    result.start = result.allDay ? QDateTime() : local(*start, *dtstart);
    result.day = result.allDay ? start->date : result.start.date();
    if (const ical::ContentLine* dtend = property("DTEND")) {
        const auto end = when(*dtend);
        if (!end)
            return end.error();
        if (!result.allDay && !end->dateOnly())
            result.end = local(*end, *dtend);
    } else if (const ical::ContentLine* duration = property("DURATION")) {
        const auto seconds = ical::parseDuration(duration->value);
        if (!seconds)
            return Error::invalid(
                QStringLiteral("DURATION"),
                Texts::tr("Line %1: DURATION “%2” is not a length of time (such as "
                          "PT45M).")
                    .arg(duration->line)
                    .arg(quoted(duration->value)));
        if (!result.allDay)
            result.end = result.start.addSecs(*seconds);
    }

    // The organizer first; Google and Apple list it again among the attendees.
    std::stable_partition(m_people.begin(), m_people.end(),
                          [](const ical::ContentLine& l) { return l.name == "ORGANIZER"; });
    bool organizerSeen = false;
    for (const ical::ContentLine& line : m_people) {
        InvitedPerson person = personFrom(line);
        if (person.isResource || (person.organizer && organizerSeen)
            || (person.name.isEmpty() && person.email.isEmpty()))
            continue;
        organizerSeen = organizerSeen || person.organizer;
        const auto same
            = std::find_if(result.people.begin(), result.people.end(), [&](const InvitedPerson& p) {
                  return !person.email.isEmpty()
                      && p.email.compare(person.email, Qt::CaseInsensitive) == 0;
              });
        if (same == result.people.end()) {
            result.people.push_back(person);
        } else { // keep the first, and what only the second one said
            if (same->name.isEmpty())
                same->name = person.name;
            if (same->role.isEmpty())
                same->role = person.role;
        }
    }

    for (const char* key : { "URL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
                             "LOCATION", "DESCRIPTION" }) {
        result.meetingUrl = meetingLinkIn(text(key));
        if (!result.meetingUrl.isEmpty())
            break;
    }
    return result;
}

} // namespace

namespace {

// The file's lines, unfolded and decoded: clean UTF-8 for ical::parse, which reads UTF-8.
struct DecodedLines
{
    std::vector<ical::UnfoldedLine> lines;
    TextReport report;
};

Result<DecodedLines> decodeLines(const QByteArray& input, std::optional<TextEncoding> chosen)
{
    if (auto size = TextDecoding::checkFileSize(input.size()); !size)
        return size.error();
    DecodedLines out;
    TextReport& report = out.report;
    qsizetype markLength = 0;
    const std::optional<TextEncoding> mark = TextDecoding::byteOrderMark(input, &markLength);
    report.encoding = chosen ? *chosen : TextDecoding::detect(input, &report.guessed);
    const bool utf16
        = report.encoding == TextEncoding::Utf16LE || report.encoding == TextEncoding::Utf16BE;
    // UTF-16 becomes UTF-8 first (what that leaves out is noted by line); the rest works on
    // bytes, so a fold inside a character heals before the line is decoded.
    QByteArray bytes = input;
    TextEncoding lineEncoding = report.encoding;
    if (utf16) {
        auto decoded = TextDecoding::decode(input, report.encoding);
        if (!decoded)
            return decoded.error();
        report.warnings = std::move(decoded.value().report.warnings);
        bytes = decoded.value().text.toUtf8();
        lineEncoding = TextEncoding::Utf8;
    } else if (mark == TextEncoding::Utf8) {
        bytes = input.sliced(markLength);
    }
    std::vector<ical::UnfoldedLine> lines = ical::unfold(bytes);
    // Judged again after unfolding: a fold may have cut a character in two.
    if (!chosen && !mark && !utf16) {
        Utf8Census census;
        for (const ical::UnfoldedLine& line : lines)
            census.add(line.text);
        lineEncoding = census.mostlyUtf8() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
        report.encoding = lineEncoding;
        report.guessed = lineEncoding == TextEncoding::Windows1252;
    }
    for (ical::UnfoldedLine& line : lines)
        line.text = TextDecoding::decodeValue(line.text, lineEncoding, line.line, report.warnings)
                        .toUtf8();
    out.lines = std::move(lines);
    return out;
}

} // namespace

Result<InterviewInvitation> readInterviewInvitation(const QByteArray& bytes,
                                                    std::optional<TextEncoding> encoding)
{
    auto decoded = decodeLines(bytes, encoding);
    if (!decoded)
        return decoded.error();
    const std::vector<ical::UnfoldedLine>& lines = decoded.value().lines;
    if (lines.empty())
        return Error::invalid(QString(),
                              Texts::tr("The file is empty: there is no invitation in it."));
    Reader reader;
    for (const ical::UnfoldedLine& unfolded : lines) {
        ical::ContentLine line;
        const bool parsed = ical::parse(unfolded, line);
        if (&unfolded == &lines.front()
            && !(parsed && line.name == "BEGIN"
                 && line.value.trimmed().compare(QLatin1String("VCALENDAR"), Qt::CaseInsensitive)
                     == 0))
            return Error::invalid(
                QString(),
                Texts::tr("Line %1: this is not a calendar invitation. An .ics file "
                          "begins with BEGIN:VCALENDAR; this one begins with “%2”.")
                    .arg(unfolded.line)
                    .arg(quoted(QString::fromUtf8(unfolded.text))));
        if (!parsed)
            return Error::invalid(QString(),
                                  Texts::tr("Line %1 is not an iCalendar property (it has no “:”).")
                                      .arg(unfolded.line));
        if (auto error = reader.take(line))
            return *error;
    }
    auto invitation = reader.finish();
    if (invitation)
        invitation.value().reading = std::move(decoded.value().report);
    return invitation;
}

} // namespace finalist
