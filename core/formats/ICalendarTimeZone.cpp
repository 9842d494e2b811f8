#include "ICalendarTimeZone.h"

#include <algorithm>
#include <cstdlib>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace finalist::ical {

namespace {

// Digits only: "2026" yes, "+026" or "20 6" no (QString::toInt would take some of those).
bool digitsAt(const QString& s, qsizetype from, qsizetype length, int& out)
{
    if (from + length > s.size())
        return false;
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        if (s[i] < QLatin1Char('0') || s[i] > QLatin1Char('9'))
            return false;
        value = value * 10 + (s[i].unicode() - u'0');
    }
    out = value;
    return true;
}

int weekdayNumber(const QString& code)
{
    static const QStringList codes{ QStringLiteral("MO"), QStringLiteral("TU"),
                                    QStringLiteral("WE"), QStringLiteral("TH"),
                                    QStringLiteral("FR"), QStringLiteral("SA"),
                                    QStringLiteral("SU") };
    return int(codes.indexOf(code)) + 1; // 0 when unknown
}

// The day a yearly rule falls on in this year: the 2nd Sunday of March, the last of October...
QDate ruleDay(const Observance& o, int year)
{
    const int month = o.month > 0 ? o.month : o.start.date().month();
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    if (o.weekday == 0)
        return QDate(year, month, o.monthDays.value(0, o.start.date().day()));
    if (o.ordinal < 0) {
        const QDate last(year, month, first.daysInMonth());
        const QDate day
            = last.addDays(-((last.dayOfWeek() - o.weekday + 7) % 7) - 7 * (-o.ordinal - 1));
        return day.month() == month ? day : QDate();
    }
    if (o.ordinal == 0 && !o.monthDays.isEmpty()) { // old Apple style: SU with BYMONTHDAY=8..14
        for (const int d : o.monthDays) {
            const QDate day(year, month, d);
            if (day.isValid() && day.dayOfWeek() == o.weekday)
                return day;
        }
        return {};
    }
    const QDate day
        = first.addDays((o.weekday - first.dayOfWeek() + 7) % 7 + 7 * (std::max(o.ordinal, 1) - 1));
    return day.month() == month ? day : QDate();
}

// The last time at or before `wall` that this block took effect, or an invalid QDateTime.
QDateTime latestOnset(const Observance& o, const QDateTime& wall)
{
    QDateTime best;
    const auto consider = [&](const QDateTime& t) {
        if (t.isValid() && t <= wall && (!best.isValid() || t > best))
            best = t;
    };
    consider(o.start);
    for (const QDateTime& t : o.extraOnsets)
        consider(t);
    if (!o.yearly || !o.start.isValid())
        return best;
    // This year's onset, or last year's when this year's is still to come.
    for (int year = wall.date().year(); year >= wall.date().year() - 1; --year) {
        const int n = year - o.start.date().year();
        if (n < 0 || n % o.interval != 0 || (o.count > 0 && n / o.interval >= o.count))
            continue;
        const QDateTime onset(ruleDay(o, year), o.start.time(), Qt::UTC);
        if (onset.isValid() && onset >= o.start && (!o.until.isValid() || onset <= o.until))
            consider(onset);
    }
    return best;
}

QDateTime wallClock(const DateTimeValue& v)
{
    return QDateTime(v.date, v.dateOnly() ? QTime(0, 0) : v.time, Qt::UTC);
}

// Only ids shaped like IANA's ("Area/City_Name", "Etc/GMT+5") reach QTimeZone: its backend
// opens a file named after the id, and a TZID such as "../../dev/stdin" must not make it.
bool ianaShaped(const QString& id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    return id.size() <= 64 && shape.match(id).hasMatch();
}

// Qt's TZ backend also takes a bare word ("PST", "Customized") as a POSIX rule for UTC, so a
// name without a slash counts only when it is more than that.
bool inDatabase(const QString& id, const QTimeZone& zone)
{
    static const QStringList utcNames{ QStringLiteral("UTC"),       QStringLiteral("UCT"),
                                       QStringLiteral("GMT"),       QStringLiteral("Zulu"),
                                       QStringLiteral("Universal"), QStringLiteral("Greenwich") };
    if (!zone.isValid())
        return false;
    return id.contains(QLatin1Char('/')) || QTimeZone::isTimeZoneIdAvailable(id.toUtf8())
        || utcNames.contains(id) || zone.hasDaylightTime()
        || zone.standardTimeOffset(QDateTime::currentDateTimeUtc()) != 0;
}

