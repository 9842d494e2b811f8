// The Contacts view's rows: computed columns, every filter, sorting both ways, paging.
#include "storage/ContactTable.h"

#include "services/ContactMerge.h"
#include "services/ContactTrash.h"
#include "services/RoundPeople.h"
#include "services/ThankYouNote.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Contacts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("contacts.sqlite")), clock);
        ASSERT_TRUE(db);
        harbor.company = QStringLiteral("Harbor & Finch");
        ASSERT_OK(OpportunityRepository(*db).add(harbor));
        Round panel;
        panel.opportunityId = harbor.id;
        panel.kind = RoundKind::Panel;
        panel.heldOn = QDate(2026, 2, 10);
        ASSERT_OK(RoundRepository(*db).add(panel));
        ana = RoundPeople(*db).addNew(panel.id, QStringLiteral("Ana Ruiz"), harbor.company).value();
        ana.role = RoleCategory::Recruiter;
        ana.linkedInStatus = LinkedInStatus::Connected;
        ASSERT_OK(ContactRepository(*db).update(ana));
        for (const auto& [first, last, company] :
             { std::tuple{ "Ben", "Adler", "Northwind" }, std::tuple{ "Cleo", "Zhang", "Quarry" },
               std::tuple{ "Dev", "Patel", "Northwind" } }) {
            Contact c;
            c.firstName = QString::fromUtf8(first);
            c.lastName = QString::fromUtf8(last);
            c.company = QString::fromUtf8(company);
            ASSERT_OK(ContactRepository(*db).add(c));
            others.push_back(c);
        }
        auto note = draftThankYou(*db, ana, harbor);
        ASSERT_OK(note);
        Outreach sent = note.value();
        sent.status = OutreachStatus::Sent;
        sent.sentOn = QDate(2026, 2, 11);
        ASSERT_OK(OutreachRepository(*db).update(sent));
        FollowUp due;
        due.contactId = others[1].id; // Cleo
        due.reason = QStringLiteral("Check in");
        due.dueOn = QDate(2026, 3, 1);
        ASSERT_OK(FollowUpRepository(*db).add(due));
        FollowUp later = due;
        later.contactId = others[0].id; // Ben
        later.dueOn = QDate(2026, 4, 1);
        ASSERT_OK(FollowUpRepository(*db).add(later));
    }

    QStringList names(const ContactTable::Filter& filter)
    {
        auto rows = ContactTable(*db).rows(filter, 0, 100);
        EXPECT_TRUE(rows.ok());
        QStringList out;
        for (const auto& row : rows.value())
            out << row.name;
        return out;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity harbor;
    Contact ana;
    std::vector<Contact> others;
};

} // namespace

TEST_F(Contacts, RowsCarryThankYouLastContactAndNextFollowUp)
{
    auto rows = ContactTable(*db).rows({}, 0, 100);
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 4u);
    const auto& first = rows.value()[0]; // Adler
    EXPECT_EQ(first.name, QStringLiteral("Ben Adler"));
    EXPECT_EQ(first.nextFollowUp, QDate(2026, 4, 1));
    EXPECT_FALSE(first.lastContact.isValid());
    const auto& anaRow = rows.value()[2]; // Ruiz
    EXPECT_EQ(anaRow.name, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(anaRow.thankYou, ThankYouState::Sent);
    EXPECT_EQ(anaRow.lastContact, QDate(2026, 2, 11)) << "the note is later than the round";
    EXPECT_EQ(anaRow.role, RoleCategory::Recruiter);
}

TEST_F(Contacts, EveryFilterNarrowsInSql)
{
    ContactTable::Filter filter;
    filter.company = QStringLiteral("northwind");
    EXPECT_EQ(names(filter),
              QStringList({ QStringLiteral("Ben Adler"), QStringLiteral("Dev Patel") }));
    filter = {};
    filter.role = RoleCategory::Recruiter;
    EXPECT_EQ(names(filter), QStringList({ QStringLiteral("Ana Ruiz") }));
    filter = {};
    filter.opportunityId = harbor.id;
    EXPECT_EQ(names(filter), QStringList({ QStringLiteral("Ana Ruiz") }));
    filter = {};
    filter.linkedIn = LinkedInStatus::NotConnected;
    EXPECT_EQ(names(filter).size(), 3);
    filter = {};
    filter.followUpDue = true;
    filter.today = QDate(2026, 3, 2);
    EXPECT_EQ(names(filter), QStringList({ QStringLiteral("Cleo Zhang") }));
    filter = {};
    filter.text = QStringLiteral("quar");
    EXPECT_EQ(names(filter), QStringList({ QStringLiteral("Cleo Zhang") }));
    filter.text = QStringLiteral("\"NEAR( -*");
    EXPECT_TRUE(names(filter).isEmpty());
    EXPECT_EQ(ContactTable(*db).count(filter).value(), 0);
    auto companies = ContactTable(*db).companies();
    ASSERT_OK(companies);
    EXPECT_EQ(companies.value(),
              QStringList({ QStringLiteral("Harbor & Finch"), QStringLiteral("Northwind"),
                            QStringLiteral("Quarry") }));
}

