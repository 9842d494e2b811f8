// Calendar invitations shaped like what Google Calendar, Exchange, Zoom, Thunderbird and Apple
// Calendar write. Instants are compared in UTC so the suite passes in any zone of this machine.
#include "formats/InterviewInvitation.h"

#include "TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QFile>

// Failure messages show instants as text. Static: another suite may print them its own way.
static void PrintTo(const QDateTime& time, std::ostream* out)
{
    *out << time.toString(Qt::ISODateWithMs).toStdString();
}

using namespace finalist;

namespace {

Result<InterviewInvitation> readFixture(const char* name)
{
    QFile file(test::fixturePath(QStringLiteral("invitations/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return readInterviewInvitation(file.readAll());
}

// CRLF-joined lines, as most producers write.
QByteArray ics(std::initializer_list<const char*> lines)
{
    QByteArray out;
    for (const char* line : lines)
        out += QByteArray(line) + "\r\n";
    return out;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

void expectPerson(const InvitedPerson& p, const QString& name, const QString& email, bool organizer,
                  const QString& role)
{
    EXPECT_EQ(p.name, name);
    EXPECT_EQ(p.email, email);
    EXPECT_EQ(p.organizer, organizer) << name.toStdString();
    EXPECT_EQ(p.role, role) << name.toStdString();
    EXPECT_FALSE(p.isResource);
}

QString readError(const QByteArray& bytes)
{
    const auto read = readInterviewInvitation(bytes);
    EXPECT_FALSE(read.ok());
    if (read.ok())
        return {};
    EXPECT_EQ(read.error().code, Error::Code::Invalid);
    return read.error().message;
}

} // namespace

TEST(InterviewInvitation, ReadsAGoogleCalendarInvitation)
{
    const auto read = readFixture("google-calendar.ics");
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.method, QStringLiteral("REQUEST"));
    EXPECT_EQ(i.uid, QStringLiteral("3q7lm2v9c0k4d8h1s6t5n0b2ab@google.com"));
    EXPECT_EQ(i.summary,
              QStringLiteral("Technical interview: Senior Data Engineer (Sam Candidate)"));
    EXPECT_FALSE(i.allDay);
    EXPECT_EQ(i.start.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(i.start.toUTC(), utc(2026, 3, 10, 14, 0));
    EXPECT_EQ(i.end.toUTC(), utc(2026, 3, 10, 15, 0));
    EXPECT_EQ(i.day, i.start.date());
    EXPECT_EQ(i.meetingUrl, QStringLiteral("https://meet.google.com/xkq-fmrn-tbw"));
    EXPECT_TRUE(i.location.isEmpty());
    // Unescaped and unfolded, and not the alarm's "This is an event reminder".
    EXPECT_TRUE(i.description.startsWith(QStringLiteral("Hi Sam,\n\nThank you for your time")));
    EXPECT_TRUE(i.description.contains(QStringLiteral("with Zoë and Łukasz from the platform")));
    EXPECT_TRUE(i.description.contains(QStringLiteral("editor ready; we will")));
    EXPECT_TRUE(i.description.contains(QStringLiteral("https://meet.google.com/xkq-fmrn-tbw\n")));

    ASSERT_EQ(i.people.size(), 5u);
    // The organizer is also the first attendee: listed once, with the attendee's role.
    expectPerson(i.people[0], QStringLiteral("Priya Raman"),
                 QStringLiteral("priya.raman@example.com"), true,
                 QStringLiteral("REQ-PARTICIPANT"));
    expectPerson(i.people[1], QStringLiteral("Zoë Okafor"),
                 QStringLiteral("zoe.okafor@example.com"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
    expectPerson(i.people[2], QStringLiteral("Łukasz Wiśniewski"),
                 QStringLiteral("lukasz.wisniewski@example.com"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
    expectPerson(i.people[3], QStringLiteral("Marguerite Delacroix-Fontaine"),
                 QStringLiteral("marguerite.delacroix-fontaine@example.com"), false,
                 QStringLiteral("OPT-PARTICIPANT"));
    // Google names a guest without a display name by the address.
    expectPerson(i.people[4], QStringLiteral("sam.candidate@example.net"),
                 QStringLiteral("sam.candidate@example.net"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
}

TEST(InterviewInvitation, ReadsAnOutlookExchangeInvitation)
{
    const auto read = readFixture("outlook-exchange.ics");
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.method, QStringLiteral("REQUEST"));
    EXPECT_EQ(i.summary, QStringLiteral("Interview: Analytics Engineer – Fjordline Logistics"));
    EXPECT_EQ(i.location, QStringLiteral("Microsoft Teams Meeting"));
    // "W. Europe Standard Time" in June: CEST, two hours ahead of UTC.
    EXPECT_EQ(i.start.toUTC(), utc(2026, 6, 17, 8, 0));
    EXPECT_EQ(i.end.toUTC(), utc(2026, 6, 17, 8, 45));
    EXPECT_EQ(i.day, i.start.date());
    EXPECT_EQ(i.meetingUrl,
              QStringLiteral("https://teams.microsoft.com/l/meetup-join/"
                             "19%3ameeting_OWZhYmQ0YzMtZmFrZS00ZTc1LWE5MmQtZXhhbXBsZQ%40thread.v2/"
                             "0?context=%7b%22Tid%22%3a%2200000000-0000-4000-8000-000000000001%22%"
                             "2c%22Oid%22%3a%2200000000-0000-4000-8000-000000000002%22%7d"));
    EXPECT_TRUE(i.description.contains(QStringLiteral("Mikołaj will join from our Gdańsk office")));

    // The organizer, quoted because of its comma and listed again (other case) as an attendee;
    // the meeting room is left out.
    ASSERT_EQ(i.people.size(), 4u);
    expectPerson(i.people[0], QStringLiteral("Lindqvist, Astrid"),
                 QStringLiteral("astrid.lindqvist@example.com"), true,
                 QStringLiteral("REQ-PARTICIPANT"));
    expectPerson(i.people[1], QStringLiteral("Sam Candidate"),
                 QStringLiteral("sam.candidate@example.net"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
    // Exchange folded this line between the two bytes of "Ż".
    expectPerson(i.people[2], QStringLiteral("Mikołaj Żółkiewski"),
                 QStringLiteral("mikolaj.zolkiewski@example.com"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
    // ... and this one inside the quoted name.
    expectPerson(i.people[3], QStringLiteral("Okonkwo-Whitfield, Adaeze"),
                 QStringLiteral("adaeze.okonkwo-whitfield@example.com"), false,
                 QStringLiteral("OPT-PARTICIPANT"));
}

TEST(InterviewInvitation, ReadsAZoomInvitation)
{
    const auto read = readFixture("zoom.ics");
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.summary, QStringLiteral("Recruiter screen: Sam Candidate / Harbor & Finch"));
    // 11:00 in New York, three days after the clocks went forward.
    EXPECT_EQ(i.start.toUTC(), utc(2026, 3, 12, 15, 0));
    EXPECT_EQ(i.end.toUTC(), utc(2026, 3, 12, 15, 45));
    EXPECT_EQ(
        i.meetingUrl,
        QStringLiteral(
            "https://us06web.zoom.us/j/85512345678?pwd=bWFkZS11cC1wYXNzd29yZC1mb3ItdGVzdHM.1"));
    EXPECT_TRUE(
        i.description.contains(QStringLiteral("+15555550123,,85512345678#,,,,*204816# US")));
    EXPECT_TRUE(i.description.contains(QStringLiteral("• +1 555 555 0123 US")));
    ASSERT_EQ(i.people.size(), 1u);
    expectPerson(i.people[0], QStringLiteral("Dana Whitaker"),
                 QStringLiteral("dana.whitaker@example.org"), true, QString());
}

TEST(InterviewInvitation, ReadsAnAllDayEventAndNotTheToDoBeforeIt)
{
    const auto read = readFixture("all-day.ics");
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.summary, QStringLiteral("Take-home assignment due: Northwind Analytics"));
    EXPECT_TRUE(i.allDay);
    EXPECT_EQ(i.day, QDate(2026, 3, 20));
    EXPECT_FALSE(i.start.isValid());
    EXPECT_FALSE(i.end.isValid());
    EXPECT_TRUE(i.method.isEmpty());
    EXPECT_TRUE(i.people.empty());
    EXPECT_TRUE(i.meetingUrl.isEmpty());
    EXPECT_TRUE(i.description.endsWith(QStringLiteral("work; no need to polish the charts.")));
}

TEST(InterviewInvitation, ReadsAnAppleCalendarInvitation)
{
    const auto read = readFixture("apple-calendar.ics");
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.summary, QStringLiteral("On-site interview: Northwind Analytics"));
    // The day after British Summer Time began.
    EXPECT_EQ(i.start.toUTC(), utc(2026, 3, 30, 9, 0));
    EXPECT_EQ(i.end.toUTC(), utc(2026, 3, 30, 10, 30));
    EXPECT_EQ(
        i.location,
        QStringLiteral("Northwind Analytics\n12 Example Street, London EC2A 4BX, United Kingdom"));
    EXPECT_TRUE(i.meetingUrl.isEmpty());
    // The organizer comes last in the file and first here; the room (CUTYPE=ROOM) is left out.
    ASSERT_EQ(i.people.size(), 3u);
    expectPerson(i.people[0], QStringLiteral("Siobhán Ní Bhriain"),
                 QStringLiteral("siobhan.nibhriain@example.co.uk"), true, QStringLiteral("CHAIR"));
    // An urn:uuid value: the address is in the EMAIL parameter.
    expectPerson(i.people[1], QStringLiteral("Sam Candidate"),
                 QStringLiteral("sam.candidate@example.net"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
    expectPerson(i.people[2], QStringLiteral("Tomás O'Reilly"),
                 QStringLiteral("tomas.oreilly@example.co.uk"), false,
                 QStringLiteral("REQ-PARTICIPANT"));
}

TEST(InterviewInvitation, RefusesAnEventThatNeverEnds)
{
    const auto read = readFixture("broken-no-end.ics");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::Invalid);
    EXPECT_EQ(read.error().message,
              QStringLiteral("Line 19: END:VCALENDAR comes before the VEVENT that begins on line 6 "
                             "has ended (END:VEVENT is missing)."));
}

TEST(InterviewInvitation, RefusesAnImpossibleStart)
{
    const auto read = readFixture("broken-bad-date.ics");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::Invalid);
    EXPECT_EQ(read.error().field, QStringLiteral("DTSTART"));
    // Line 30 as written: folded lines above it count one each.
    EXPECT_EQ(read.error().message,
              QStringLiteral("Line 30: DTSTART “20261340T250000” is not a date and time."));
}

TEST(InterviewInvitation, RefusesAFileThatIsNotACalendar)
{
    const auto read = readFixture("not-a-calendar.ics");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::Invalid);
    EXPECT_TRUE(read.error().message.startsWith(QStringLiteral("Line 1: this is not a calendar")))
        << read.error().message.toStdString();
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("“BEGIN:VCARD”")));
    EXPECT_TRUE(readError("Dear Sam, please find the details below.\n")
                    .startsWith(QStringLiteral("Line 1: this is not a calendar invitation.")));
    EXPECT_FALSE(readError(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).isEmpty());
    EXPECT_FALSE(readError(QByteArray()).isEmpty());
}

TEST(InterviewInvitation, RefusesBrokenStructureNamingTheLine)
{
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR" })),
              QStringLiteral("Line 1: this calendar holds no event (VEVENT), so there is no "
                             "interview in it."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Screen",
                              "DTSTART:20260310T140000Z" })),
              QStringLiteral("Line 2: the VEVENT that begins here never ends (END:VEVENT is "
                             "missing)."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000Z",
                              "END:VALARM", "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 4: END:VALARM has no BEGIN:VALARM before it."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "", "BEGIN:VEVENT", "SUMMARY:No start",
                              "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 3: the event that begins here has no start (DTSTART)."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260230",
                              "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 3: DTSTART “20260230” is not a date."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000Z",
                              "DTEND:2026-03-10T15:00", "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 4: DTEND “2026-03-10T15:00” is not a date and time."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000Z",
                              "DURATION:45 minutes", "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 4: DURATION “45 minutes” is not a length of time (such as "
                             "PT45M)."));
    EXPECT_EQ(readError(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000Z",
                              "just some words", "END:VEVENT", "END:VCALENDAR" })),
              QStringLiteral("Line 4 is not an iCalendar property (it has no “:”)."));
}

TEST(InterviewInvitation, FollowsAWindowsZoneByItsVTimeZoneInSummerAndWinter)
{
    // Exchange's own shape; "Customized Time Zone" is a name only the VTIMEZONE defines.
    const auto exchange
        = [](const char* zone, const char* standardRule, const char* daylightRule,
             const char* standardOffsets, const char* daylightOffsets, const char* local) {
              const QByteArray z(zone);
              const QByteArray text = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n"
                                      "PRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
                                      "BEGIN:VTIMEZONE\r\nTZID:"
                  + z + "\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n" + standardOffsets
                  + "RRULE:FREQ=YEARLY;INTERVAL=1;" + standardRule
                  + "\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n"
                  + daylightOffsets + "RRULE:FREQ=YEARLY;INTERVAL=1;" + daylightRule
                  + "\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID=\"" + z
                  + "\":" + local + "\r\nSUMMARY:Panel\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
              const auto read = readInterviewInvitation(text);
              EXPECT_TRUE(read.ok()) << FINALIST_DESCRIBE(read);
              return read.ok() ? read->start.toUTC() : QDateTime();
          };
    const char* europe[] = { "BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3",
                             "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n",
                             "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n" };
    for (const char* zone : { "W. Europe Standard Time", "Customized Time Zone" }) {
        const auto at = [&](const char* local) {
            return exchange(zone, europe[0], europe[1], europe[2], europe[3], local);
        };
        EXPECT_EQ(at("20260115T100000"), utc(2026, 1, 15, 9, 0)) << zone;
        EXPECT_EQ(at("20260701T100000"), utc(2026, 7, 1, 8, 0)) << zone;
        // Around the changes: the last Sundays of March and October 2026.
        EXPECT_EQ(at("20260329T013000"), utc(2026, 3, 29, 0, 30)) << zone;
        EXPECT_EQ(at("20260329T033000"), utc(2026, 3, 29, 1, 30)) << zone;
        EXPECT_EQ(at("20261025T033000"), utc(2026, 10, 25, 2, 30)) << zone;
        EXPECT_EQ(at("20271231T180000"), utc(2027, 12, 31, 17, 0)) << zone;
    }
    const char* pacific[] = { "BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3",
                              "TZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n",
                              "TZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n" };
    // A bare word is a POSIX rule for UTC to Qt's TZ backend; the VTIMEZONE must win over that.
    for (const char* zone : { "Pacific Standard Time", "Customized Time Zone", "Pacific" }) {
        const auto at = [&](const char* local) {
            return exchange(zone, pacific[0], pacific[1], pacific[2], pacific[3], local);
        };
        EXPECT_EQ(at("20260307T090000"), utc(2026, 3, 7, 17, 0)) << zone; // before 2nd Sunday
        EXPECT_EQ(at("20260309T090000"), utc(2026, 3, 9, 16, 0)) << zone; // after it
        EXPECT_EQ(at("20260801T090000"), utc(2026, 8, 1, 16, 0)) << zone;
        EXPECT_EQ(at("20261102T090000"), utc(2026, 11, 2, 17, 0)) << zone; // after 1st Sunday
    }
}

TEST(InterviewInvitation, MapsAWindowsZoneWithoutVTimeZoneToItsIanaZone)
{
    const auto start = [](const char* dtstart) {
        const auto read = readInterviewInvitation(
            ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", dtstart, "END:VEVENT", "END:VCALENDAR" }));
        EXPECT_TRUE(read.ok()) << FINALIST_DESCRIBE(read);
        return read.ok() ? read->start.toUTC() : QDateTime();
    };
    EXPECT_EQ(start("DTSTART;TZID=Pacific Standard Time:20260701T090000"), utc(2026, 7, 1, 16, 0));
    EXPECT_EQ(start("DTSTART;TZID=\"Tokyo Standard Time\":20260701T090000"), utc(2026, 7, 1, 0, 0));
    // Windows maps this one to Asia/Calcutta, an alias the IANA database keeps.
    EXPECT_EQ(start("DTSTART;TZID=India Standard Time:20260701T093000"), utc(2026, 7, 1, 4, 0));
    // IANA ids, also behind the path old Mozilla and Lotus exports put before them.
    EXPECT_EQ(start("DTSTART;TZID=Europe/Berlin:20260310T140000"), utc(2026, 3, 10, 13, 0));
    EXPECT_EQ(start("DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20260310T140000"),
              utc(2026, 3, 10, 13, 0));
    EXPECT_EQ(start("DTSTART;TZID=Etc/UTC:20260310T140000"), utc(2026, 3, 10, 14, 0));
    EXPECT_EQ(start("DTSTART;TZID=UTC:20260310T140000"), utc(2026, 3, 10, 14, 0));
    EXPECT_EQ(start("DTSTART;TZID=EST:20260310T090000"), utc(2026, 3, 10, 14, 0));
    // Not an id at all, and not a path QTimeZone may open: the hour as written, floating.
    const auto read = readInterviewInvitation(
        ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;TZID=../../../dev/stdin:20260310T140000",
              "END:VEVENT", "END:VCALENDAR" }));
    ASSERT_OK(read);
    EXPECT_EQ(read->start.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(read->start.time(), QTime(14, 0));
}

TEST(InterviewInvitation, KeepsFloatingTimeOnThisMachinesClock)
{
    const auto read = readInterviewInvitation(
        ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000", "DURATION:PT1H30M",
              "END:VEVENT", "END:VCALENDAR" }));
    ASSERT_OK(read);
    EXPECT_EQ(read->start.timeSpec(), Qt::LocalTime);
    EXPECT_EQ(read->start.time(), QTime(14, 0));
    EXPECT_EQ(read->day, QDate(2026, 3, 10));
    EXPECT_EQ(read->start.secsTo(read->end), 90 * 60);
}

