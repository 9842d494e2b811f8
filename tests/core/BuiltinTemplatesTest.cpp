#include "templates/BuiltinTemplates.h"

#include "services/TemplateLibrary.h"
#include "storage/TemplateRepository.h"
#include "templates/BuiltinTemplateHistory.h"
#include "templates/TemplateRenderer.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QMap>

using namespace finalist;

namespace {

// Long but realistic values: the LinkedIn notes must fit in 300 characters even with these.
const QString kContactFirst = QStringLiteral("Christabelle"); // 12
const QString kContactLast = QStringLiteral("Montgomery-Ray");
const QString kCompany = QStringLiteral("Northwind Logistics GmbH"); // 24
const QString kRole = QStringLiteral("Senior Platform Engineer (SRE)"); // 30
const QString kTopic = QStringLiteral("how the team moved its billing to events"); // 40
const QString kPraise
    = QStringLiteral("my system design answer was the clearest they had ever heard"); // 60
const QString kMeFirst = QStringLiteral("Alexandria"); // 10
const QString kMeName = QStringLiteral("Alexandria Pemberton-Hale");
const QString kMePhone = QStringLiteral("+44 7700 900123");
const QString kMeLinkedIn = QStringLiteral("https://www.linkedin.com/in/apemberton");
const QString kMeEmail = QStringLiteral("alexandria@example.org");
const QString kSignature = kMeName + QLatin1Char('\n') + kMePhone + QLatin1Char('\n') + kMeLinkedIn;

const QStringList kProfileFields{ QStringLiteral("me.name"),      QStringLiteral("me.first_name"),
                                  QStringLiteral("me.signature"), QStringLiteral("me.email"),
                                  QStringLiteral("me.phone"),     QStringLiteral("me.linkedin") };
const QStringList kWishes{ QStringLiteral("ask_feedback"), QStringLiteral("stay_on_radar"),
                           QStringLiteral("other_roles"), QStringLiteral("contract_work"),
                           QStringLiteral("linkedin") };

TemplateValues fullValues()
{
    TemplateValues values{
        { QStringLiteral("contact.first_name"), kContactFirst },
        { QStringLiteral("contact.last_name"), kContactLast },
        { QStringLiteral("contact.name"), kContactFirst + QLatin1Char(' ') + kContactLast },
        { QStringLiteral("contact.title"), QStringLiteral("Head of Platform Engineering") },
        { QStringLiteral("opportunity.company"), kCompany },
        { QStringLiteral("opportunity.role"), kRole },
        { QStringLiteral("praise"), kPraise },
        { QStringLiteral("topic"), kTopic },
        { QStringLiteral("reason"), QStringLiteral("they chose someone with more Go") },
        { QStringLiteral("achievement"), QStringLiteral("Reached the final round") },
        { QStringLiteral("news_giver"), kContactFirst },
        { QStringLiteral("me.name"), kMeName },
        { QStringLiteral("me.first_name"), kMeFirst },
        { QStringLiteral("me.signature"), kSignature },
        { QStringLiteral("me.email"), kMeEmail },
        { QStringLiteral("me.phone"), kMePhone },
        { QStringLiteral("me.linkedin"), kMeLinkedIn },
    };
    for (const QString& wish : kWishes)
        values.insert(wish, QStringLiteral("yes"));
    return values;
}

TemplateValues without(TemplateValues values, const QStringList& fields)
{
    for (const QString& field : fields)
        values.remove(field);
    return values;
}

RenderedText render(const QString& text, const TemplateValues& values)
{
    std::optional<TemplateProblem> problem;
    RenderedText out = TemplateRenderer::render(text, values, &problem);
    EXPECT_FALSE(problem) << problem->message.toStdString();
    return out;
}

std::string key(const Template& t)
{
    return t.builtinKey.toStdString();
}

bool isScript(const Template& t)
{
    return t.channel == Channel::PhoneScript;
}

bool isShort(const Template& t)
{
    return t.channel == Channel::LinkedIn || (t.channel == Channel::Card && t.tone == Tone::Brief);
}

// The kinds the rejection wizard drafts: all but the ninety-day check-in.
bool isWizardKind(const Template& t)
{
    return t.kind != OutreachKind::CheckIn;
}

// The name a note is signed with when there is no signature (or ever, on a card or LinkedIn).
QString nameFor(const Template& t)
{
    return t.tone == Tone::Formal ? kMeName : kMeFirst;
}

// What is left half-said when an optional part is left out.
void expectNoDanglingWords(const QString& text, const std::string& context)
{
    for (const char* bad : { "  ", " \n", " .", " ,", ",.", "..", "\n\n\n", "about .", "about\n",
                             "of .", "on .", "\n.", "\n," })
        EXPECT_FALSE(text.contains(QLatin1String(bad)))
            << context << " contains \"" << bad << "\":\n"
            << text.toStdString();
    EXPECT_FALSE(text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\n')))
        << context;
}

} // namespace

TEST(BuiltinTemplates, TheLongValuesAreAsLongAsPromised)
{
    EXPECT_EQ(kContactFirst.size(), 12);
    EXPECT_EQ(kCompany.size(), 24);
    EXPECT_EQ(kRole.size(), 30);
    EXPECT_EQ(kTopic.size(), 40);
    EXPECT_EQ(kPraise.size(), 60);
    EXPECT_EQ(kMeFirst.size(), 10);
}

TEST(BuiltinTemplates, EachRendersWithEveryValueAndNothingMissing)
{
    const auto all = builtinTemplates();
    ASSERT_EQ(all.size(), 24u);
    for (const Template& t : all) {
        for (const QString& text : { t.subject, t.body }) {
            ASSERT_FALSE(TemplateRenderer::check(text)) << key(t);
            const RenderedText out = render(text, fullValues());
            EXPECT_TRUE(out.missing.isEmpty())
                << key(t) << ": " << out.missing.join(QLatin1Char(',')).toStdString();
            EXPECT_FALSE(TemplateRenderer::hasMissingMarker(out.text)) << key(t);
        }
    }
}

TEST(BuiltinTemplates, EachNoteIsSignedUnderItsSignOffAndScriptsAreNot)
{
    for (const Template& t : builtinTemplates()) {
        const QString full = render(t.body, fullValues()).text;
        if (isScript(t)) {
            for (const QString& name : { kMeName, kMeFirst, kSignature })
                EXPECT_FALSE(full.contains(name)) << key(t) << " is read aloud, not signed";
            const RenderedText anonymous = render(t.body, without(fullValues(), kProfileFields));
            EXPECT_TRUE(anonymous.missing.isEmpty()) << key(t);
            continue;
        }
        if (isShort(t)) {
            // LinkedIn notes and the brief card: a dash and a name, never the signature.
            const QString signOff = QStringLiteral("\n— ") + nameFor(t);
            EXPECT_TRUE(full.endsWith(signOff) || full.endsWith(signOff + QLatin1Char('\n')))
                << key(t) << ":\n"
                << full.toStdString();
            EXPECT_FALSE(full.contains(kMePhone)) << key(t);
        } else if (t.channel == Channel::Card) {
            // Handwritten: the name under the sign-off, no typed signature.
            EXPECT_TRUE(full.endsWith(QStringLiteral(",\n") + nameFor(t) + QLatin1Char('\n')))
                << key(t) << ":\n"
                << full.toStdString();
        } else {
            // An e-mail: the signature, whole, under the sign-off line.
            EXPECT_TRUE(full.endsWith(QStringLiteral(",\n") + kSignature + QLatin1Char('\n')))
                << key(t) << ":\n"
                << full.toStdString();
            // Without a signature: the first name (warm, brief) or the full name (formal).
            const QString unsigned_
                = render(t.body, without(fullValues(), { QStringLiteral("me.signature") })).text;
            EXPECT_TRUE(unsigned_.contains(QStringLiteral(",\n") + nameFor(t) + QLatin1Char('\n')))
                << key(t) << ":\n"
                << unsigned_.toStdString();
            // Only the full name known: that is what signs.
            const QString nameOnly
                = render(t.body,
                         without(fullValues(),
                                 { QStringLiteral("me.signature"), QStringLiteral("me.first_name"),
                                   QStringLiteral("me.phone"), QStringLiteral("me.linkedin") }))
                      .text;
            EXPECT_TRUE(nameOnly.endsWith(QStringLiteral(",\n") + kMeName + QLatin1Char('\n')))
                << key(t) << ":\n"
                << nameOnly.toStdString();
        }
        // No profile at all: a visible gap where the name goes, not a silent nothing.
        const RenderedText anonymous = render(t.body, without(fullValues(), kProfileFields));
        EXPECT_TRUE(
            anonymous.text.contains(TemplateRenderer::missingMarker(QStringLiteral("me.name"))))
            << key(t) << ":\n"
            << anonymous.text.toStdString();
        EXPECT_EQ(anonymous.missing, QStringList{ QStringLiteral("me.name") }) << key(t);
    }
}

TEST(BuiltinTemplates, TheWizardsNotesMentionTheTopicAndReadWellWithoutIt)
{
    for (const Template& t : builtinTemplates()) {
        if (!isWizardKind(t))
            continue;
        EXPECT_TRUE(t.body.contains(QStringLiteral("{{#topic}}"))) << key(t);
        EXPECT_TRUE(render(t.body, fullValues()).text.contains(kTopic)) << key(t);
    }
    // Every combination of the optional parts, in every template, leaves nothing half-said.
    const QStringList optional{ QStringLiteral("topic"), QStringLiteral("praise"),
                                QStringLiteral("me.signature") };
    for (const Template& t : builtinTemplates()) {
        for (int wishes = 0; wishes < 2; ++wishes) {
            for (int mask = 0; mask < (1 << optional.size()); ++mask) {
                QStringList left = wishes ? kWishes : QStringList{};
                for (int i = 0; i < optional.size(); ++i)
                    if (mask & (1 << i))
                        left << optional[i];
                const TemplateValues values = without(fullValues(), left);
                const std::string context
                    = key(t) + " without " + left.join(QLatin1Char(',')).toStdString();
                for (const QString& text : { t.subject, t.body }) {
                    const QString out = render(text, values).text;
                    expectNoDanglingWords(out, context);
                    if (!values.contains(QStringLiteral("topic"))) {
                        EXPECT_FALSE(out.contains(kTopic)) << context;
                    }
                }
            }
        }
    }
}

TEST(BuiltinTemplates, LinkedInNotesFitTheirLimitWithLongValues)
{
    for (const Template& t : builtinTemplates()) {
        if (t.channel != Channel::LinkedIn)
            continue;
        for (const TemplateValues& values :
             { fullValues(), without(fullValues(), { QStringLiteral("me.first_name") }),
               without(fullValues(), { QStringLiteral("topic") }) }) {
            const QString out = render(t.body, values).text;
            EXPECT_LE(out.size(), 300) << key(t) << " is " << out.size() << " characters:\n"
                                       << out.toStdString();
        }
    }
}

namespace {

// Two texts exactly as Finalist shipped them up to schema 8, before notes were signed.
const char* const kOldWarmReply
    = "Hi {{contact.first_name}},\n\n"
      "Thank you for letting me know, and for telling me yourself. Of course I "
      "hoped for a different answer, but I am glad I got to know the team at "
      "{{opportunity.company}}.\n"
      "{{#praise}}\nIt meant a lot to hear that {{praise}}.\n{{/praise}}"
      "{{#ask_feedback}}\nIf you have a few minutes, I would be grateful to "
      "hear what would have made the difference. I would like to grow from "
      "this.\n{{/ask_feedback}}"
      "{{#stay_on_radar}}\nI would love to stay on your radar: if the role "
      "opens again, or something close to it, please think of me."
      "{{#other_roles}} I would welcome other roles in the team too."
      "{{/other_roles}}"
      "{{#contract_work}} I am also open to contract work."
      "{{/contract_work}}\n{{/stay_on_radar}}"
      "\nWith thanks,\n";
const char* const kOldBriefFeedback
    = "Hi {{contact.first_name}},\n\n"
      "What one thing would have made the difference for me in the "
      "{{opportunity.role}} process? A single line would help.\n\nThanks,\n";

class BuiltinTemplatesUpgrade : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("t.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    Template stored(const QString& builtinKey)
    {
        auto found = TemplateRepository(*db).findBuiltin(builtinKey);
        EXPECT_OK(found);
        return found ? found.value() : Template{};
    }

    static Template shipped(const QString& builtinKey)
    {
        for (const Template& t : builtinTemplates())
            if (t.builtinKey == builtinKey)
                return t;
        ADD_FAILURE() << "no built-in " << builtinKey.toStdString();
        return {};
    }

    QMap<qint64, QString> updatedAtById()
    {
        QMap<qint64, QString> stamps;
        for (const Template& t : TemplateRepository(*db).list().value())
            stamps.insert(t.id, t.updatedAt);
        return stamps;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(BuiltinTemplatesUpgrade, AnUneditedOldTextIsBroughtUpToDateAndAnEditedOneIsKept)
{
    const QString replyKey = QStringLiteral("rejection_reply.email.warm");
    const QString feedbackKey = QStringLiteral("feedback_request.email.brief");
    EXPECT_TRUE(builtinTemplateHistory::wasShipped(replyKey,
                                                   QStringLiteral("Thank you, and a small request"),
                                                   QString::fromUtf8(kOldWarmReply)));
    EXPECT_FALSE(builtinTemplateHistory::wasShipped(
        feedbackKey, QStringLiteral("Thank you, and a small request"),
        QString::fromUtf8(kOldWarmReply)))
        << "a text counts only for its own key";

    // A database from before this release: the old warm reply as shipped, the old brief
    // feedback request as the user edited it, and a template of the user's own.
    TemplateRepository templates(*db);
    Template oldReply;
    oldReply.builtinKey = replyKey;
    oldReply.name = QStringLiteral("Old name of the warm reply");
    oldReply.kind = OutreachKind::RejectionReply;
    oldReply.subject = QStringLiteral("Thank you, and a small request");
    oldReply.body = QString::fromUtf8(kOldWarmReply);
    ASSERT_OK(templates.add(oldReply));
    Template edited;
    edited.builtinKey = feedbackKey;
    edited.name = QStringLiteral("Feedback request (brief)");
    edited.kind = OutreachKind::FeedbackRequest;
    edited.tone = Tone::Brief;
    edited.subject = QStringLiteral("One question");
    edited.body = QString::fromUtf8(kOldBriefFeedback) + QStringLiteral("Sam\n");
    ASSERT_OK(templates.add(edited));
    Template mine;
    mine.name = QStringLiteral("Mine");
    mine.body = QString::fromUtf8(kOldWarmReply);
    ASSERT_OK(templates.add(mine));

    clock.advanceDays(1);
    TemplateLibrary library(*db);
    ASSERT_OK(library.ensureBuiltins());

    EXPECT_EQ(templates.count().value(), qint64(builtinTemplates().size()) + 1);
    const Template upgraded = stored(replyKey);
    const Template current = shipped(replyKey);
    EXPECT_EQ(upgraded.id, oldReply.id);
    EXPECT_EQ(upgraded.name, current.name);
    EXPECT_EQ(upgraded.subject, current.subject);
    EXPECT_EQ(upgraded.body, current.body);
    EXPECT_EQ(upgraded.updatedAt, clock.nowIso());
    const Template kept = stored(feedbackKey);
    EXPECT_EQ(kept.body, edited.body);
    EXPECT_EQ(kept.updatedAt, edited.updatedAt);
    EXPECT_EQ(templates.get(mine.id).value().body, mine.body);
    EXPECT_EQ(templates.get(mine.id).value().updatedAt, mine.updatedAt);

    // Everything is current now: running again writes nothing.
    const QMap<qint64, QString> before = updatedAtById();
    clock.advanceDays(1);
    ASSERT_OK(library.ensureBuiltins());
    ASSERT_OK(library.choose(OutreachKind::RejectionReply, Channel::Email, Tone::Warm));
    EXPECT_EQ(updatedAtById(), before);
}

TEST_F(BuiltinTemplatesUpgrade, AnUneditedOldTextIsUpgradedEvenAmongCurrentOnes)
{
    TemplateLibrary library(*db);
    ASSERT_OK(library.ensureBuiltins());
    const QMap<qint64, QString> fresh = updatedAtById();
    ASSERT_EQ(fresh.size(), qsizetype(builtinTemplates().size()));

    // As a database made by the previous release would have it for this one key.
    const QString key = QStringLiteral("feedback_request.email.brief");
    Template old = stored(key);
    old.body = QString::fromUtf8(kOldBriefFeedback);
    ASSERT_OK(TemplateRepository(*db).update(old));

    clock.advanceDays(3);
    ASSERT_OK(library.ensureBuiltins());
    const QMap<qint64, QString> after = updatedAtById();
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == old.id) {
            EXPECT_EQ(it.value(), clock.nowIso());
        } else {
            EXPECT_EQ(it.value(), fresh.value(it.key())) << "row " << it.key() << " was rewritten";
        }
    }
    EXPECT_EQ(stored(key).body, shipped(key).body);
}

TEST(BuiltinTemplates, NoCurrentTextIsCountedAsAnOldOne)
{
    for (const Template& t : builtinTemplates())
        EXPECT_FALSE(builtinTemplateHistory::wasShipped(t.builtinKey, t.subject, t.body)) << key(t);
}
