// Journal entries as VJOURNALs: the steps as Markdown and back exactly, two journals syncing
// their entries through one Radicale, an entry written in jtx Board landing in notes, and
// Finalist's entries read by another program.
#include "engine/JournalAdapter.h"
#include "records/CalendarObject.h"
#include "records/CalendarPatch.h"
#include "records/JournalComponent.h"
#include "records/JournalDescription.h"
#include "records/JournalFields.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SyncState.h"
#include "SyncedJournals.h"

using namespace finalist;
using namespace finalist::test;

namespace {

const QDateTime kStamp(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);

// As jtx Board writes a journal through DAVx⁵: plain text without headings, its own status,
// class, colour, place and a comment.
const QByteArray kJtxJournal
    = "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:+//IDN techbee.at//jtx Board 2.9.2 (ical4j 3.2.19)//EN\r\n"
      "BEGIN:VJOURNAL\r\n"
      "UID:1764698940123-3f0c5e2a-1b7d-4a9e-8c21-6d4b3a2f1e0d@at.techbee.jtx\r\n"
      "DTSTAMP:20261202T181500Z\r\n"
      "CREATED:20261202T180900Z\r\n"
      "LAST-MODIFIED:20261202T181500Z\r\n"
      "SEQUENCE:1\r\n"
      "SUMMARY:Coffee with Ruth after the panel\r\n"
      "DESCRIPTION:Ruth said the panel liked my system design answer.\\n\\nShe’ll intr\r\n"
      " oduce me to their platform lead\\; follow up in January\\, not before.\r\n"
      "DTSTART;VALUE=DATE:20261202\r\n"
      "STATUS:FINAL\r\n"
      "CLASS:PUBLIC\r\n"
      "CATEGORIES:Networking,Harbor Analytics\r\n"
      "COLOR:darkcyan\r\n"
      "LOCATION:Café Kranzler\r\n"
      "GEO:52.504;13.332\r\n"
      "COMMENT:Written on the tram\r\n"
      "END:VJOURNAL\r\n"
      "END:VCALENDAR\r\n";

JournalEntry trickyEntry()
{
    JournalEntry e;
    e.title = QStringLiteral("Nettle & Co, final round; what stays with me");
    e.writtenOn = QDate(2026, 11, 30);
    e.experience = QStringLiteral("Four rounds; the panel ran long.\n\nThen a walk with Maya, "
                                  "who showed me the office.");
    e.jobIdeal = QStringLiteral("## Not a heading: the team owns its data\nSmall, senior team");
    e.jobNotIdeal = QStringLiteral("On call every third week\n\n\n(three blank lines above)");
    e.gutRating = 4;
    e.gutReason = QStringLiteral("\\## already escaped once\nI liked them; they liked me.");
    e.relationships = QStringLiteral("Thank Maya, Jon and Ruth — each by name.\n");
    e.learned = QStringLiteral("I explain trade-offs well; I rush the numbers.\n##\n## ");
    e.momentum = QStringLiteral("\nTwo applications a week, Zürich included.");
    e.notes = QStringLiteral("Ça va. 日本語も。 Emoji 🎯 too.\n## Notes\nThe line above is text.");
    e.mood = 3;
    e.revisitOn = QDate(2027, 2, 28);
    e.tags = { QStringLiteral("final round"), QStringLiteral("Berlin, Mitte"),
               QStringLiteral("data") };
    return e;
}

sync::RecordFields roundTrip(const sync::RecordFields& fields, const QByteArray& server = {})
{
    const auto before = sync::readCalendar(server);
    const QByteArray written = sync::patchCalendar(
        server, sync::journalRecord(fields, before ? before->main("VJOURNAL") : nullptr),
        QStringLiteral("urn:uuid:2"), kStamp);
    const auto read = sync::readCalendar(written);
    EXPECT_TRUE(read && read->main("VJOURNAL")) << written.toStdString();
    return read && read->main("VJOURNAL") ? sync::journalComponentFields(*read->main("VJOURNAL"))
                                          : sync::RecordFields();
}

class JournalSync : public SyncedJournals
{
protected:
    JournalEntry addEntry(Database& db, const QString& title, QDate written,
                          const QString& experience = {}, qint64 opportunityId = 0)
    {
        JournalEntry e;
        e.title = title;
        e.writtenOn = written;
        e.experience = experience;
        e.opportunityId = opportunityId;
        EXPECT_OK(JournalRepository(db).add(e));
        return e;
    }
    JournalEntry entry(Database& db, const QString& title)
    {
        auto all = JournalRepository(db).list();
        EXPECT_OK(all);
        for (const JournalEntry& e : all.value()) {
            if (e.title == title)
                return e;
        }
        ADD_FAILURE() << "no entry " << title.toStdString();
        return {};
    }
    static QStringList entries(Database& db)
    {
        auto records = sync::JournalAdapter(db).list();
        EXPECT_OK(records);
        QStringList lines;
        for (const sync::LocalRecord& r : records.value())
            lines << sync::fieldsToJson(r.fields);
        lines.sort();
        return lines;
    }
    QUrl journalUrl(const QString& name) const
    {
        return collection(SyncKind::Journal).resolved(QUrl(name));
    }
    QUrl urlOf(Database& db, qint64 id)
    {
        auto items = SyncState(db).items(SyncKind::Journal);
        EXPECT_OK(items);
        QUrl url = server().url();
        for (const SyncItem& item : items.value()) {
            if (item.localId == id)
                url.setPath(item.href);
        }
        return url;
    }
};

} // namespace

