// An interview invitation becomes a round with its panel: checked on invitations shaped like
// what Google Calendar and Outlook/Exchange send (tests/fixtures/invitations).
#include "services/InvitationImport.h"

#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(test::fixturePath(QStringLiteral("invitations/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

class Invitations : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("invite.sqlite")), clock);
        ASSERT_TRUE(db);
        Profile me;
        me.name = QStringLiteral("Sam Candidate");
        me.email = QStringLiteral("Sam.Candidate@example.net"); // case differs from the file's
        ASSERT_OK(ProfileRepository(*db).save(me));
        platform.company = QStringLiteral("Example Platform");
        platform.role = QStringLiteral("Senior Data Engineer");
        ASSERT_OK(OpportunityRepository(*db).add(platform));
        fjordline.company = QStringLiteral("Fjordline Logistics");
        ASSERT_OK(OpportunityRepository(*db).add(fjordline));
        priya.firstName = QStringLiteral("Priya");
        priya.lastName = QStringLiteral("Raman");
        priya.email = QStringLiteral("PRIYA.RAMAN@example.com");
        ASSERT_OK(ContactRepository(*db).add(priya));
    }

    qint64 count(const char* table) { return test::countRows(db->path(), QLatin1String(table)); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity platform;
    Opportunity fjordline;
    Contact priya;
};

} // namespace

TEST_F(Invitations, AGoogleInvitationBecomesARoundWithItsPanel)
{
    InvitationImport import(*db);
    auto plan = import.plan(fixture("google-calendar.ics"), platform.id);
    ASSERT_OK(plan);
    const InvitationPlan& p = plan.value();
    EXPECT_EQ(p.opportunityId, platform.id);
    EXPECT_EQ(p.kind, RoundKind::Video) << "a Meet link and no other word";
    EXPECT_FALSE(p.existing);
    ASSERT_EQ(p.panel.size(), 5u);
    EXPECT_EQ(p.panel[0].match, PanelMember::Match::Known) << "Priya, matched by email";
    EXPECT_EQ(p.panel[0].contactId, priya.id);
    EXPECT_EQ(p.panel[1].match, PanelMember::Match::New);
    EXPECT_EQ(p.panel[1].firstName, QStringLiteral("Zoë"));
    EXPECT_EQ(p.panel[1].lastName, QStringLiteral("Okafor"));
    EXPECT_EQ(p.panel[2].firstName, QStringLiteral("Łukasz"));
    EXPECT_EQ(p.panel[4].match, PanelMember::Match::You) << "the user's own address";
    EXPECT_FALSE(p.panel[4].included);
    EXPECT_EQ(count("rounds"), 0) << "a plan writes nothing";

    auto roundId = import.commit(p);
    ASSERT_OK(roundId);
    auto round = RoundRepository(*db).get(roundId.value());
    ASSERT_OK(round);
    const QDateTime start = QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC).toLocalTime();
    EXPECT_EQ(round.value().heldOn, start.date());
    EXPECT_EQ(round.value().startsAt, start.time());
    EXPECT_EQ(round.value().inviteUid, QStringLiteral("3q7lm2v9c0k4d8h1s6t5n0b2ab@google.com"));
    EXPECT_TRUE(
        round.value().notes.contains(QStringLiteral("https://meet.google.com/xkq-fmrn-tbw")));
    EXPECT_EQ(MeetingRepository(*db).listForRound(roundId.value()).value().size(), 4u);
    EXPECT_EQ(count("contacts"), 4) << "Priya was known; three are new; the user is not one";
    auto zoe = ContactRepository(*db).findByEmail(QStringLiteral("zoe.okafor@example.com"));
    ASSERT_OK(zoe);
    ASSERT_TRUE(zoe.value());
    EXPECT_EQ(zoe.value()->company, platform.company);

    // The same invitation again (a changed time, say) updates that round; nobody is doubled.
    auto again = import.plan(fixture("google-calendar.ics"), platform.id);
    ASSERT_OK(again);
    ASSERT_TRUE(again.value().existing);
    EXPECT_EQ(again.value().existing->id, roundId.value());
    for (const PanelMember& m : again.value().panel)
        EXPECT_NE(m.match, PanelMember::Match::New) << m.person.email.toStdString();
    ASSERT_OK(import.commit(again.value()));
    EXPECT_EQ(count("rounds"), 1);
    EXPECT_EQ(count("contacts"), 4);
    EXPECT_EQ(count("meetings"), 4);
}