TEST(InterviewInvitation, UnfoldsOnBytesAndReadsQuotedParameters)
{
    // A BOM, bare LF, a tab fold, a fold inside "é" and quoted values holding ';' ':' and ','.
    QByteArray text
        = "\xEF\xBB\xBF"
          "BEGIN:VCALENDAR\nMETHOD:request\nBEGIN:VEVENT\n"
          "DTSTART:20260310T140000Z\nDURATION:PT45M\n"
          "ORGANIZER;CN=\"Doe, Jane; Recruiting: EMEA\";SENT-BY=\"mailto:a@example.com\""
          ":MAILTO:Jane.Doe%2Bjobs@Example.com\n"
          "ATTENDEE;CN=Ren\xC3\n \xA9"
          " Dubois;ROLE=CHAIR:mailto:rene@example.org\n"
          "ATTENDEE;CUTYPE=INDIVIDUAL;EMAIL=guest@example.org;CN=Guest:urn:uuid:1234\n"
          "ATTENDEE;CN=Dial-in only:tel:+15555550100\n"
          "ATTENDEE;cutype=room;CN=Room 7:mailto:room7@example.org\n"
          "ATTENDEE;CN=Jane again:mailto:jane.doe+jobs@example.com\n"
          "SUMMARY:Panel\\, round two\\; bring \\\\ notes\\Nthanks\n"
          "X-UNKNOWN;X-PARAM=\"a:b\":whatever\n"
          "END:VEVENT\nEND:VCALENDAR";
    const auto read = readInterviewInvitation(text);
    ASSERT_OK(read);
    const InterviewInvitation& i = read.value();
    EXPECT_EQ(i.method, QStringLiteral("REQUEST"));
    EXPECT_EQ(i.summary, QStringLiteral("Panel, round two; bring \\ notes\nthanks"));
    EXPECT_EQ(i.end.toUTC(), utc(2026, 3, 10, 14, 45));
    ASSERT_EQ(i.people.size(), 4u);
    expectPerson(i.people[0], QStringLiteral("Doe, Jane; Recruiting: EMEA"),
                 QStringLiteral("Jane.Doe+jobs@Example.com"), true, QString());
    expectPerson(i.people[1], QStringLiteral("René Dubois"), QStringLiteral("rene@example.org"),
                 false, QStringLiteral("CHAIR"));
    expectPerson(i.people[2], QStringLiteral("Guest"), QStringLiteral("guest@example.org"), false,
                 QString());
    expectPerson(i.people[3], QStringLiteral("Dial-in only"), QString(), false, QString());
}

