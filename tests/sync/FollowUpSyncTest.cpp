// Follow-ups as VTODOs: the fields' round trip, two journals syncing them through one Radicale
// (edits on each side, a conflict, a merge, links to contacts and opportunities), and tasks
// written by other programs (Thunderbird, tasks.org) read, edited and handed back intact.
#include "engine/AdapterFactory.h"
#include "engine/FollowUpAdapter.h"
#include "engine/SyncHistoryText.h"
#include "i18n/DateText.h"
#include "records/CalendarObject.h"
#include "records/CalendarPatch.h"
#include "records/FollowUpFields.h"
#include "records/TodoComponent.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SyncState.h"
#include "SyncedJournals.h"

using namespace finalist;
using namespace finalist::test;

namespace {

const QDateTime kStamp(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);

// As Thunderbird (Lightning) writes a task with a due time: its time zone, a start, an alarm
// before the due time, a priority, categories and its own X-MOZ- bookkeeping.
const QByteArray kThunderbirdTask
    = "BEGIN:VCALENDAR\r\n"
      "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
      "VERSION:2.0\r\n"
      "BEGIN:VTIMEZONE\r\n"
      "TZID:Europe/Berlin\r\n"
      "X-TZINFO:Europe/Berlin[2024a]\r\n"
      "BEGIN:DAYLIGHT\r\n"
      "TZOFFSETFROM:+0100\r\n"
      "TZOFFSETTO:+0200\r\n"
      "TZNAME:CEST\r\n"
      "DTSTART:19700329T020000\r\n"
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
      "END:DAYLIGHT\r\n"
      "BEGIN:STANDARD\r\n"
      "TZOFFSETFROM:+0200\r\n"
      "TZOFFSETTO:+0100\r\n"
      "TZNAME:CET\r\n"
      "DTSTART:19701025T030000\r\n"
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
      "END:STANDARD\r\n"
      "END:VTIMEZONE\r\n"
      "BEGIN:VTODO\r\n"
      "CREATED:20261130T091500Z\r\n"
      "LAST-MODIFIED:20261130T091712Z\r\n"
      "DTSTAMP:20261130T091712Z\r\n"
      "UID:5c3a1e0f-8d2b-4f6e-9a71-3b2c4d5e6f70\r\n"
      "SUMMARY:Send Priya the case study\\, as promised\r\n"
      "PRIORITY:1\r\n"
      "STATUS:NEEDS-ACTION\r\n"
      "CATEGORIES:Job search,Harbor\r\n"
      "DTSTART;TZID=Europe/Berlin:20261203T090000\r\n"
      "DUE;TZID=Europe/Berlin:20261205T170000\r\n"
      "DESCRIPTION:She asked for the one about the pricing migration.\r\n"
      "SEQUENCE:2\r\n"
      "X-MOZ-GENERATION:3\r\n"
      "BEGIN:VALARM\r\n"
      "ACTION:DISPLAY\r\n"
      "TRIGGER;VALUE=DURATION;RELATED=END:-PT30M\r\n"
      "DESCRIPTION:Default Mozilla Description\r\n"
      "END:VALARM\r\n"
      "END:VTODO\r\n"
      "END:VCALENDAR\r\n";

// As tasks.org writes a task through its CalDAV sync (DAVx⁵ writes the same shape): a due day,
// Apple's sort order, a reminder at the due day.
const QByteArray kTasksOrgTask = "BEGIN:VCALENDAR\r\n"
                                 "VERSION:2.0\r\n"
                                 "PRODID:+//IDN tasks.org//android-140104//EN\r\n"
                                 "BEGIN:VTODO\r\n"
                                 "DTSTAMP:20261201T074210Z\r\n"
                                 "UID:7012854466311285123\r\n"
                                 "CREATED:20261201T074158Z\r\n"
                                 "LAST-MODIFIED:20261201T074210Z\r\n"
                                 "SUMMARY:Ask Jon about the team’s roadmap\r\n"
                                 "PRIORITY:9\r\n"
                                 "DUE;VALUE=DATE:20261209\r\n"
                                 "X-APPLE-SORT-ORDER:-123456\r\n"
                                 "CATEGORIES:Follow up\r\n"
                                 "BEGIN:VALARM\r\n"
                                 "TRIGGER;RELATED=END:PT0S\r\n"
                                 "ACTION:DISPLAY\r\n"
                                 "DESCRIPTION:Default Tasks.org description\r\n"
                                 "END:VALARM\r\n"
                                 "END:VTODO\r\n"
                                 "END:VCALENDAR\r\n";

sync::RecordFields roundTrip(const sync::RecordFields& fields, const QByteArray& server = {})
{
    const auto before = sync::readCalendar(server);
    const QByteArray written = sync::patchCalendar(
        server, sync::todoRecord(fields, before ? before->main("VTODO") : nullptr),
        QStringLiteral("urn:uuid:1"), kStamp);
    const auto read = sync::readCalendar(written);
    EXPECT_TRUE(read && read->main("VTODO")) << written.toStdString();
    return read && read->main("VTODO") ? sync::todoFields(*read->main("VTODO"))
                                       : sync::RecordFields();
}

FollowUp sample()
{
    FollowUp f;
    f.reason = QStringLiteral("Nudge Jürgen; ask about the “platform” role, kindly");
    f.dueOn = QDate(2026, 12, 5);
    f.kind = FollowUpKind::Nudge;
    return f;
}

class FollowUpSync : public SyncedJournals
{
protected:
    FollowUp addFollowUp(Database& db, const QString& reason, QDate due, qint64 contactId = 0,
                         qint64 opportunityId = 0)
    {
        FollowUp f;
        f.reason = reason;
        f.dueOn = due;
        f.contactId = contactId;
        f.opportunityId = opportunityId;
        EXPECT_OK(FollowUpRepository(db).add(f));
        return f;
    }
    FollowUp followUp(Database& db, const QString& reason)
    {
        auto all = FollowUpRepository(db).list();
        EXPECT_OK(all);
        for (const FollowUp& f : all.value()) {
            if (f.reason == reason)
                return f;
        }
        ADD_FAILURE() << "no follow-up " << reason.toStdString();
        return {};
    }
    Opportunity addOpportunity(Database& db, const QString& company, const QString& role)
    {
        Opportunity o;
        o.company = company;
        o.role = role;
        EXPECT_OK(OpportunityRepository(db).add(o));
        return o;
    }
    // Every follow-up as the sync sees it (ids and times aside), sorted: two journals that
    // agree give the same list.
    static QStringList followUps(Database& db)
    {
        auto records = sync::FollowUpAdapter(db).list();
        EXPECT_OK(records);
        QStringList lines;
        for (const sync::LocalRecord& r : records.value())
            lines << sync::fieldsToJson(r.fields);
        lines.sort();
        return lines;
    }
    QUrl taskUrl(const QString& name) const
    {
        return collection(SyncKind::FollowUps).resolved(QUrl(name));
    }
};

} // namespace