TEST_F(Invitations, AnOutlookInvitationFindsItsOpportunityByName)
{
    auto plan = InvitationImport(*db).plan(fixture("outlook-exchange.ics"));
    ASSERT_OK(plan);
    EXPECT_EQ(plan.value().opportunityId, fjordline.id) << "the company is named in the title";
    QStringList names;
    for (const PanelMember& m : plan.value().panel)
        if (m.match == PanelMember::Match::New)
            names << m.firstName + QLatin1Char('|') + m.lastName;
    // "Lindqvist, Astrid" is surname first; the room is not a person; the organizer, listed
    // again as an attendee in other letter case, is one person.
    EXPECT_TRUE(names.contains(QStringLiteral("Astrid|Lindqvist")))
        << names.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Adaeze|Okonkwo-Whitfield")));
    EXPECT_EQ(names.size(), 3);
}

TEST_F(Invitations, NoGuessWhenTheNamesSayNothing)
{
    auto plan = InvitationImport(*db).plan(fixture("google-calendar.ics"));
    ASSERT_OK(plan);
    EXPECT_EQ(plan.value().opportunityId, 0);
    auto committed = InvitationImport(*db).commit(plan.value());
    ASSERT_FALSE(committed.ok());
    EXPECT_EQ(committed.error().field, QStringLiteral("opportunity"));
    EXPECT_EQ(count("rounds"), 0);
}

TEST_F(Invitations, BrokenFilesAndCancellationsAreRefusedWithNothingWritten)
{
    InvitationImport import(*db);
    auto broken = import.plan(fixture("broken-bad-date.ics"), platform.id);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("Line 30")))
        << broken.error().message.toStdString();
    EXPECT_FALSE(import.plan(fixture("not-a-calendar.ics"), platform.id).ok());
    const QByteArray cancel = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\n"
                              "BEGIN:VEVENT\r\nUID:x@example.com\r\nDTSTART:20260310T140000Z\r\n"
                              "SUMMARY:Panel interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    auto cancelled = import.plan(cancel, platform.id);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("cancels")));
    EXPECT_EQ(count("rounds"), 0);
    EXPECT_EQ(count("contacts"), 1);
}

TEST_F(Invitations, TheKindOfRoundIsReadFromTheTitle)
{
    const auto kindOf = [](const char* summary) {
        InterviewInvitation invite;
        invite.summary = QString::fromUtf8(summary);
        return InvitationImport::guessKind(invite);
    };
    EXPECT_EQ(kindOf("Final interview with the VP"), RoundKind::Final);
    EXPECT_EQ(kindOf("Panel: design critique"), RoundKind::Panel);
    EXPECT_EQ(kindOf("On-site day at the Berlin office"), RoundKind::OnSite);
    EXPECT_EQ(kindOf("Take-home review"), RoundKind::Assignment);
    EXPECT_EQ(kindOf("Phone screen with recruiting"), RoundKind::PhoneScreen);
    InvitedPerson noName;
    noName.email = QStringLiteral("careers@example.com");
    EXPECT_TRUE(InvitationImport::nameParts(noName).first.isEmpty()) << "a mailbox is no person";
    noName.email = QStringLiteral("jonah.park@example.com");
    EXPECT_EQ(InvitationImport::nameParts(noName),
              std::make_pair(QStringLiteral("Jonah"), QStringLiteral("Park")));
}