TEST(JournalFields, AnEntryComesBackExactly)
{
    const JournalEntry e = trickyEntry();
    const QString opportunity = QStringLiteral("Nettle & Co — Data Engineer");
    const sync::RecordFields fields = sync::journalFields(e, opportunity);
    const sync::RecordFields back = roundTrip(fields);
    EXPECT_EQ(back, fields);
    JournalEntry read;
    sync::applyJournalFields(read, back);
    EXPECT_EQ(read.title, e.title);
    EXPECT_EQ(read.writtenOn, e.writtenOn);
    EXPECT_EQ(read.experience, e.experience);
    EXPECT_EQ(read.jobIdeal, e.jobIdeal);
    EXPECT_EQ(read.jobNotIdeal, e.jobNotIdeal);
    EXPECT_EQ(read.gutRating, e.gutRating);
    EXPECT_EQ(read.gutReason, e.gutReason);
    EXPECT_EQ(read.relationships, e.relationships);
    EXPECT_EQ(read.learned, e.learned);
    EXPECT_EQ(read.momentum, e.momentum);
    EXPECT_EQ(read.notes, e.notes);
    EXPECT_EQ(read.mood, e.mood);
    EXPECT_EQ(read.revisitOn, e.revisitOn);
    EXPECT_EQ(read.tags,
              (QStringList{ QStringLiteral("Berlin, Mitte"), QStringLiteral("data"),
                            QStringLiteral("final round") }));
    EXPECT_EQ(back.value(QStringLiteral("opportunity")), opportunity);

    // Each step alone, and none at all.
    for (const QString& step : sync::journalStepFieldNames()) {
        sync::RecordFields one{ { QStringLiteral("writtenOn"), QStringLiteral("2026-11-30") },
                                { step, QStringLiteral("## x\n\nonly ") + step } };
        EXPECT_EQ(roundTrip(one), one) << step.toStdString();
    }
    const sync::RecordFields bare{ { QStringLiteral("writtenOn"), QStringLiteral("2026-11-30") } };
    EXPECT_EQ(roundTrip(bare), bare);
}

TEST(JournalFields, TheStepsAreMarkdownUnderEnglishHeadings)
{
    sync::RecordFields fields{ { QStringLiteral("experience"), QStringLiteral("Long day.") },
                               { QStringLiteral("learned"), QStringLiteral("## Plan\nRest.") },
                               { QStringLiteral("notes"), QStringLiteral("PS") } };
    EXPECT_EQ(sync::journalDescription(fields),
              QStringLiteral("## The experience\nLong day.\n\n## What I learned\n\\## Plan\nRest."
                             "\n\n## Notes\nPS"));
}