TEST(FollowUpFields, EveryStatusComesBackExactly)
{
    const sync::FollowUpLinks links{ QStringLiteral("Maya Lindqvist, Nettle & Co"),
                                     QStringLiteral(
                                         "urn:uuid:7d3f0c1e-0000-5000-8000-000000000001"),
                                     QStringLiteral("Nettle & Co — Data Engineer") };
    for (FollowUpStatus status : { FollowUpStatus::Open, FollowUpStatus::Done,
                                   FollowUpStatus::Snoozed, FollowUpStatus::Cancelled }) {
        FollowUp f = sample();
        f.status = status;
        if (status == FollowUpStatus::Done)
            f.doneOn = QDate(2026, 12, 3);
        sync::RecordFields fields = sync::followUpFields(f, links);
        fields.insert(QStringLiteral("description"),
                      QStringLiteral("Typed on the phone;\n\nwith a blank line, and commas."));
        const sync::RecordFields back = roundTrip(fields);
        EXPECT_EQ(back, fields) << enumKey(status).toStdString();
        FollowUp read;
        sync::applyFollowUpFields(read, back);
        EXPECT_EQ(read.reason, f.reason);
        EXPECT_EQ(read.dueOn, f.dueOn);
        EXPECT_EQ(read.status, f.status);
        EXPECT_EQ(read.doneOn, f.doneOn);
        EXPECT_EQ(read.kind, f.kind);
        EXPECT_EQ(sync::followUpLinksOf(back).contactUid, links.contactUid);
    }
}

