#include "services/RejectionResponse.h"

#include "RawSql.h"
#include "services/DemoSample.h"
#include "services/TemplateLibrary.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/PeopleMet.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/WinRepository.h"
#include "templates/BuiltinTemplates.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Rejection : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("r.sqlite")), clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        auto runnersUp = OpportunityRepository(*db).list(Stage::RunnerUp);
        ASSERT_OK(runnersUp);
        ASSERT_FALSE(runnersUp.value().empty());
        opportunity = runnersUp.value().front();
    }

    // What a user who went through every page would have answered.
    RejectionAnswers answered()
    {
        RejectionResponse response(*db);
        RejectionAnswers a;
        a.opportunityId = opportunity.id;
        auto met = peopleMet(*db, opportunity.id);
        EXPECT_TRUE(met.ok() && !met.value().empty());
        a.toldById = met.value().front().contact.id;
        a.toldOn = clock.today();
        a.praise = QStringLiteral("the systems design round was the best they had seen");
        a.achievements = response.recap(opportunity.id).value();
        auto people = response.recipients(a.opportunityId, a.toldById);
        EXPECT_OK(people);
        a.recipients = people.value();
        a.drafts = response.drafts(a).value();
        a.followUps = response.followUps(a);
        return a;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity opportunity;
};

qint64 countOf(Database& db, const QString& table)
{
    return test::rawSql(db.path(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toLongLong();
}

} // namespace

TEST_F(Rejection, EveryBuiltInTemplateRendersOnTheDemoDataWithNothingMissing)
{
    auto people = peopleMet(*db, opportunity.id);
    ASSERT_OK(people);
    for (const Template& t : builtinTemplates()) {
        ASSERT_FALSE(TemplateRenderer::check(t.subject)) << t.builtinKey.toStdString();
        ASSERT_FALSE(TemplateRenderer::check(t.body)) << t.builtinKey.toStdString();
        for (const PersonMet& person : people.value()) {
            TemplateValues values = TemplateLibrary::valuesFor(person.contact, opportunity);
            for (const char* choice :
                 { "ask_feedback", "stay_on_radar", "other_roles", "contract_work", "linkedin" })
                values.insert(QLatin1String(choice), QStringLiteral("yes"));
            // The demo data has no profile; the notes are signed from one (without it they show
            // a deliberate ⟦me.name⟧ gap, which BuiltinTemplatesTest checks).
            values.insert(QStringLiteral("me.name"), QStringLiteral("Robin Adeyemi"));
            values.insert(QStringLiteral("me.first_name"), QStringLiteral("Robin"));
            values.insert(QStringLiteral("me.signature"),
                          QStringLiteral("Robin Adeyemi\n+44 7700 900456"));
            values.insert(QStringLiteral("me.email"), QStringLiteral("robin@example.org"));
            values.insert(QStringLiteral("me.phone"), QStringLiteral("+44 7700 900456"));
            values.insert(QStringLiteral("me.linkedin"),
                          QStringLiteral("https://www.linkedin.com/in/robin-adeyemi"));
            for (const QString& text : { t.subject, t.body }) {
                const RenderedText out = TemplateRenderer::render(text, values);
                EXPECT_TRUE(out.missing.isEmpty())
                    << t.builtinKey.toStdString() << " for "
                    << person.contact.displayName().toStdString() << ": "
                    << out.missing.join(QLatin1Char(',')).toStdString();
            }
        }
    }
}

TEST_F(Rejection, TheLibraryWritesTheBuiltInsOnceAndResetsAnEditedOne)
{
    TemplateLibrary library(*db);
    ASSERT_OK(library.ensureBuiltins());
    ASSERT_OK(library.ensureBuiltins());
    EXPECT_EQ(countOf(*db, QStringLiteral("templates")), qint64(builtinTemplates().size()));
    auto chosen = library.choose(OutreachKind::FeedbackRequest, Channel::Email, Tone::Brief);
    ASSERT_OK(chosen);
    Template edited = chosen.value();
    edited.body = QStringLiteral("Mine: {{contact.first_name}}");
    ASSERT_OK(TemplateRepository(*db).update(edited));
    auto reset = library.reset(edited.id);
    ASSERT_OK(reset);
    EXPECT_EQ(TemplateRepository(*db).get(edited.id).value().body, chosen.value().body);

    // A copy is the user's own, and is preferred from then on.
    auto copy = library.duplicate(edited.id);
    ASSERT_OK(copy);
    EXPECT_FALSE(copy.value().isBuiltin());
    EXPECT_EQ(library.choose(OutreachKind::FeedbackRequest, Channel::Email, Tone::Brief).value().id,
              copy.value().id);
    // Resetting one's own template is refused, with a reason.
    auto refused = library.reset(copy.value().id);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.error().message.isEmpty());
}

