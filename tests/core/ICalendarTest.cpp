// The .ics output read back by an independent parser: Debian's python3-icalendar, installed by
// script/bootstrap.
#include "formats/ICalendar.h"

#include "services/ContactTrash.h"
#include "services/FollowUpCalendar.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/ProfileRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace finalist;

namespace {

// Parses the file with icalendar and returns its components as JSON.
QJsonArray parsedByPython(const QString& path)
{
    static const char* script = R"(
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for c in cal.walk():
    if c.name not in ('VEVENT', 'VTODO'):
        continue
    start = c.get('dtstart') or c.get('due')
    alarms = [a for a in c.walk('VALARM')]
    out.append({'kind': c.name, 'uid': str(c.get('uid')), 'date': start.dt.isoformat(),
                'summary': str(c.get('summary')), 'description': str(c.get('description', '')),
                'stamp': c.get('dtstamp').dt.isoformat(), 'alarms': len(alarms),
                'trigger': str(alarms[0].get('trigger').dt) if alarms else '',
                'related': alarms[0].get('trigger').params.get('RELATED', 'START') if alarms else '',
                'status': str(c.get('status', '')), 'sequence': int(c.get('sequence', -1)),
                'completed': c.get('completed').dt.isoformat() if c.get('completed') else ''})
print(json.dumps(out))
)";
    // Debian's interpreter, which has the package; a python3 earlier on PATH may not.
    const QString debian = QStringLiteral("/usr/bin/python3");
    QProcess python;
    python.start(QFile::exists(debian) ? debian : QStringLiteral("python3"),
                 { QStringLiteral("-c"), QString::fromUtf8(script), path });
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QString written(const test::TempFolder& folder, const QByteArray& ics, const QString& name)
{
    const QString path = folder.path(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ics);
    return path;
}

} // namespace

TEST(ICalendar, AnIndependentParserReadsEveryEventAlarmAndUid)
{
    test::TempFolder folder;
    const QString longName = QStringLiteral("Nudge Zoë Świątek-Ødegaard at Überlingen Analytics, "
                                            "about the feedback; really, truly: ✓ done?");
    const std::vector<CalendarItem> items{
        { QStringLiteral("followup-1-20260302@finalist"), QDate(2026, 3, 9), longName,
          QStringLiteral("Line one\nLine two, with a comma; and \\ a backslash") },
        { QStringLiteral("followup-2-20260302@finalist"), QDate(2026, 12, 31),
          QStringLiteral("Check in"), QString() },
    };
    const QDateTime stamp(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QByteArray ics = writeICalendar(items, stamp);
    for (const QByteArray& line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets and the CR
    EXPECT_TRUE(ics.contains("\r\n ")); // the long summary was folded
    const QJsonArray events = parsedByPython(written(folder, ics, QStringLiteral("a.ics")));
    ASSERT_EQ(events.size(), 2);
    const QJsonObject first = events[0].toObject();
    EXPECT_EQ(first[QStringLiteral("kind")].toString(), QStringLiteral("VEVENT"));
    EXPECT_EQ(first[QStringLiteral("uid")].toString(), items[0].uid);
    EXPECT_EQ(first[QStringLiteral("date")].toString(), QStringLiteral("2026-03-09"));
    EXPECT_EQ(first[QStringLiteral("summary")].toString(), longName);
    EXPECT_EQ(first[QStringLiteral("description")].toString(), items[0].description);
    EXPECT_EQ(first[QStringLiteral("stamp")].toString(),
              QStringLiteral("2026-03-02T09:00:00+00:00"));
    EXPECT_EQ(first[QStringLiteral("alarms")].toInt(), 1);
    EXPECT_EQ(first[QStringLiteral("trigger")].toString(), QStringLiteral("9:00:00"));
    EXPECT_EQ(events[1].toObject()[QStringLiteral("date")].toString(),
              QStringLiteral("2026-12-31"));

    const QJsonArray todos = parsedByPython(
        written(folder, writeICalendar(items, stamp, true), QStringLiteral("t.ics")));
    ASSERT_EQ(todos.size(), 2);
    EXPECT_EQ(todos[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("VTODO"));
    EXPECT_EQ(todos[0].toObject()[QStringLiteral("alarms")].toInt(), 1);
}

TEST(ICalendar, TheProfileEmailIsTheOrganizer)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("o.sqlite")), clock);
    ASSERT_TRUE(db);
    FollowUp f;
    f.reason = QStringLiteral("Check in");
    f.dueOn = QDate(2026, 3, 9);
    ASSERT_OK(FollowUpRepository(*db).add(f));
    auto items = followUpCalendar(*db);
    ASSERT_OK(items);
    EXPECT_FALSE(followUpCalendarFile(*db, items.value(), false).contains("ORGANIZER"))
        << "no profile, no organizer";

    Profile me;
    me.name = QStringLiteral("Okafor, \"Zoë\"");
    me.email = QStringLiteral("zoe@example.org");
    ASSERT_OK(ProfileRepository(*db).save(me));
    const QByteArray ics = followUpCalendarFile(*db, items.value(), false);
    EXPECT_TRUE(ics.contains("ORGANIZER;CN=\"Okafor, Zoë\":mailto:zoe@example.org\r\n"))
        << ics.toStdString();
    // python3-icalendar reads it back.
    const QString path = written(folder, ics, QStringLiteral("o.ics"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import sys\nfrom icalendar import Calendar\n"
                                  "c = Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                  "e = list(c.walk('VEVENT'))[0]\n"
                                  "print(e['organizer'].params['CN'] + '|' + str(e['organizer']))"),
                   path });
    ASSERT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
              QStringLiteral("Okafor, Zoë|mailto:zoe@example.org"))
        << python.readAllStandardError().toStdString();
}

