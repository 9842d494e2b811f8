#include "RawSql.h"
#include "storage/BackupStore.h"
#include "storage/ContactRepository.h"
#include "storage/ContactTable.h"
#include "storage/OpportunityBoard.h"
#include "storage/OpportunityRepository.h"
#include "storage/Transaction.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class SharedLists : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("shared.sqlite")), clock);
        ASSERT_TRUE(db);
    }

    qint64 addProcess(const QString& company)
    {
        Opportunity o;
        o.company = company;
        EXPECT_OK(OpportunityRepository(*db).add(o));
        return o.id;
    }

    QStringList companiesListed()
    {
        QStringList companies;
        auto all = OpportunityRepository(*db).choices();
        EXPECT_OK(all);
        if (all)
            for (const OpportunityChoice& o : *all.value())
                companies << o.company;
        return companies;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(SharedLists, ReadOnceUntilTheNextWriteThroughTheJournal)
{
    addProcess(QStringLiteral("Acme"));
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Acme") });

    // Another connection writes behind the journal's back (nothing in Finalist does: one writer
    // holds the lock). The list already read is handed out again: it was not read a second time.
    test::rawStatements(db->path(),
                        { QStringLiteral("INSERT INTO opportunities (company, role, stage, "
                                         "created_at, updated_at) VALUES ('Behind', '', "
                                         "'applied', '2026-01-01T00:00:00Z', "
                                         "'2026-01-01T00:00:00Z')") });
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Acme") });

    // Any write through the journal is a change: the next reader reads afresh and sees both.
    Contact c;
    c.firstName = QStringLiteral("Ines");
    ASSERT_OK(ContactRepository(*db).add(c));
    EXPECT_EQ(companiesListed().size(), 2);
    EXPECT_TRUE(companiesListed().contains(QStringLiteral("Behind")));
}

TEST_F(SharedLists, AWriteShowsAtOnceInEveryList)
{
    EXPECT_TRUE(companiesListed().isEmpty());
    const qint64 id = addProcess(QStringLiteral("Globex"));
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Globex") });
    auto process = OpportunityRepository(*db).get(id);
    ASSERT_OK(process);
    process.value().company = QStringLiteral("Globex Europe");
    ASSERT_OK(OpportunityRepository(*db).update(process.value()));
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Globex Europe") });
    Contact c;
    c.firstName = QStringLiteral("Ada");
    c.company = QStringLiteral("Initech");
    ASSERT_OK(ContactRepository(*db).add(c));
    auto companies = ContactTable(*db).companies();
    ASSERT_OK(companies);
    EXPECT_EQ(companies.value(), QStringList{ QStringLiteral("Initech") });
}

TEST_F(SharedLists, NothingReadInsideATransactionOutlivesItsRollback)
{
    addProcess(QStringLiteral("Kept"));
    EXPECT_EQ(companiesListed().size(), 1);
    {
        Transaction transaction(db->connection());
        ASSERT_OK(transaction.begun());
        addProcess(QStringLiteral("Rolled back"));
        EXPECT_EQ(companiesListed().size(), 2) << "inside, the transaction's own write shows";
    } // rolled back: the change count does not go back, so nothing read inside may be kept
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Kept") });
    EXPECT_FALSE(Transaction::isOpenOn(db->connection()));
}

TEST_F(SharedLists, ARestoreIsReadAfresh)
{
    addProcess(QStringLiteral("Before"));
    auto snapshot = BackupStore(*db).snapshot(QStringLiteral("manual"));
    ASSERT_OK(snapshot);
    addProcess(QStringLiteral("After"));
    EXPECT_EQ(companiesListed().size(), 2);
    ASSERT_OK(BackupStore(*db).restoreFrom(snapshot.value()));
    EXPECT_EQ(companiesListed(), QStringList{ QStringLiteral("Before") });
}

TEST_F(SharedLists, ThePickersShareOneReadInTheListsOrder)
{
    const qint64 older = addProcess(QStringLiteral("Older"));
    Opportunity decided;
    decided.company = QStringLiteral("Decided");
    decided.role = QStringLiteral("Staff Engineer");
    decided.appliedOn = QDate(2026, 3, 1);
    decided.decidedOn = QDate(2026, 4, 2);
    decided.stage = Stage::RunnerUp;
    ASSERT_OK(OpportunityRepository(*db).add(decided));
    ASSERT_OK(OpportunityRepository(*db).setArchived(older, true));

    auto first = OpportunityRepository(*db).choices();
    auto second = OpportunityRepository(*db).choices();
    ASSERT_OK(first);
    ASSERT_OK(second);
    EXPECT_EQ(first.value().get(), second.value().get()) << "handed out again, not copied";

    auto full = OpportunityRepository(*db).list();
    ASSERT_OK(full);
    ASSERT_EQ(first.value()->size(), full.value().size());
    for (std::size_t i = 0; i < full.value().size(); ++i) {
        const OpportunityChoice& choice = first.value()->at(i);
        const Opportunity& o = full.value()[i];
        EXPECT_EQ(choice.id, o.id);
        EXPECT_EQ(choice.company, o.company);
        EXPECT_EQ(choice.role, o.role);
        EXPECT_EQ(choice.stage, o.stage);
        EXPECT_EQ(choice.archived, o.isArchived());
    }
    const OpportunityChoice* archived = nullptr;
    for (const OpportunityChoice& choice : *first.value())
        if (choice.id == older)
            archived = &choice;
    ASSERT_NE(archived, nullptr);
    EXPECT_TRUE(archived->archived);

    addProcess(QStringLiteral("Newest"));
    auto third = OpportunityRepository(*db).choices();
    ASSERT_OK(third);
    EXPECT_NE(third.value().get(), first.value().get()) << "a write reads them afresh";
    EXPECT_EQ(third.value()->size(), 3u);
    EXPECT_EQ(first.value()->size(), 2u) << "what a view holds does not change under it";
}

// Thousands of processes at a few companies, through a few sources: each text is held once.
TEST_F(SharedLists, TheSameTextReadTwiceIsHeldOnce)
{
    for (int i = 0; i < 3; ++i) {
        Opportunity o;
        o.company = QStringLiteral("Harbor & Finch");
        o.role = i < 2 ? QStringLiteral("Staff Engineer") : QStringLiteral("Principal Engineer");
        o.source = QStringLiteral("Referral");
        ASSERT_OK(OpportunityRepository(*db).add(o));
    }
    auto choices = OpportunityRepository(*db).choices();
    ASSERT_OK(choices);
    const auto& read = *choices.value();
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0].company.constData(), read[1].company.constData());
    EXPECT_EQ(read[1].company.constData(), read[2].company.constData());
    int staff = 0;
    const QChar* staffText = nullptr;
    for (const OpportunityChoice& choice : read)
        if (choice.role == QStringLiteral("Staff Engineer")) {
            EXPECT_TRUE(!staffText || staffText == choice.role.constData());
            staffText = choice.role.constData();
            ++staff;
        }
    EXPECT_EQ(staff, 2);

    auto cards = OpportunityBoard(*db).cards();
    ASSERT_OK(cards);
    ASSERT_EQ(cards.value().size(), 3u);
    EXPECT_EQ(cards.value()[0].company.constData(), cards.value()[2].company.constData());
    EXPECT_EQ(cards.value()[0].source.constData(), cards.value()[1].source.constData());
    EXPECT_EQ(cards.value()[0].source, QStringLiteral("Referral"));
    EXPECT_NE(cards.value()[0].role.constData(), cards.value()[0].company.constData());
}