TEST(FollowUpFields, OtherClientsStatusesMeanWhatTheySay)
{
    sync::RecordFields snoozed = sync::followUpFields(sample(), {});
    snoozed.insert(QStringLiteral("status"), QStringLiteral("snoozed"));
    const auto server = sync::readCalendar(
        sync::patchCalendar({}, sync::todoRecord(snoozed, nullptr), QStringLiteral("x"), kStamp));
    ASSERT_TRUE(server);
    QByteArray written = sync::writeComponent(*server);
    EXPECT_TRUE(written.contains("STATUS:NEEDS-ACTION\r\n")) << "snoozed is still to do elsewhere";
    EXPECT_TRUE(written.contains("X-FINALIST-STATUS:snoozed\r\n"));

    // Ticked off on a phone that keeps Finalist's own status as it was: done.
    QByteArray ticked = written;
    ticked.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261204T101500Z");
    const auto done = sync::readCalendar(ticked);
    ASSERT_TRUE(done && done->main("VTODO"));
    const sync::RecordFields doneFields = sync::todoFields(*done->main("VTODO"));
    EXPECT_EQ(doneFields.value(QStringLiteral("status")), QStringLiteral("done"));
    EXPECT_EQ(doneFields.value(QStringLiteral("doneOn")),
              QDateTime(QDate(2026, 12, 4), QTime(10, 15), Qt::UTC)
                  .toLocalTime()
                  .date()
                  .toString(Qt::ISODate));

    // Started on a phone: open for Finalist, and IN-PROCESS stays when Finalist writes.
    QByteArray started = written;
    started.replace("STATUS:NEEDS-ACTION", "STATUS:IN-PROCESS\r\nPERCENT-COMPLETE:40");
    started.replace("X-FINALIST-STATUS:snoozed", "X-FINALIST-STATUS:open");
    const auto inProcess = sync::readCalendar(started);
    ASSERT_TRUE(inProcess && inProcess->main("VTODO"));
    sync::RecordFields open = sync::todoFields(*inProcess->main("VTODO"));
    EXPECT_EQ(open.value(QStringLiteral("status")), QStringLiteral("open"));
    open.insert(QStringLiteral("reason"), QStringLiteral("Nudge Jürgen again"));
    const QByteArray rewritten = sync::patchCalendar(
        started, sync::todoRecord(open, inProcess->main("VTODO")), QStringLiteral("x"), kStamp);
    EXPECT_TRUE(rewritten.contains("STATUS:IN-PROCESS\r\n")) << rewritten.toStdString();
    EXPECT_TRUE(rewritten.contains("PERCENT-COMPLETE:40\r\n"));
    EXPECT_EQ(rewritten.count("STATUS:"), 2) << "STATUS and X-FINALIST-STATUS, once each";
}