TEST(ICalendar, ASecondExportKeepsTheUids)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("c.sqlite")), clock);
    ASSERT_TRUE(db);
    for (int i = 0; i < 3; ++i) {
        FollowUp f;
        f.reason = QStringLiteral("Follow up %1").arg(i);
        f.dueOn = QDate(2026, 3, 3 + i);
        ASSERT_OK(FollowUpRepository(*db).add(f));
    }
    auto first = followUpCalendar(*db);
    ASSERT_OK(first);
    clock.advanceDays(1);
    FollowUp extra;
    extra.reason = QStringLiteral("Another");
    extra.dueOn = QDate(2026, 4, 1);
    ASSERT_OK(FollowUpRepository(*db).add(extra));
    auto second = followUpCalendar(*db);
    ASSERT_OK(second);
    ASSERT_EQ(second.value().size(), 4u);
    QStringList uids;
    for (const CalendarItem& item : second.value())
        uids << item.uid;
    for (const CalendarItem& item : first.value())
        EXPECT_TRUE(uids.contains(item.uid)) << item.uid.toStdString();
    EXPECT_EQ(QSet<QString>(uids.begin(), uids.end()).size(), 4);
    const QJsonArray parsed = parsedByPython(
        written(folder, writeICalendar(second.value(), clock.now()), QStringLiteral("all.ics")));
    ASSERT_EQ(parsed.size(), 4);
    for (int i = 0; i < parsed.size(); ++i)
        EXPECT_EQ(parsed[i].toObject()[QStringLiteral("uid")].toString(), uids[i]);
}

