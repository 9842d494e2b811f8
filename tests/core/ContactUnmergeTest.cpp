// A merge undone leaves the file as it was, row for row; an undo that cannot be exact is refused
// and writes nothing.
#include "services/ContactMerge.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace finalist;

namespace {

class Unmerge : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("unmerge.sqlite")), clock);
        ASSERT_TRUE(db);
        Opportunity process;
        process.company = QStringLiteral("Lumen");
        ASSERT_OK(OpportunityRepository(*db).add(process));
        Round screen, panel;
        screen.opportunityId = panel.opportunityId = process.id;
        panel.kind = RoundKind::Panel;
        ASSERT_OK(RoundRepository(*db).add(screen));
        ASSERT_OK(RoundRepository(*db).add(panel));

        keep = person(QStringLiteral("Priya"), QStringLiteral("Raman"), 2,
                      QStringLiteral("Leads the platform team."));
        other = person(QStringLiteral("Priya"), QStringLiteral("R."), 4,
                       QStringLiteral("Asked about the migration project."));
        other.email = QStringLiteral("priya@lumen.example");
        ASSERT_OK(ContactRepository(*db).update(other));
        ben = person(QStringLiteral("Ben"), QStringLiteral("Okafor"), 1, {});
        cho = person(QStringLiteral("Cho"), QStringLiteral("Park"), 1, {});

        meet(screen.id, keep.id);
        meet(screen.id, other.id); // both met it: stays one meeting
        meet(panel.id, other.id); // moves over
        link(keep.id, ben.id, LinkKind::IntroducedBy);
        link(other.id, ben.id, LinkKind::IntroducedBy); // both have it: stays one link
        link(other.id, cho.id, LinkKind::WorksWith);
        link(cho.id, other.id, LinkKind::ReportsTo);
        link(keep.id, other.id, LinkKind::WorksWith); // between the two: dropped
        const qint64 thanks = note(other.id, QStringLiteral("Thank you, Priya"));
        note(keep.id, QStringLiteral("A question for Priya"));
        followUp(other.id, thanks, QStringLiteral("Ask Priya about the team"));
        followUp(keep.id, 0, QStringLiteral("Send the article"));
        process.toldById = other.id;
        ASSERT_OK(OpportunityRepository(*db).update(process));
        clock.advanceDays(3); // the merge's time stamps differ from the originals
    }

    Contact person(const QString& first, const QString& last, int warmth, const QString& notes)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = QStringLiteral("Lumen");
        c.warmth = warmth;
        c.notes = notes;
        EXPECT_OK(ContactRepository(*db).add(c));
        return c;
    }
    void meet(qint64 roundId, qint64 contactId)
    {
        Meeting m;
        m.roundId = roundId;
        m.contactId = contactId;
        EXPECT_OK(MeetingRepository(*db).add(m));
    }
    void link(qint64 from, qint64 to, LinkKind kind)
    {
        ContactLink l;
        l.fromContactId = from;
        l.toContactId = to;
        l.kind = kind;
        EXPECT_OK(ContactLinkRepository(*db).add(l));
    }
    qint64 note(qint64 contactId, const QString& subject)
    {
        Outreach o;
        o.contactId = contactId;
        o.subject = subject;
        o.body = subject + QStringLiteral(", and thanks again.");
        EXPECT_OK(OutreachRepository(*db).add(o));
        return o.id;
    }
    void followUp(qint64 contactId, qint64 outreachId, const QString& reason)
    {
        FollowUp f;
        f.contactId = contactId;
        f.outreachId = outreachId;
        f.reason = reason;
        f.dueOn = clock.today().addDays(7);
        EXPECT_OK(FollowUpRepository(*db).add(f));
    }

    // Every row of every table a merge touches, every column, as text.
    QStringList everyRow()
    {
        QStringList rows;
        for (const char* table : { "contacts", "meetings", "contact_links", "outreach",
                                   "follow_ups", "opportunities", "rounds", "import_changes" }) {
            QSqlQuery query(db->connection());
            EXPECT_TRUE(query.exec(
                QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
            while (query.next()) {
                QStringList cells{ QString::fromLatin1(table) };
                for (int i = 0; i < query.record().count(); ++i)
                    cells << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }
    QString scalar(const QString& statement)
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(statement));
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values.join(QLatin1Char(','));
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Contact keep, other, ben, cho;
};

} // namespace

TEST_F(Unmerge, PutsBothContactsAndEverythingTheyHadBackRowForRow)
{
    const QStringList before = everyRow();
    auto merged = mergeContactsUndoably(*db, keep.id, other.id);
    ASSERT_OK(merged);
    EXPECT_EQ(merged.value().kept.email, QStringLiteral("priya@lumen.example"));
    EXPECT_EQ(merged.value().dropped.size(), 3u) << "a shared round, a shared link, theirs";
    EXPECT_EQ(merged.value().moved.size(), 6u);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1").arg(other.id)),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT told_by_id FROM opportunities")),
              QString::number(keep.id))
        << "the decision they gave moves over with them";
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM meetings WHERE contact_id = %1").arg(keep.id)),
        QStringLiteral("2"));
    ASSERT_NE(everyRow(), before);

    clock.advanceDays(1);
    ASSERT_OK(unmergeContacts(*db, merged.value()));
    EXPECT_EQ(everyRow(), before);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_key_check")), QString());
    // The search index follows: each note finds its own contact again.
    EXPECT_EQ(scalar(QStringLiteral("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH "
                                    "'migration'")),
              QString::number(other.id));
    EXPECT_EQ(scalar(QStringLiteral("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH "
                                    "'platform'")),
              QString::number(keep.id));
}