TEST(JournalFields, TextFromElsewhereIsNeverLost)
{
    // No headings at all (jtx Board): all of it is notes.
    sync::RecordFields plain;
    sync::readJournalDescription(QStringLiteral("Met Ruth.\n\nShe will introduce me."), plain);
    EXPECT_EQ(plain,
              (sync::RecordFields{ { QStringLiteral("notes"),
                                     QStringLiteral("Met Ruth.\n\nShe will introduce me.") } }));

    // Headings in another case, an unknown heading and text before the first: the known ones
    // are steps, the rest is notes in the order written, headings kept.
    sync::RecordFields mixed;
    sync::readJournalDescription(QStringLiteral("Typed first.\n"
                                                "## THE EXPERIENCE\n"
                                                "Panel at ten.\n"
                                                "\n"
                                                "## Ideas from the tram\n"
                                                "Write to Jon.\n"
                                                "##   momentum  ##\n"
                                                "Apply to two more.\n"
                                                "\n"
                                                "## notes\n"
                                                "Last words."),
                                 mixed);
    EXPECT_EQ(mixed.value(QStringLiteral("experience")), QStringLiteral("Panel at ten."));
    EXPECT_EQ(mixed.value(QStringLiteral("momentum")), QStringLiteral("Apply to two more."));
    EXPECT_EQ(
        mixed.value(QStringLiteral("notes")),
        QStringLiteral("Typed first.\n\n## Ideas from the tram\nWrite to Jon.\n\nLast words."));
    // Written back by Finalist, it reads the same again.
    sync::RecordFields again;
    sync::readJournalDescription(sync::journalDescription(mixed), again);
    EXPECT_EQ(again, mixed);
}

TEST_F(JournalSync, CreateEditDeleteOnEachSideInTurn)
{
    JournalEntry first = trickyEntry();
    ASSERT_OK(JournalRepository(*a).add(first));
    addEntry(*a, QStringLiteral("Harbor: screening call"), QDate(2026, 11, 2),
             QStringLiteral("Twenty minutes with the recruiter."));
    setUpSync(*a, { SyncKind::Journal });
    setUpSync(*b, { SyncKind::Journal });

    EXPECT_EQ(syncOrFail(*a).sent, 2);
    EXPECT_EQ(syncOrFail(*b).added, 2);
    EXPECT_EQ(entries(*b), entries(*a));
    const JournalEntry inB = entry(*b, first.title);
    EXPECT_EQ(inB.jobIdeal, first.jobIdeal);
    EXPECT_EQ(inB.notes, first.notes);
    EXPECT_EQ(inB.tags.size(), 3);
    EXPECT_FALSE(syncOrFail(*b).changedAnything()) << "a second sync finds nothing to do";
    EXPECT_FALSE(syncOrFail(*a).changedAnything());

    // b edits one, deletes the other, adds a third.
    JournalEntry edited = inB;
    edited.momentum = QStringLiteral("Three applications this week.");
    edited.tags << QStringLiteral("momentum");
    edited.mood = 4;
    ASSERT_OK(JournalRepository(*b).update(edited));
    ASSERT_OK(JournalRepository(*b).remove(entry(*b, QStringLiteral("Harbor: screening call")).id));
    addEntry(*b, QStringLiteral("Sturdy: take-home"), QDate(2026, 12, 1));
    const sync::SyncReport fromB = syncOrFail(*b);
    EXPECT_EQ(fromB.sent, 2);
    EXPECT_EQ(fromB.deletedOnServer, 1);
    const sync::SyncReport intoA = syncOrFail(*a);
    EXPECT_EQ(intoA.added, 1);
    EXPECT_EQ(intoA.updated, 1);
    EXPECT_EQ(intoA.removed, 1);
    EXPECT_EQ(entries(*a), entries(*b));
    const JournalEntry inA = entry(*a, first.title);
    EXPECT_EQ(inA.momentum, QStringLiteral("Three applications this week."));
    EXPECT_EQ(inA.mood, 4);
    EXPECT_TRUE(inA.tags.contains(QStringLiteral("momentum")));
    EXPECT_EQ(entries(*a).size(), 2);
}

