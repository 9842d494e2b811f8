#include "storage/Transaction.h"

#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

class Transactions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("transactions.sqlite")), clock);
        ASSERT_TRUE(db);
        Contact kept;
        kept.firstName = QStringLiteral("Kept");
        ASSERT_OK(ContactRepository(*db).add(kept));
    }

    // Everything committed moved into the file itself, so its bytes say what was committed.
    QByteArray fileAfterCheckpoint()
    {
        EXPECT_OK(sql::exec(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        return test::sha256Of(db->path());
    }

    Status addInside(Transaction& transaction, const QString& name)
    {
        if (!transaction.begun())
            return transaction.begun();
        Contact c;
        c.firstName = name;
        return ContactRepository(*db).add(c);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Transactions, ARollbackWritesNothingAtAllIntoTheFile)
{
    const QByteArray before = fileAfterCheckpoint();
    {
        Transaction outer(db->connection());
        // Enough to grow the file, so the first page (which counts the pages) changes too.
        for (int i = 0; i < 300; ++i)
            ASSERT_OK(addInside(outer, QStringLiteral("Dropped %1").arg(i)));
        {
            Transaction inner(db->connection());
            ASSERT_OK(addInside(inner, QStringLiteral("Dropped too")));
            ASSERT_OK(inner.commit()); // into the outer one only
        }
        EXPECT_TRUE(Transaction::isOpenOn(db->connection()));
    } // rolled back
    EXPECT_FALSE(Transaction::isOpenOn(db->connection()));
    EXPECT_EQ(fileAfterCheckpoint(), before)
        << "not even the change counter: nothing is committed after a rollback";
    EXPECT_EQ(ContactRepository(*db).list().value().size(), 1u);
}

TEST_F(Transactions, AnInnerRollbackKeepsTheOuterWork)
{
    {
        Transaction outer(db->connection());
        ASSERT_OK(addInside(outer, QStringLiteral("Outer")));
        {
            Transaction inner(db->connection());
            ASSERT_OK(addInside(inner, QStringLiteral("Inner, dropped")));
        } // only the inner one is rolled back
        EXPECT_TRUE(Transaction::isOpenOn(db->connection()));
        ASSERT_OK(outer.commit());
    }
    QStringList names;
    for (const Contact& c : ContactRepository(*db).list().value())
        names << c.firstName;
    names.sort();
    EXPECT_EQ(names, (QStringList{ QStringLiteral("Kept"), QStringLiteral("Outer") }));
}