TEST_F(Rejection, ABrokenTemplateIsRefusedWithItsPosition)
{
    Template t;
    t.name = QStringLiteral("Broken");
    t.body = QStringLiteral("Hi\n{{#praise}}never closed");
    auto added = TemplateRepository(*db).add(t);
    ASSERT_FALSE(added);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("Line 2, column 1")))
        << added.error().message.toStdString();
    EXPECT_EQ(countOf(*db, QStringLiteral("templates")), 0);
}

TEST_F(Rejection, TheDraftsFollowTheAnswers)
{
    // Notes are signed from the profile; the demo data has none (without one each draft shows
    // a deliberate ⟦me.name⟧ gap, as BuiltinTemplatesTest checks).
    Profile me;
    me.name = QStringLiteral("Robin Adeyemi");
    ASSERT_OK(ProfileRepository(*db).save(me));
    RejectionAnswers a = answered();
    ASSERT_EQ(a.drafts.size(), a.recipients.size());
    EXPECT_EQ(a.drafts.front().kind, OutreachKind::RejectionReply);
    for (const DraftNote& note : a.drafts) {
        EXPECT_FALSE(note.body.isEmpty());
        EXPECT_FALSE(TemplateRenderer::hasMissingMarker(note.body)) << note.body.toStdString();
    }
    EXPECT_TRUE(a.drafts.front().body.contains(a.praise));
    // Not asking for feedback takes the question out.
    a.askFeedback = false;
    const QString without = RejectionResponse(*db).drafts(a).value().front().body;
    EXPECT_NE(without, a.drafts.front().body);
    // With no thanks, no radar and no feedback asked, only whoever gave the news hears back.
    RejectionAnswers quiet = a;
    quiet.thank = quiet.stayOnRadar = false;
    const auto quietDrafts = RejectionResponse(*db).drafts(quiet).value();
    for (const DraftNote& note : quietDrafts)
        EXPECT_NE(note.kind, OutreachKind::ThankYou);
    EXPECT_LT(quietDrafts.size(), a.drafts.size());
    // A LinkedIn note is its own kind, with its limit.
    a.recipients.front().channel = Channel::LinkedIn;
    const DraftNote linkedIn = RejectionResponse(*db).drafts(a).value().front();
    EXPECT_EQ(linkedIn.kind, OutreachKind::LinkedInInvitation);
    EXPECT_LE(linkedIn.body.size(), RejectionResponse::characterLimit(Channel::LinkedIn));
}

TEST_F(Rejection, FollowUpsAreProposedFromTheDecision)
{
    RejectionAnswers a = answered();
    ASSERT_EQ(a.followUps.size(), 3u);
    EXPECT_EQ(a.followUps[0].kind, FollowUpKind::Nudge);
    EXPECT_EQ(a.followUps[0].dueOn, QDate(2026, 3, 9));
    EXPECT_EQ(a.followUps[1].kind, FollowUpKind::NinetyDay);
    EXPECT_EQ(a.followUps[1].dueOn, QDate(2026, 5, 18)); // start unknown: decision + 75
    a.chosenHireStart = QDate(2026, 4, 1);
    EXPECT_EQ(RejectionResponse(*db).followUps(a)[1].dueOn, QDate(2026, 6, 23));
    EXPECT_EQ(a.followUps[2].kind, FollowUpKind::StayInTouch);
    EXPECT_EQ(a.followUps[2].dueOn, QDate(2026, 6, 2));
}