TEST(FollowUpFields, AnotherClientsTaskKeepsItsOwnPropertiesAndForms)
{
    const auto server = sync::readCalendar(kThunderbirdTask);
    ASSERT_TRUE(server && server->main("VTODO"));
    sync::RecordFields fields = sync::todoFields(*server->main("VTODO"));
    EXPECT_EQ(fields.value(QStringLiteral("reason")),
              QStringLiteral("Send Priya the case study, as promised"));
    EXPECT_EQ(fields.value(QStringLiteral("dueOn")), QStringLiteral("2026-12-05"));
    EXPECT_EQ(fields.value(QStringLiteral("status")), QStringLiteral("open"));
    EXPECT_EQ(fields.value(QStringLiteral("description")),
              QStringLiteral("She asked for the one about the pricing migration."));
    EXPECT_EQ(roundTrip(fields, kThunderbirdTask), fields);

    // Snoozed to Tuesday and done: the due time and zone stay, the new day is taken.
    fields.insert(QStringLiteral("dueOn"), QStringLiteral("2026-12-08"));
    fields.insert(QStringLiteral("status"), QStringLiteral("done"));
    fields.insert(QStringLiteral("doneOn"), QStringLiteral("2026-12-07"));
    const QByteArray written
        = sync::patchCalendar(kThunderbirdTask, sync::todoRecord(fields, server->main("VTODO")),
                              QStringLiteral("5c3a1e0f-8d2b-4f6e-9a71-3b2c4d5e6f70"), kStamp);
    const QString text = QString::fromUtf8(written);
    EXPECT_TRUE(text.contains(QStringLiteral("DUE;TZID=Europe/Berlin:20261208T170000\r\n")))
        << written.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART;TZID=Europe/Berlin:20261203T090000\r\n")));
    for (const char* kept :
         { "PRIORITY:1\r\n", "CATEGORIES:Job search,Harbor\r\n", "X-MOZ-GENERATION:3\r\n",
           "TRIGGER;VALUE=DURATION;RELATED=END:-PT30M\r\n", "BEGIN:VTIMEZONE\r\n",
           "X-TZINFO:Europe/Berlin[2024a]\r\n", "CREATED:20261130T091500Z\r\n", "SEQUENCE:3\r\n",
           "DTSTAMP:20261201T083000Z\r\n", "LAST-MODIFIED:20261201T083000Z\r\n",
           "STATUS:COMPLETED\r\n", "PERCENT-COMPLETE:100\r\n", "X-FINALIST-STATUS:done\r\n" })
        EXPECT_TRUE(written.contains(kept)) << kept;
    EXPECT_EQ(written.count("BEGIN:VTODO"), 1);
    EXPECT_EQ(written.count("DTSTAMP:"), 1);
    EXPECT_EQ(roundTrip(fields, written), fields);

    // Opened again: COMPLETED goes with it.
    fields.insert(QStringLiteral("status"), QStringLiteral("open"));
    fields.remove(QStringLiteral("doneOn"));
    const auto done = sync::readCalendar(written);
    const QByteArray reopened = sync::patchCalendar(
        written, sync::todoRecord(fields, done->main("VTODO")), QStringLiteral("x"), kStamp);
    EXPECT_FALSE(reopened.contains("COMPLETED:")) << reopened.toStdString();
    EXPECT_FALSE(reopened.contains("PERCENT-COMPLETE"));
    EXPECT_TRUE(reopened.contains("SEQUENCE:4\r\n"));
}

TEST_F(FollowUpSync, CreateEditDeleteOnEachSideInTurn)
{
    addFollowUp(*a, QStringLiteral("Thank Maya for the final round"), QDate(2026, 12, 2));
    addFollowUp(*a, QStringLiteral("Ask Jon for feedback"), QDate(2026, 12, 9));
    setUpSync(*a, { SyncKind::FollowUps });
    setUpSync(*b, { SyncKind::FollowUps });

    EXPECT_EQ(syncOrFail(*a).sent, 2);
    EXPECT_EQ(syncOrFail(*b).added, 2);
    EXPECT_EQ(followUps(*b), followUps(*a));
    EXPECT_FALSE(syncOrFail(*b).changedAnything()) << "a second sync finds nothing to do";
    EXPECT_FALSE(syncOrFail(*a).changedAnything());

    // b edits one, deletes the other, adds a third.
    FollowUp thank = followUp(*b, QStringLiteral("Thank Maya for the final round"));
    thank.kind = FollowUpKind::StayInTouch;
    thank.dueOn = QDate(2026, 12, 3);
    ASSERT_OK(FollowUpRepository(*b).update(thank));
    ASSERT_OK(
        FollowUpRepository(*b).remove(followUp(*b, QStringLiteral("Ask Jon for feedback")).id));
    addFollowUp(*b, QStringLiteral("Ninety days: check in with Nettle"), QDate(2027, 3, 1));
    const sync::SyncReport fromB = syncOrFail(*b);
    EXPECT_EQ(fromB.sent, 2);
    EXPECT_EQ(fromB.deletedOnServer, 1);
    const sync::SyncReport intoA = syncOrFail(*a);
    EXPECT_EQ(intoA.added, 1);
    EXPECT_EQ(intoA.updated, 1);
    EXPECT_EQ(intoA.removed, 1);
    EXPECT_EQ(followUps(*a), followUps(*b));
    const FollowUp inA = followUp(*a, QStringLiteral("Thank Maya for the final round"));
    EXPECT_EQ(inA.kind, FollowUpKind::StayInTouch);
    EXPECT_EQ(inA.dueOn, QDate(2026, 12, 3));

    // and a ticks one off.
    FollowUp ninety = followUp(*a, QStringLiteral("Ninety days: check in with Nettle"));
    ninety.status = FollowUpStatus::Done;
    ninety.doneOn = QDate(2026, 12, 1);
    ASSERT_OK(FollowUpRepository(*a).update(ninety));
    syncAll();
    syncOrFail(*b);
    EXPECT_EQ(followUps(*a), followUps(*b));
    const FollowUp doneInB = followUp(*b, QStringLiteral("Ninety days: check in with Nettle"));
    EXPECT_EQ(doneInB.status, FollowUpStatus::Done);
    EXPECT_EQ(doneInB.doneOn, QDate(2026, 12, 1));
    EXPECT_EQ(followUps(*a).size(), 2);
}