TEST_F(Unmerge, IsRefusedWithNothingWrittenWhenTheKeptContactWasDeletedSince)
{
    auto merged = mergeContactsUndoably(*db, keep.id, other.id);
    ASSERT_OK(merged);
    ASSERT_OK(ContactRepository(*db).remove(keep.id));
    const QStringList afterDelete = everyRow();
    const Status undone = unmergeContacts(*db, merged.value());
    ASSERT_FALSE(undone.ok());
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("“Priya Raman” has been deleted")))
        << undone.error().message.toStdString();
    EXPECT_EQ(everyRow(), afterDelete);
}

TEST_F(Unmerge, IsRefusedWhenTheKeptContactWasEditedSince)
{
    auto merged = mergeContactsUndoably(*db, keep.id, other.id);
    ASSERT_OK(merged);
    Contact edited = merged.value().kept;
    edited.title = QStringLiteral("Director of Platform");
    ASSERT_OK(ContactRepository(*db).update(edited));
    const QStringList afterEdit = everyRow();
    const Status undone = unmergeContacts(*db, merged.value());
    ASSERT_FALSE(undone.ok());
    EXPECT_TRUE(undone.error().message.contains(QStringLiteral("changed since")))
        << undone.error().message.toStdString();
    EXPECT_EQ(everyRow(), afterEdit);
}

TEST_F(Unmerge, IsRefusedWhenSomethingThatMovedOverIsGone)
{
    auto merged = mergeContactsUndoably(*db, keep.id, other.id);
    ASSERT_OK(merged);
    ASSERT_OK(FollowUpRepository(*db).remove(
        scalar(QStringLiteral("SELECT id FROM follow_ups WHERE reason LIKE 'Ask Priya%'"))
            .toLongLong()));
    const QStringList afterDelete = everyRow();
    EXPECT_FALSE(unmergeContacts(*db, merged.value()).ok());
    EXPECT_EQ(everyRow(), afterDelete) << "the other contact is not half brought back";
}

TEST_F(Unmerge, ComesBackUnderANewIdWhenANewContactTookTheOthersPlace)
{
    // The last contact made is merged away, so the next one added gets its id.
    Contact twin = person(QStringLiteral("Priya"), QStringLiteral("Raman"), 0, {});
    const qint64 twinNote = note(twin.id, QStringLiteral("Notes from the lunch"));
    auto merged = mergeContactsUndoably(*db, keep.id, twin.id);
    ASSERT_OK(merged);
    Contact newcomer = person(QStringLiteral("Dana"), QStringLiteral("Lee"), 0, {});
    ASSERT_EQ(newcomer.id, twin.id);

    ASSERT_OK(unmergeContacts(*db, merged.value()));
    const QString back = scalar(QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Priya' "
                                               "AND last_name = 'Raman' AND id <> %1")
                                    .arg(keep.id));
    ASSERT_FALSE(back.isEmpty()) << "the twin is back";
    EXPECT_NE(back.toLongLong(), twin.id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT contact_id FROM outreach WHERE id = %1").arg(twinNote)),
              back)
        << "its note went back with it";
    EXPECT_EQ(scalar(QStringLiteral("SELECT first_name FROM contacts WHERE id = %1").arg(twin.id)),
              QStringLiteral("Dana"))
        << "the newcomer is untouched";
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_key_check")), QString());
}

TEST_F(Unmerge, TheOldCallStillMergesAndALinkBothHadDoesNotStopIt)
{
    auto merged = mergeContacts(*db, keep.id, other.id);
    ASSERT_OK(merged);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contact_links WHERE from_contact_id = "
                                    "%1 AND to_contact_id = %2")
                         .arg(keep.id)
                         .arg(ben.id)),
              QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_key_check")), QString());
}