TEST_F(JournalSync, EditsOfDifferentStepsMergeAndTheSameStepIsAConflict)
{
    addEntry(*a, QStringLiteral("Final round"), QDate(2026, 11, 30), QStringLiteral("Long day."));
    setUpSync(*a, { SyncKind::Journal });
    setUpSync(*b, { SyncKind::Journal });
    syncAll();

    JournalEntry inA = entry(*a, QStringLiteral("Final round"));
    inA.learned = QStringLiteral("I rush the numbers.");
    inA.experience = QStringLiteral("Long day; good people.");
    ASSERT_OK(JournalRepository(*a).update(inA));
    JournalEntry inB = entry(*b, QStringLiteral("Final round"));
    inB.relationships = QStringLiteral("Thank Maya.");
    inB.experience = QStringLiteral("Long day, four rounds.");
    ASSERT_OK(JournalRepository(*b).update(inB));

    syncOrFail(*a);
    EXPECT_EQ(syncOrFail(*b).conflicts, 1);
    const JournalEntry merged = entry(*b, QStringLiteral("Final round"));
    EXPECT_EQ(merged.learned, QStringLiteral("I rush the numbers."));
    EXPECT_EQ(merged.relationships, QStringLiteral("Thank Maya."));
    EXPECT_EQ(merged.experience, QStringLiteral("Long day, four rounds.")) << "the local one stays";
    auto conflicts = SyncState(*b).conflicts(SyncKind::Journal, merged.id);
    ASSERT_OK(conflicts);
    ASSERT_EQ(conflicts.value().size(), 1u);
    EXPECT_EQ(conflicts.value()[0].field, QStringLiteral("experience"));
    EXPECT_EQ(conflicts.value()[0].serverValue, QStringLiteral("Long day; good people."));
    syncOrFail(*a);
    EXPECT_EQ(entries(*a), entries(*b));
}

TEST_F(JournalSync, TheOpportunityIsFoundByCompanyAndRole)
{
    Opportunity nettle;
    nettle.company = QStringLiteral("Nettle & Co");
    nettle.role = QStringLiteral("Data Engineer");
    ASSERT_OK(OpportunityRepository(*a).add(nettle));
    Opportunity nettleInB = nettle;
    nettleInB.id = 0;
    Opportunity other;
    other.company = QStringLiteral("Nettle & Co");
    other.role = QStringLiteral("Analyst");
    ASSERT_OK(OpportunityRepository(*b).add(other));
    ASSERT_OK(OpportunityRepository(*b).add(nettleInB));
    addEntry(*a, QStringLiteral("Final round"), QDate(2026, 11, 30), {}, nettle.id);
    setUpSync(*a, { SyncKind::Journal });
    setUpSync(*b, { SyncKind::Journal });
    syncAll();
    EXPECT_EQ(entry(*b, QStringLiteral("Final round")).opportunityId, nettleInB.id);
    EXPECT_EQ(entries(*a), entries(*b));
}