TEST_F(FollowUpSync, TheSameFieldChangedOnBothSidesKeepsBothVersions)
{
    addFollowUp(*a, QStringLiteral("Call Maya"), QDate(2026, 12, 2));
    setUpSync(*a, { SyncKind::FollowUps });
    setUpSync(*b, { SyncKind::FollowUps });
    syncAll();

    FollowUp inA = followUp(*a, QStringLiteral("Call Maya"));
    inA.reason = QStringLiteral("Call Maya on Monday");
    ASSERT_OK(FollowUpRepository(*a).update(inA));
    FollowUp inB = followUp(*b, QStringLiteral("Call Maya"));
    inB.reason = QStringLiteral("Email Maya instead");
    ASSERT_OK(FollowUpRepository(*b).update(inB));

    syncOrFail(*a);
    EXPECT_EQ(syncOrFail(*b).conflicts, 1);
    const FollowUp kept = followUp(*b, QStringLiteral("Email Maya instead"));
    auto conflicts = SyncState(*b).conflicts(SyncKind::FollowUps, kept.id);
    ASSERT_OK(conflicts);
    ASSERT_EQ(conflicts.value().size(), 1u);
    EXPECT_EQ(conflicts.value()[0].field, QStringLiteral("reason"));
    EXPECT_EQ(conflicts.value()[0].localValue, QStringLiteral("Email Maya instead"));
    EXPECT_EQ(conflicts.value()[0].serverValue, QStringLiteral("Call Maya on Monday"));
    auto history = SyncState(*b).history(SyncKind::FollowUps, kept.id);
    ASSERT_OK(history);
    ASSERT_FALSE(history.value().empty());
    EXPECT_TRUE(sync::history::text(SyncKind::FollowUps, history.value().front().change)
                    .contains(QStringLiteral("Reason")))
        << history.value().front().change.toStdString();
    syncOrFail(*a);
    EXPECT_EQ(followUps(*a), followUps(*b));
}

TEST_F(FollowUpSync, DoneOnOneSideWhileTheDueDayMovedOnTheOtherMergesWithoutConflict)
{
    addFollowUp(*a, QStringLiteral("Send the portfolio"), QDate(2026, 12, 5));
    setUpSync(*a, { SyncKind::FollowUps });
    setUpSync(*b, { SyncKind::FollowUps });
    syncAll();

    FollowUp inA = followUp(*a, QStringLiteral("Send the portfolio"));
    inA.status = FollowUpStatus::Done;
    inA.doneOn = QDate(2026, 12, 2);
    ASSERT_OK(FollowUpRepository(*a).update(inA));
    FollowUp inB = followUp(*b, QStringLiteral("Send the portfolio"));
    inB.dueOn = QDate(2026, 12, 10); // snoozed by moving its day
    ASSERT_OK(FollowUpRepository(*b).update(inB));

    syncAll();
    syncOrFail(*b);
    for (Database* db : { a.get(), b.get() }) {
        const FollowUp merged = followUp(*db, QStringLiteral("Send the portfolio"));
        EXPECT_EQ(merged.status, FollowUpStatus::Done);
        EXPECT_EQ(merged.doneOn, QDate(2026, 12, 2));
        EXPECT_EQ(merged.dueOn, QDate(2026, 12, 10));
        EXPECT_EQ(SyncState(*db).conflictCount().value(), 0);
    }
    EXPECT_EQ(followUps(*a), followUps(*b));
}