// An id the IANA database knows (aliases such as Asia/Calcutta too), also when written with a
// path before it, as Lotus and old Mozilla exports do ("/mozilla.org/20050126_1/Europe/Berlin").
QTimeZone ianaZone(const QString& tzid)
{
    QStringList parts = tzid.trimmed().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (!parts.isEmpty()) {
        const QString id = parts.join(QLatin1Char('/'));
        if (ianaShaped(id)) {
            if (const QTimeZone zone(id.toUtf8()); inDatabase(id, zone))
                return zone;
        }
        parts.removeFirst();
    }
    return {};
}

} // namespace

std::optional<DateTimeValue> parseDateTime(const QString& text, bool dateOnly)
{
    const QString s = text.trimmed().toUpper();
    const bool utc = s.size() == 16 && s.endsWith(QLatin1Char('Z'));
    const bool shapeOk
        = dateOnly ? s.size() == 8 : (s.size() == 15 || utc) && s[8] == QLatin1Char('T');
    if (!shapeOk)
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (!digitsAt(s, 0, 4, year) || !digitsAt(s, 4, 2, month) || !digitsAt(s, 6, 2, day))
        return std::nullopt;
    DateTimeValue value;
    value.date = QDate(year, month, day);
    if (!value.date.isValid())
        return std::nullopt;
    if (dateOnly)
        return value;
    int hour = 0, minute = 0, second = 0;
    if (!digitsAt(s, 9, 2, hour) || !digitsAt(s, 11, 2, minute) || !digitsAt(s, 13, 2, second))
        return std::nullopt;
    value.time = QTime(hour, minute, second == 60 ? 59 : second); // 60: a leap second
    value.utc = utc;
    if (!value.time.isValid())
        return std::nullopt;
    return value;
}

std::optional<int> parseUtcOffset(const QString& text)
{
    const QString s = text.trimmed();
    int hours = 0, minutes = 0, seconds = 0;
    if ((s.size() != 5 && s.size() != 7) || (s[0] != QLatin1Char('+') && s[0] != QLatin1Char('-'))
        || !digitsAt(s, 1, 2, hours) || !digitsAt(s, 3, 2, minutes)
        || (s.size() == 7 && !digitsAt(s, 5, 2, seconds)) || minutes > 59 || seconds > 59)
        return std::nullopt;
    const int total = hours * 3600 + minutes * 60 + seconds;
    return s[0] == QLatin1Char('-') ? -total : total;
}

std::optional<qint64> parseDuration(const QString& text)
{
    QString s = text.trimmed().toUpper();
    qint64 sign = 1;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        sign = s.startsWith(QLatin1Char('-')) ? -1 : 1;
        s.remove(0, 1);
    }
    if (!s.startsWith(QLatin1Char('P')))
        return std::nullopt;
    qint64 total = 0;
    qint64 number = -1; // -1: no digits since the last designator
    bool inTime = false;
    bool any = false;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128) {
            number = (number < 0 ? 0 : number) * 10 + (c.unicode() - u'0');
            if (number > 100000000)
                return std::nullopt;
            continue;
        }
        if (c == QLatin1Char('T') && !inTime && number < 0) {
            inTime = true;
            continue;
        }
        qint64 unit = 0;
        if (c == QLatin1Char('W') && !inTime)
            unit = 7 * 86400;
        else if (c == QLatin1Char('D') && !inTime)
            unit = 86400;
        else if (c == QLatin1Char('H') && inTime)
            unit = 3600;
        else if (c == QLatin1Char('M') && inTime)
            unit = 60;
        else if (c == QLatin1Char('S') && inTime)
            unit = 1;
        if (unit == 0 || number < 0)
            return std::nullopt;
        total += number * unit;
        number = -1;
        any = true;
    }
    if (!any || number >= 0)
        return std::nullopt;
    return sign * total;
}