TEST_F(JournalSync, AJtxBoardJournalLandsInNotesAndKeepsItsPropertiesAfterFinalistsEdit)
{
    setUpSync(*a, { SyncKind::Journal }); // makes the journal collection
    putAs(journalUrl(QStringLiteral("jtx-journal.ics")),
          "text/calendar; charset=utf-8; component=VJOURNAL", kJtxJournal);
    EXPECT_EQ(syncOrFail(*a).added, 1);
    JournalEntry coffee = entry(*a, QStringLiteral("Coffee with Ruth after the panel"));
    EXPECT_EQ(coffee.writtenOn, QDate(2026, 12, 2));
    EXPECT_EQ(coffee.notes,
              QStringLiteral("Ruth said the panel liked my system design answer.\n\nShe’ll "
                             "introduce me to their platform lead; follow up in January, not "
                             "before."));
    EXPECT_TRUE(coffee.experience.isEmpty());
    EXPECT_EQ(coffee.tags,
              (QStringList{ QStringLiteral("Harbor Analytics"), QStringLiteral("Networking") }));
    EXPECT_FALSE(syncOrFail(*a).changedAnything()) << "reading it is no change";

    coffee.relationships = QStringLiteral("Thank Ruth for the introduction.");
    coffee.tags << QStringLiteral("Ruth");
    ASSERT_OK(JournalRepository(*a).update(coffee));
    EXPECT_EQ(syncOrFail(*a).sent, 1);

    const QByteArray written
        = runCurl({ journalUrl(QStringLiteral("jtx-journal.ics")).toString() });
    const QString text = QString::fromUtf8(written);
    EXPECT_TRUE(
        text.contains(QStringLiteral("UID:1764698940123-3f0c5e2a-1b7d-4a9e-8c21-6d4b3a2f1e0d@at")))
        << written.toStdString();
    // As Radicale stores them (vobject writes GEO's semicolon escaped).
    for (const char* kept :
         { "STATUS:FINAL", "CLASS:PUBLIC", "COLOR:darkcyan", "GEO:52.504",
           "COMMENT:Written on the tram", "DTSTART;VALUE=DATE:20261202", "CREATED:20261202T180900Z",
           "SEQUENCE:2", "CATEGORIES:Harbor Analytics,Networking,Ruth" })
        EXPECT_TRUE(written.contains(kept)) << kept << "\n" << written.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("LOCATION:Café Kranzler")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VJOURNAL")), 1);

    const auto read
        = python(QStringLiteral("import sys, icalendar\n"
                                "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                                "j = cal.walk('VJOURNAL')[0]\n"
                                "print(j.get('summary'))\n"
                                "print(j.decoded('dtstart'))\n"
                                "print(str(j.get('description')).split('\\n')[0])\n"
                                "print(j.get('location'), j.get('color'))\n"),
                 written);
    if (!read)
        GTEST_SKIP() << "python3-icalendar is not installed";
    EXPECT_EQ(*read,
              QStringLiteral("Coffee with Ruth after the panel\n"
                             "2026-12-02\n"
                             "## Relationships\n"
                             "Café Kranzler darkcyan\n"));
}

TEST_F(JournalSync, AnEntryWrittenByFinalistIsReadByAnotherProgram)
{
    JournalEntry e;
    e.title = QStringLiteral("Nettle & Co: final round");
    e.writtenOn = QDate(2026, 11, 30);
    e.experience = QStringLiteral("Four rounds; Zürich office.\n\nLong, good day.");
    e.momentum = QStringLiteral("Two applications a week.");
    e.mood = 4;
    e.gutRating = 5;
    e.revisitOn = QDate(2027, 2, 28);
    e.tags = { QStringLiteral("final round"), QStringLiteral("Berlin") };
    ASSERT_OK(JournalRepository(*a).add(e));
    setUpSync(*a, { SyncKind::Journal });
    EXPECT_EQ(syncOrFail(*a).sent, 1);
    const QByteArray written = runCurl({ urlOf(*a, e.id).toString() });
    EXPECT_TRUE(written.contains("CATEGORIES:Berlin,final round\r\n")) << written.toStdString();

    const auto read
        = python(QStringLiteral("import sys, icalendar\n"
                                "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                                "j = cal.walk('VJOURNAL')[0]\n"
                                "cats = j.get('categories')\n"
                                "cats = cats if isinstance(cats, list) else [cats]\n"
                                "print('|'.join(str(c) for v in cats for c in v.cats))\n"
                                "print(j.get('summary'))\n"
                                "print(j.decoded('dtstart'), j.get('x-finalist-revisit-on'))\n"
                                "print(j.get('x-finalist-mood'), j.get('x-finalist-gut-rating'))\n"
                                "print(j.get('description'))\n"
                                "print(j.get('dtstamp') is not None, j.get('uid') is not None)\n"),
                 written);
    if (!read)
        GTEST_SKIP() << "python3-icalendar is not installed";
    EXPECT_EQ(*read,
              QStringLiteral("Berlin|final round\n"
                             "Nettle & Co: final round\n"
                             "2026-11-30 20270228\n"
                             "4 5\n"
                             "## The experience\n"
                             "Four rounds; Zürich office.\n"
                             "\n"
                             "Long, good day.\n"
                             "\n"
                             "## Momentum\n"
                             "Two applications a week.\n"
                             "True True\n"));
}