TEST_F(Rejection, SavingWritesEverythingInOneGo)
{
    const qint64 outreachBefore = countOf(*db, QStringLiteral("outreach"));
    const qint64 followUpsBefore = countOf(*db, QStringLiteral("follow_ups"));
    RejectionAnswers a = answered();
    a.achievements << QStringLiteral("Presented to the whole panel without notes");
    ASSERT_OK(RejectionResponse(*db).keepForLater(a));
    auto saved = RejectionResponse(*db).save(a);
    ASSERT_OK(saved);
    EXPECT_EQ(countOf(*db, QStringLiteral("outreach")), outreachBefore + qint64(a.drafts.size()));
    EXPECT_EQ(countOf(*db, QStringLiteral("follow_ups")), followUpsBefore + 3);
    const Opportunity after = OpportunityRepository(*db).get(opportunity.id).value();
    EXPECT_EQ(after.stage, Stage::RunnerUp);
    EXPECT_EQ(after.praise, a.praise);
    EXPECT_EQ(after.decidedOn, clock.today());
    auto wins = WinRepository(*db).listForOpportunity(opportunity.id).value();
    EXPECT_TRUE(std::any_of(wins.begin(), wins.end(), [](const Win& w) {
        return w.text == QStringLiteral("Presented to the whole panel without notes");
    }));
    // The nudge points at the note that asked for feedback: a feedback request to the hiring
    // manager if there is one, else the reply to whoever gave the news.
    qint64 asked = saved.value().outreachIds.front();
    for (std::size_t i = 0; i < a.drafts.size(); ++i)
        if (a.drafts[i].kind == OutreachKind::FeedbackRequest)
            asked = saved.value().outreachIds[i];
    auto nudges = FollowUpRepository(*db).list().value();
    EXPECT_TRUE(std::any_of(nudges.begin(), nudges.end(), [&](const FollowUp& f) {
        return f.kind == FollowUpKind::Nudge && f.outreachId == asked;
    }));
    EXPECT_FALSE(RejectionResponse(*db).keptForLater().value());
}

TEST_F(Rejection, AFailedSaveWritesNothing)
{
    RejectionAnswers a = answered();
    a.followUps.back().reason.clear(); // the schema refuses an empty reason
    const qint64 outreachBefore = countOf(*db, QStringLiteral("outreach"));
    const qint64 winsBefore = countOf(*db, QStringLiteral("wins"));
    auto saved = RejectionResponse(*db).save(a);
    ASSERT_FALSE(saved);
    EXPECT_EQ(countOf(*db, QStringLiteral("outreach")), outreachBefore);
    EXPECT_EQ(countOf(*db, QStringLiteral("wins")), winsBefore);
    EXPECT_EQ(OpportunityRepository(*db).get(opportunity.id).value().decidedOn,
              opportunity.decidedOn);
}

TEST_F(Rejection, HalfWayAnswersComeBackWhole)
{
    RejectionAnswers a = answered();
    a.page = 4;
    a.drafts.front().body = QStringLiteral("Edited by hand ✓");
    a.followUps.back().included = false;
    ASSERT_OK(RejectionResponse(*db).keepForLater(a));
    auto kept = RejectionResponse(*db).keptForLater();
    ASSERT_OK(kept);
    ASSERT_TRUE(kept.value());
    const RejectionAnswers b = *kept.value();
    EXPECT_EQ(b.page, 4);
    EXPECT_EQ(b.toJson(), a.toJson());
    ASSERT_OK(RejectionResponse(*db).discardKept());
    EXPECT_FALSE(RejectionResponse(*db).keptForLater().value());
}