TEST_F(FollowUpSync, LinksArriveAtTheSameContactAndTheMatchingOpportunity)
{
    const Contact maya = add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"),
                             QStringLiteral("Nettle & Co"));
    const Opportunity nettleInA
        = addOpportunity(*a, QStringLiteral("Nettle & Co"), QStringLiteral("Data Engineer"));
    const Opportunity acme = addOpportunity(*a, QStringLiteral("Acme"), QStringLiteral("PM"));
    addFollowUp(*a, QStringLiteral("Thank Maya"), QDate(2026, 12, 2), maya.id, nettleInA.id);
    addFollowUp(*a, QStringLiteral("Ask Acme for feedback"), QDate(2026, 12, 4), 0, acme.id);
    // b tracks the same process on its own (opportunities do not sync), but not Acme's.
    addOpportunity(*b, QStringLiteral("Sturdy Ltd"), QStringLiteral("Analyst"));
    const Opportunity nettleInB
        = addOpportunity(*b, QStringLiteral("Nettle & Co"), QStringLiteral("Data Engineer"));
    setUpSync(*a, { SyncKind::Contacts, SyncKind::FollowUps });
    setUpSync(*b, { SyncKind::Contacts, SyncKind::FollowUps });
    syncAll();
    syncOrFail(*b);

    const Contact mayaInB = find(*b, QStringLiteral("Lindqvist"));
    const FollowUp thank = followUp(*b, QStringLiteral("Thank Maya"));
    EXPECT_EQ(thank.contactId, mayaInB.id);
    EXPECT_EQ(thank.opportunityId, nettleInB.id);
    FollowUp ask = followUp(*b, QStringLiteral("Ask Acme for feedback"));
    EXPECT_EQ(ask.opportunityId, 0) << "b has no such opportunity";
    EXPECT_EQ(followUps(*a), followUps(*b)) << "the text of the link is kept";

    // An edit in b keeps the link b cannot hold, for a.
    ask.reason = QStringLiteral("Ask Acme for feedback by phone");
    ASSERT_OK(FollowUpRepository(*b).update(ask));
    EXPECT_EQ(syncOrFail(*b).sent, 1);
    syncOrFail(*a);
    const FollowUp askInA = followUp(*a, QStringLiteral("Ask Acme for feedback by phone"));
    EXPECT_EQ(askInA.opportunityId, acme.id);
    auto items = SyncState(*b).items(SyncKind::FollowUps);
    ASSERT_OK(items);
    bool found = false;
    for (const SyncItem& item : items.value()) {
        if (item.localId != ask.id)
            continue;
        found = true;
        const QString text = QString::fromUtf8(item.serverData);
        EXPECT_TRUE(text.contains(QStringLiteral("X-FINALIST-OPPORTUNITY:Acme — PM")))
            << item.serverData.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Opportunity: Acme — PM")));
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(followUps(*a), followUps(*b));
}