void Observance::read(const ContentLine& line)
{
    if (line.name == "DTSTART") {
        if (const auto v = parseDateTime(line.value, false))
            start = wallClock(*v);
    } else if (line.name == "TZOFFSETFROM") {
        offsetFrom = parseUtcOffset(line.value);
    } else if (line.name == "TZOFFSETTO") {
        offsetTo = parseUtcOffset(line.value);
    } else if (line.name == "RDATE") {
        for (const QString& item : line.value.split(QLatin1Char(','))) {
            const bool dateOnly = item.trimmed().size() == 8;
            if (const auto v = parseDateTime(item, dateOnly))
                extraOnsets << wallClock(*v);
        }
    } else if (line.name == "RRULE") {
        for (const QString& part : line.value.toUpper().split(QLatin1Char(';'))) {
            const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = part.section(QLatin1Char('='), 1).trimmed();
            if (key == QLatin1String("FREQ")) {
                yearly = value == QLatin1String("YEARLY");
            } else if (key == QLatin1String("INTERVAL")) {
                interval = std::max(1, value.toInt());
            } else if (key == QLatin1String("COUNT")) {
                count = std::max(0, value.toInt());
            } else if (key == QLatin1String("UNTIL")) {
                if (const auto v = parseDateTime(value, value.size() == 8))
                    until = wallClock(*v);
            } else if (key == QLatin1String("BYMONTH")) {
                month = value.section(QLatin1Char(','), 0, 0).toInt();
                month = month >= 1 && month <= 12 ? month : 0;
            } else if (key == QLatin1String("BYMONTHDAY")) {
                for (const QString& d : value.split(QLatin1Char(',')))
                    monthDays << d.toInt();
            } else if (key == QLatin1String("BYDAY")) {
                const QString first = value.section(QLatin1Char(','), 0, 0);
                weekday = weekdayNumber(first.right(2));
                // -5 to 5 within a month; 6 falls outside every month and so never applies.
                ordinal = std::clamp(first.chopped(std::min<qsizetype>(2, first.size())).toInt(),
                                     -6, 6);
            }
        }
    }
}

std::optional<int> TimeZoneRules::offsetAt(QDate date, QTime time) const
{
    const QDateTime wall(date, time, Qt::UTC);
    const Observance* best = nullptr;
    QDateTime bestOnset;
    const Observance* earliest = nullptr;
    for (const Observance& o : observances) {
        if (!o.offsetTo)
            continue;
        if (!earliest || (o.start.isValid() && o.start < earliest->start))
            earliest = &o;
        const QDateTime onset = latestOnset(o, wall);
        if (onset.isValid() && (!best || onset > bestOnset)) {
            best = &o;
            bestOnset = onset;
        }
    }
    if (best)
        return best->offsetTo;
    // Before every block began: the offset the first one changed from.
    if (earliest)
        return earliest->offsetFrom ? earliest->offsetFrom : earliest->offsetTo;
    return std::nullopt;
}

QDateTime resolve(const DateTimeValue& value, const QString& tzid,
                  const std::map<QString, TimeZoneRules>& zones)
{
    if (value.utc)
        return QDateTime(value.date, value.time, Qt::UTC);
    if (tzid.trimmed().isEmpty())
        return QDateTime(value.date, value.time, Qt::LocalTime);
    if (const QTimeZone zone = ianaZone(tzid); zone.isValid())
        return QDateTime(value.date, value.time, zone);
    if (const auto it = zones.find(tzid.trimmed()); it != zones.end()) {
        const auto offset = it->second.offsetAt(value.date, value.time);
        if (offset && std::abs(*offset) <= 14 * 3600) // what QTimeZone takes, and the world uses
            return QDateTime(value.date, value.time, QTimeZone(*offset));
    }
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.trimmed().toUtf8());
    if (const QTimeZone zone = ianaZone(QString::fromUtf8(iana)); zone.isValid())
        return QDateTime(value.date, value.time, zone);
    // An id nobody defines: the hour as written is the best guess there is.
    return QDateTime(value.date, value.time, Qt::LocalTime);
}

} // namespace finalist::ical