TEST(InterviewInvitation, TakesOnlyTheFirstEventAndNothingFromItsAlarms)
{
    const auto read = readInterviewInvitation(ics({
        "BEGIN:VCALENDAR",
        "BEGIN:VTODO",
        "SUMMARY:A to-do",
        "DTSTART:20260101T090000Z",
        "END:VTODO",
        "BEGIN:VEVENT",
        "DTSTART:20260310T140000Z",
        "BEGIN:VALARM",
        "ACTION:EMAIL",
        "SUMMARY:Alarm notification",
        "DESCRIPTION:This is an event reminder",
        "ATTENDEE;CN=Alarm:mailto:alarm@example.com",
        "TRIGGER:-PT30M",
        "END:VALARM",
        "SUMMARY:The interview",
        "X-WR-SOMETHING:ignored",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART:20260311T140000Z",
        "SUMMARY:Another event",
        "ORGANIZER:mailto:other@example.com",
        "END:VEVENT",
        "END:VCALENDAR",
    }));
    ASSERT_OK(read);
    EXPECT_EQ(read->summary, QStringLiteral("The interview"));
    EXPECT_TRUE(read->description.isEmpty());
    EXPECT_TRUE(read->people.empty());
    EXPECT_EQ(read->start.toUTC(), utc(2026, 3, 10, 14, 0));
}