TEST_F(FollowUpSync, AContactTheOtherJournalDoesNotHaveStaysAsText)
{
    const Contact maya = add(*a, QStringLiteral("Maya"), QStringLiteral("Lindqvist"),
                             QStringLiteral("Nettle & Co"));
    addFollowUp(*a, QStringLiteral("Thank Maya"), QDate(2026, 12, 2), maya.id);
    setUpSync(*a, { SyncKind::Contacts, SyncKind::FollowUps });
    setUpSync(*b, { SyncKind::FollowUps }); // b keeps its contacts to itself
    syncAll();

    FollowUp thank = followUp(*b, QStringLiteral("Thank Maya"));
    EXPECT_EQ(thank.contactId, 0);
    EXPECT_EQ(followUps(*a), followUps(*b)) << "the name and the card's UID are kept";
    thank.dueOn = QDate(2026, 12, 4);
    ASSERT_OK(FollowUpRepository(*b).update(thank));
    EXPECT_EQ(syncOrFail(*b).sent, 1);
    EXPECT_EQ(syncOrFail(*a).updated, 1);
    const FollowUp inA = followUp(*a, QStringLiteral("Thank Maya"));
    EXPECT_EQ(inA.contactId, maya.id);
    EXPECT_EQ(inA.dueOn, QDate(2026, 12, 4));
    auto items = SyncState(*b).items(SyncKind::FollowUps);
    ASSERT_OK(items);
    ASSERT_EQ(items.value().size(), 1u);
    const QString sent = QString::fromUtf8(items.value()[0].serverData);
    EXPECT_TRUE(sent.contains(QStringLiteral("DESCRIPTION:With: Maya Lindqvist\\, Nettle & Co")))
        << sent.toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("X-FINALIST-CONTACT:urn:uuid:")));
    EXPECT_FALSE(syncOrFail(*a).changedAnything());
    EXPECT_FALSE(syncOrFail(*b).changedAnything());
}

TEST_F(FollowUpSync, ATaskFromThunderbirdArrivesAndKeepsItsPropertiesAfterFinalistsEdit)
{
    setUpSync(*a, { SyncKind::FollowUps }); // makes the task list
    putAs(taskUrl(QStringLiteral("thunderbird-task.ics")),
          "text/calendar; charset=utf-8; component=VTODO", kThunderbirdTask);
    EXPECT_EQ(syncOrFail(*a).added, 1);
    FollowUp task = followUp(*a, QStringLiteral("Send Priya the case study, as promised"));
    EXPECT_EQ(task.dueOn, QDate(2026, 12, 5));
    EXPECT_EQ(task.status, FollowUpStatus::Open);
    EXPECT_FALSE(syncOrFail(*a).changedAnything()) << "reading it is no change";

    task.dueOn = QDate(2026, 12, 8);
    task.status = FollowUpStatus::Done;
    task.doneOn = QDate(2026, 12, 7);
    ASSERT_OK(FollowUpRepository(*a).update(task));
    EXPECT_EQ(syncOrFail(*a).sent, 1);

    const QByteArray written
        = runCurl({ taskUrl(QStringLiteral("thunderbird-task.ics")).toString() });
    const QString text = QString::fromUtf8(written);
    EXPECT_TRUE(text.contains(QStringLiteral("UID:5c3a1e0f-8d2b-4f6e-9a71-3b2c4d5e6f70")));
    EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY:Send Priya the case study\\, as promised")));
    EXPECT_TRUE(text.contains(QStringLiteral("DUE;TZID=Europe/Berlin:20261208T170000")))
        << written.toStdString();
    // Radicale stores what it is given in its own order and form (vobject's, as it stored the
    // other client's task): every property of the other client is there. That they go back
    // byte for byte is AnotherClientsTaskKeepsItsOwnPropertiesAndForms's to show.
    for (const char* kept :
         { "PRIORITY:1", "CATEGORIES:Job search,Harbor", "X-MOZ-GENERATION:3", "BEGIN:VALARM",
           "RELATED=END:-PT30M", "DESCRIPTION:Default Mozilla Description", "BEGIN:VTIMEZONE",
           "TZID:Europe/Berlin", "X-TZINFO:Europe/Berlin[2024a]", "CREATED:20261130T091500Z",
           "DTSTART;TZID=Europe/Berlin:20261203T090000", "STATUS:COMPLETED", "PERCENT-COMPLETE:100",
           "SEQUENCE:3", "X-FINALIST-STATUS:done",
           "DESCRIPTION:She asked for the one about the pricing migration." })
        EXPECT_TRUE(written.contains(kept)) << kept << "\n" << written.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VTODO")), 1);
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VALARM")), 1);
    // Another program reads it: python3-icalendar, as Debian ships it.
    const auto read
        = python(QStringLiteral("import sys, icalendar\n"
                                "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                                "todo = cal.walk('VTODO')[0]\n"
                                "print(todo.get('summary'))\n"
                                "print(todo.decoded('due').strftime('%Y-%m-%d %H:%M'))\n"
                                "print(todo.get('status'), todo.get('priority'))\n"
                                "print(todo.decoded('completed').date() is not None)\n"
                                "print(len(todo.walk('VALARM')), len(cal.walk('VTIMEZONE')))\n"
                                "print(todo.get('x-moz-generation'))\n"),
                 written);
    if (!read)
        GTEST_SKIP() << "python3-icalendar is not installed";
    EXPECT_EQ(*read,
              QStringLiteral("Send Priya the case study, as promised\n"
                             "2026-12-08 17:00\n"
                             "COMPLETED 1\n"
                             "True\n"
                             "1 1\n"
                             "3\n"));
}