// A choice of people reads names and companies alone, in the order and under the filter of
// the full list.
TEST_F(Contacts, NamesAloneComeInTheListsOrderUnderItsFilter)
{
    for (const ContactFilter& filter : { ContactFilter{},
                                         [] {
                                             ContactFilter f;
                                             f.company = QStringLiteral("northwind");
                                             return f;
                                         }(),
                                         [] {
                                             ContactFilter f;
                                             f.limit = 2;
                                             f.offset = 1;
                                             return f;
                                         }() }) {
        auto full = ContactRepository(*db).list(filter);
        ASSERT_OK(full);
        QStringList expected, read;
        for (const Contact& c : full.value())
            expected << QStringLiteral("%1 %2 %3").arg(c.id).arg(c.displayName(), c.company);
        ASSERT_OK(ContactRepository(*db).eachName(
            filter, [&](qint64 id, const QString& name, const QString& company) {
                read << QStringLiteral("%1 %2 %3").arg(id).arg(name, company);
            }));
        EXPECT_EQ(read, expected);
        EXPECT_FALSE(read.isEmpty());
    }
}

TEST_F(Contacts, SortsByAnyColumnBothWaysWithEmptyDatesLast)
{
    ContactTable::Filter filter;
    filter.sortBy = ContactTable::Company;
    EXPECT_EQ(names(filter).first(), QStringLiteral("Ana Ruiz"));
    filter.descending = true;
    EXPECT_EQ(names(filter).first(), QStringLiteral("Cleo Zhang"));
    filter = {};
    filter.sortBy = ContactTable::NextFollowUp;
    EXPECT_EQ(names(filter).mid(0, 2),
              QStringList({ QStringLiteral("Cleo Zhang"), QStringLiteral("Ben Adler") }));
    filter.descending = true;
    EXPECT_EQ(names(filter).first(), QStringLiteral("Ben Adler"));
    filter = {};
    filter.sortBy = ContactTable::Name;
    filter.descending = true;
    EXPECT_EQ(names(filter).first(), QStringLiteral("Cleo Zhang"));
}

TEST_F(Contacts, PagesFollowEachOther)
{
    ContactTable table(*db);
    auto first = table.rows({}, 0, 2);
    auto second = table.rows({}, 2, 2);
    ASSERT_OK(first);
    ASSERT_OK(second);
    ASSERT_EQ(first.value().size(), 2u);
    ASSERT_EQ(second.value().size(), 2u);
    EXPECT_EQ(second.value()[0].name, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(table.count({}).value(), 4);
}

TEST_F(Contacts, DeletingAContactCanBeUndoneWithItsNotesMeetingsAndFollowUps)
{
    auto deleted = deleteContact(*db, ana.id);
    ASSERT_OK(deleted);
    EXPECT_EQ(deleted.value().meetings.size(), 1u);
    EXPECT_EQ(deleted.value().outreach.size(), 1u);
    EXPECT_EQ(ContactTable(*db).count({}).value(), 3);
    auto restored = restoreContact(*db, deleted.value());
    ASSERT_OK(restored);
    auto rows = ContactTable(*db).rows({}, 0, 10);
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 4u);
    EXPECT_EQ(rows.value()[2].id, restored.value());
    EXPECT_EQ(rows.value()[2].thankYou, ThankYouState::Sent);
    EXPECT_EQ(rows.value()[2].lastContact, QDate(2026, 2, 11));
    ContactTable::Filter met;
    met.opportunityId = harbor.id;
    EXPECT_EQ(names(met), QStringList({ QStringLiteral("Ana Ruiz") }));
}

TEST_F(Contacts, MergingKeepsOnePersonWithEverythingOfBoth)
{
    Contact twin;
    twin.firstName = QStringLiteral("Ana");
    twin.lastName = QStringLiteral("Ruiz");
    twin.email = QStringLiteral("ana@harbor.example");
    twin.warmth = 4;
    twin.notes = QStringLiteral("Met again at a meetup");
    ASSERT_OK(ContactRepository(*db).add(twin));
    FollowUp later;
    later.contactId = twin.id;
    later.reason = QStringLiteral("Coffee");
    later.dueOn = QDate(2026, 5, 1);
    ASSERT_OK(FollowUpRepository(*db).add(later));

    auto merged = mergeContacts(*db, ana.id, twin.id);
    ASSERT_OK(merged);
    EXPECT_EQ(merged.value().email, twin.email);
    EXPECT_EQ(merged.value().warmth, 4);
    EXPECT_EQ(merged.value().linkedInStatus, LinkedInStatus::Connected);
    EXPECT_TRUE(merged.value().notes.contains(QStringLiteral("meetup")));
    EXPECT_FALSE(ContactRepository(*db).get(twin.id).ok());
    auto rows = ContactTable(*db).rows({}, 0, 10);
    ASSERT_OK(rows);
    EXPECT_EQ(rows.value().size(), 4u);
    EXPECT_EQ(rows.value()[2].nextFollowUp, QDate(2026, 5, 1)) << "the follow-up moved over";
    EXPECT_EQ(rows.value()[2].thankYou, ThankYouState::Sent) << "her own note stayed";
    EXPECT_FALSE(mergeContacts(*db, ana.id, ana.id).ok());
}