TEST(ICalendar, ToDosAlarmOnTheirDueDayAndFinishedFollowUpsAreCrossedOff)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("d.sqlite")), clock);
    ASSERT_TRUE(db);
    FollowUpRepository repository(*db);
    FollowUp open, done, moved, old;
    open.reason = QStringLiteral("Still to do");
    open.dueOn = QDate(2026, 3, 9);
    done.reason = QStringLiteral("Done last week");
    done.dueOn = QDate(2026, 3, 1);
    moved.reason = QStringLiteral("Moved twice");
    moved.dueOn = QDate(2026, 3, 10);
    old.reason = QStringLiteral("Done long ago");
    old.dueOn = QDate(2025, 6, 1);
    for (FollowUp* f : { &open, &done, &moved, &old })
        ASSERT_OK(repository.add(*f));
    auto first = followUpCalendar(*db);
    ASSERT_OK(first);
    int movedSequence = -1;
    for (const CalendarItem& item : first.value())
        if (item.description == moved.reason)
            movedSequence = item.sequence;

    clock.advanceDays(1);
    old.status = FollowUpStatus::Done;
    old.doneOn = QDate(2025, 6, 2); // older than the export's window
    ASSERT_OK(repository.update(old));
    done.status = FollowUpStatus::Done;
    done.doneOn = clock.today();
    ASSERT_OK(repository.update(done));
    moved.dueOn = QDate(2026, 3, 12);
    ASSERT_OK(repository.update(moved));

    auto items = followUpCalendar(*db);
    ASSERT_OK(items);
    ASSERT_EQ(items.value().size(), 3u) << "the one done long ago is no longer exported";
    for (const bool asTodos : { false, true }) {
        const QJsonArray parsed = parsedByPython(written(
            folder, followUpCalendarFile(*db, items.value(), asTodos), QStringLiteral("d.ics")));
        ASSERT_EQ(parsed.size(), 3);
        QHash<QString, QJsonObject> byWhat;
        for (const QJsonValue& v : parsed)
            byWhat.insert(v.toObject()[QStringLiteral("description")].toString(), v.toObject());
        const QJsonObject stillOpen = byWhat.value(open.reason);
        EXPECT_EQ(stillOpen[QStringLiteral("alarms")].toInt(), 1);
        // A to-do has no start: its alarm is nine hours after the start of its due day.
        EXPECT_EQ(stillOpen[QStringLiteral("related")].toString(),
                  asTodos ? QStringLiteral("END") : QStringLiteral("START"));
        EXPECT_EQ(stillOpen[QStringLiteral("trigger")].toString(), QStringLiteral("9:00:00"));
        EXPECT_EQ(stillOpen[QStringLiteral("uid")].toString().contains(QStringLiteral("-todo@")),
                  asTodos)
            << "events and to-dos never share a UID";
        const QJsonObject finished = byWhat.value(done.reason);
        EXPECT_EQ(finished[QStringLiteral("alarms")].toInt(), 0);
        EXPECT_EQ(finished[QStringLiteral("status")].toString(),
                  asTodos ? QStringLiteral("COMPLETED") : QStringLiteral("CANCELLED"));
        if (asTodos)
            EXPECT_TRUE(finished[QStringLiteral("completed")].toString().startsWith(
                QStringLiteral("2026-03-03")));
        const QJsonObject movedOne = byWhat.value(moved.reason);
        EXPECT_EQ(movedOne[QStringLiteral("date")].toString(), QStringLiteral("2026-03-12"));
        EXPECT_GT(movedOne[QStringLiteral("sequence")].toInt(), movedSequence)
            << "a moved follow-up tells calendars it is the newer version";
    }
}

TEST(ICalendar, AFollowUpDeletedWithItsContactIsCancelledUntilItIsPutBack)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("e.sqlite")), clock);
    ASSERT_TRUE(db);
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ASSERT_OK(ContactRepository(*db).add(ana));
    FollowUp nudge;
    nudge.contactId = ana.id;
    nudge.reason = QStringLiteral("Ask how the new hire is settling in");
    nudge.dueOn = QDate(2026, 5, 20);
    ASSERT_OK(FollowUpRepository(*db).add(nudge));
    auto before = followUpCalendar(*db);
    ASSERT_OK(before);
    ASSERT_EQ(before.value().size(), 1u);
    const CalendarItem exported = before.value().front();

    auto deleted = deleteContact(*db, ana.id);
    ASSERT_OK(deleted);
    auto after = followUpCalendar(*db);
    ASSERT_OK(after);
    ASSERT_EQ(after.value().size(), 1u) << "the calendar is told, not left with the event";
    const CalendarItem cancelled = after.value().front();
    EXPECT_EQ(cancelled.uid, exported.uid);
    EXPECT_EQ(cancelled.state, CalendarItem::State::Cancelled);
    EXPECT_GT(cancelled.sequence, exported.sequence);
    for (const bool asTodos : { false, true }) {
        const QJsonArray parsed = parsedByPython(written(
            folder, followUpCalendarFile(*db, after.value(), asTodos), QStringLiteral("e.ics")));
        ASSERT_EQ(parsed.size(), 1);
        EXPECT_EQ(parsed[0].toObject()[QStringLiteral("status")].toString(),
                  QStringLiteral("CANCELLED"));
        EXPECT_EQ(parsed[0].toObject()[QStringLiteral("alarms")].toInt(), 0);
    }

    // Undone, the follow-up is back and open, and no longer exported as cancelled.
    ASSERT_OK(restoreContact(*db, deleted.value()));
    auto restored = followUpCalendar(*db);
    ASSERT_OK(restored);
    ASSERT_EQ(restored.value().size(), 1u);
    EXPECT_EQ(restored.value().front().uid, exported.uid);
    EXPECT_EQ(restored.value().front().state, CalendarItem::State::Open);
}