TEST(InterviewInvitation, FindsTheJoinLinkNotTheOtherLinks)
{
    const auto link = [](const char* property) {
        const auto read = readInterviewInvitation(
            ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20260310T140000Z", property,
                  "END:VEVENT", "END:VCALENDAR" }));
        EXPECT_TRUE(read.ok()) << FINALIST_DESCRIBE(read);
        return read.ok() ? read->meetingUrl : QString();
    };
    EXPECT_EQ(link("DESCRIPTION:Local numbers: https://us06web.zoom.us/u/kc9Q\\nJoin: "
                   "https://example.zoom.us/j/123456789?pwd=abc."),
              QStringLiteral("https://example.zoom.us/j/123456789?pwd=abc"));
    EXPECT_EQ(link("DESCRIPTION:Learn More<https://aka.ms/JoinTeamsMeeting> | Options<https://"
                   "teams.microsoft.com/meetingOptions/?organizerId=1>"),
              QString());
    // Outlook's Safe Links: the real address is inside.
    EXPECT_EQ(
        link("DESCRIPTION:Join: https://eur02.safelinks.protection.outlook.com/?url=https%3A%"
             "2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19%253ameeting_abc%2540thread.v2%"
             "2F0&data=05"),
        QStringLiteral("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0"));
    EXPECT_EQ(link("URL;VALUE=URI:https://meet.google.com/abc-defg-hij"),
              QStringLiteral("https://meet.google.com/abc-defg-hij"));
    EXPECT_EQ(link("URL:https://calendar.example.com/event/42"), QString());
}