TEST_F(FollowUpSync, ATaskFromTasksOrgArrivesAndAPhonesNewDueDayIsASnooze)
{
    setUpSync(*a, { SyncKind::FollowUps });
    putAs(taskUrl(QStringLiteral("7012854466311285123.ics")),
          "text/calendar; charset=utf-8; component=VTODO", kTasksOrgTask);
    EXPECT_EQ(syncOrFail(*a).added, 1);
    const FollowUp ask = followUp(*a, QStringLiteral("Ask Jon about the team’s roadmap"));
    EXPECT_EQ(ask.dueOn, QDate(2026, 12, 9));
    EXPECT_EQ(ask.kind, FollowUpKind::Action);

    // One made in Finalist, snoozed on the phone by moving its day.
    addFollowUp(*a, QStringLiteral("Nudge Ruth"), QDate(2026, 12, 3));
    EXPECT_EQ(syncOrFail(*a).sent, 1);
    auto items = SyncState(*a).items(SyncKind::FollowUps);
    ASSERT_OK(items);
    QString href;
    for (const SyncItem& item : items.value()) {
        if (item.serverData.contains("Nudge Ruth"))
            href = item.href;
    }
    ASSERT_FALSE(href.isEmpty());
    QUrl url = server().url();
    url.setPath(href);
    QByteArray onPhone = runCurl({ url.toString() });
    EXPECT_TRUE(onPhone.contains("DUE;VALUE=DATE:20261203")) << onPhone.toStdString();
    EXPECT_TRUE(onPhone.contains("BEGIN:VALARM")) << "a reminder on its day, as exported";
    onPhone.replace("DUE;VALUE=DATE:20261203", "DUE;VALUE=DATE:20261206");
    onPhone.replace("END:VTODO", "X-APPLE-SORT-ORDER:-99\r\nEND:VTODO");
    putAs(url, "text/calendar; charset=utf-8; component=VTODO", onPhone);

    EXPECT_EQ(syncOrFail(*a).updated, 1);
    const FollowUp ruth = followUp(*a, QStringLiteral("Nudge Ruth"));
    EXPECT_EQ(ruth.dueOn, QDate(2026, 12, 6));
    EXPECT_EQ(ruth.status, FollowUpStatus::Open);
    EXPECT_FALSE(syncOrFail(*a).changedAnything());
}

TEST_F(FollowUpSync, AConflictsValuesReadAsTheWindowWritesThem)
{
    // Days in the locale's format and states by name, not as the fields store them.
    const auto adapter = sync::makeAdapter(SyncKind::FollowUps, *a, QString());
    EXPECT_EQ(adapter->fieldText(QStringLiteral("dueOn"), QStringLiteral("2026-12-15")),
              dates::shortDate(QDate(2026, 12, 15)));
    EXPECT_EQ(adapter->fieldText(QStringLiteral("status"), QStringLiteral("done")),
              enumLabel(FollowUpStatus::Done));
    EXPECT_EQ(adapter->fieldText(QStringLiteral("reason"), QStringLiteral("Call on 2026-12-15")),
              QStringLiteral("Call on 2026-12-15"));
    const auto journal = sync::makeAdapter(SyncKind::Journal, *a, QString());
    EXPECT_EQ(journal->fieldText(QStringLiteral("revisitOn"), QStringLiteral("2027-01-04")),
              dates::shortDate(QDate(2027, 1, 4)));
}