// The encoding of an invitation is found as for contact files, and what cannot be text is left
// out with a warning on its line, never silently.
namespace {

bool anyWarningStartsWith(const TextReport& report, const QString& start, const QString& has)
{
    return std::any_of(report.warnings.begin(), report.warnings.end(), [&](const TextWarning& w) {
        return w.message.startsWith(start) && w.message.contains(has);
    });
}

} // namespace

TEST(InterviewInvitationEncoding, OutlookUtf8WithAByteOrderMarkAndAFoldInsideACharacter)
{
    // Outlook writes a byte order mark and CRLF, and folds at 75 octets wherever that falls:
    // here between the two bytes of "ë" (C3 AB).
    const QByteArray text = "\xEF\xBB\xBF"
        + ics({ "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
                "VERSION:2.0", "BEGIN:VEVENT", "ORGANIZER;CN=\"M\xC3\xBCller, Zo\xC3",
                " \xAB\":MAILTO:zoe.muller@example.com",
                "SUMMARY;LANGUAGE=de-DE:Gespr\xC3\xA4"
                "ch mit Zo\xC3\xAB",
                "DTSTART:20260310T140000Z", "DTEND:20260310T150000Z", "END:VEVENT",
                "END:VCALENDAR" });
    const auto read = readInterviewInvitation(text);
    ASSERT_OK(read);
    EXPECT_EQ(read->reading.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(read->reading.guessed);
    EXPECT_TRUE(read->reading.warnings.empty());
    EXPECT_EQ(read->summary, QStringLiteral("Gespräch mit Zoë"));
    ASSERT_EQ(read->people.size(), 1u);
    EXPECT_EQ(read->people[0].name, QStringLiteral("Müller, Zoë"));
}

TEST(InterviewInvitationEncoding, GoogleCalendarUtf8WithoutAMarkIsNotAGuess)
{
    const auto read = readFixture("google-calendar.ics");
    ASSERT_OK(read);
    EXPECT_EQ(read->reading.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(read->reading.guessed);
    EXPECT_TRUE(read->reading.warnings.empty());
    EXPECT_TRUE(read->reading.summary().contains(QStringLiteral("UTF-8")));
}

TEST(InterviewInvitationEncoding, AWindows1252FileIsReadAsAStatedGuess)
{
    const QByteArray text = ics({ "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT",
                                  "ORGANIZER;CN=Zo\xEB M\xFCller:mailto:zoe@example.com",
                                  "SUMMARY:Entretien \x96 Caf\xE9 Cr\xE8me",
                                  "DTSTART:20260310T140000Z", "END:VEVENT", "END:VCALENDAR" });
    const auto read = readInterviewInvitation(text);
    ASSERT_OK(read);
    EXPECT_EQ(read->reading.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(read->reading.guessed);
    EXPECT_TRUE(read->reading.summary().contains(QStringLiteral("Windows-1252 (a guess")))
        << read->reading.summary().toStdString();
    EXPECT_TRUE(read->reading.warnings.empty());
    EXPECT_EQ(read->summary, QStringLiteral("Entretien – Café Crème"));
    ASSERT_EQ(read->people.size(), 1u);
    EXPECT_EQ(read->people[0].name, QStringLiteral("Zoë Müller"));

    // Forced to UTF-8, the same bytes are not text: left out, each line saying so.
    const auto forced = readInterviewInvitation(text, TextEncoding::Utf8);
    ASSERT_OK(forced);
    EXPECT_EQ(forced->reading.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(forced->reading.guessed);
    EXPECT_EQ(forced->people[0].name, QStringLiteral("Zo Mller"));
    EXPECT_TRUE(
        anyWarningStartsWith(forced->reading, QStringLiteral("Line 4:"), QStringLiteral("0xEB")));
    EXPECT_TRUE(
        anyWarningStartsWith(forced->reading, QStringLiteral("Line 5:"), QStringLiteral("0x96")));
}

TEST(InterviewInvitationEncoding, BadBytesAndControlCodesAreLeftOutWithTheirLine)
{
    // Mostly UTF-8 (so not taken for a code page), with one stray byte on line 6 and a NUL and
    // an escape code on line 7, inside a folded DESCRIPTION that starts on line 7.
    QByteArray bytes
        = ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Caf\xC3\xA9 with the Zo\xC3\xAB team",
                "LOCATION:Stra\xC3\x9F"
                "e 1, K\xC3\xB6ln",
                "DTSTART:20260310T140000Z", "ORGANIZER;CN=Ana \xFFRuiz:mailto:ana@example.com",
                "DESCRIPTION:First\x1B part" });
    bytes += QByteArray(" and\0 more\r\n", 12);
    bytes += ics({ "END:VEVENT", "END:VCALENDAR" });
    const auto read = readInterviewInvitation(bytes);
    ASSERT_OK(read);
    EXPECT_EQ(read->reading.encoding, TextEncoding::Utf8);
    EXPECT_EQ(read->summary, QStringLiteral("Café with the Zoë team"));
    ASSERT_EQ(read->people.size(), 1u);
    EXPECT_EQ(read->people[0].name, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(read->description, QStringLiteral("First partand more"));
    EXPECT_TRUE(
        anyWarningStartsWith(read->reading, QStringLiteral("Line 6:"), QStringLiteral("0xFF")));
    EXPECT_TRUE(
        anyWarningStartsWith(read->reading, QStringLiteral("Line 7:"), QStringLiteral("NUL")));
    EXPECT_TRUE(
        anyWarningStartsWith(read->reading, QStringLiteral("Line 7:"), QStringLiteral("U+001B")));
    EXPECT_EQ(read->reading.warnings.size(), 2u); // one per line: invalid bytes, control codes
}

TEST(InterviewInvitationEncoding, Utf16WithAMarkBecomesText)
{
    const QString text
        = QString::fromUtf8(ics({ "BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Entretien avec Zoë",
                                  "DTSTART:20260310T140000Z", "END:VEVENT", "END:VCALENDAR" }));
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const auto read = readInterviewInvitation(bytes);
    ASSERT_OK(read);
    EXPECT_EQ(read->reading.encoding, TextEncoding::Utf16LE);
    EXPECT_FALSE(read->reading.guessed);
    EXPECT_EQ(read->summary, QStringLiteral("Entretien avec Zoë"));
}
