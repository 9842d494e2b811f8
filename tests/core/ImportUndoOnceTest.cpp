// An import is undone once: the File menu and the contacts line both offer it, and a second
// undo would put merged contacts back over what the user wrote since.
#include "formats/LinkedInConnections.h"
#include "RawSql.h"
#include "services/ContactImport.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

TEST(ImportUndoOnce, ASecondUndoIsRefusedAndLeavesLaterEditsAlone)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("once.sqlite")), clock);
    ASSERT_TRUE(db);
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Ruiz");
    ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz-4a1b2c");
    ASSERT_OK(ContactRepository(*db).add(ana));
    QFile file(test::fixturePath(QStringLiteral("import/Connections.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto contents = LinkedInConnections::read(file.readAll());
    ASSERT_OK(contents);
    ContactImport import(*db);
    auto plan = import.plan(contents.value(), QStringLiteral("LinkedIn"),
                            QStringLiteral("Connections.csv"));
    ASSERT_OK(plan);
    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    const qint64 id = outcome.value().importId;
    ASSERT_EQ(outcome.value().merged, 1);

    auto standing = import.isUndone(id);
    ASSERT_OK(standing);
    EXPECT_FALSE(standing.value());
    ASSERT_OK(import.undo(id));
    auto undone = import.isUndone(id);
    ASSERT_OK(undone);
    EXPECT_TRUE(undone.value());

    Contact edited = ContactRepository(*db).get(ana.id).value();
    edited.company = QStringLiteral("Harbor Labs");
    ASSERT_OK(ContactRepository(*db).update(edited));
    const QString undoneAt
        = test::rawSql(db->path(), QStringLiteral("SELECT undone_at FROM imports")).toString();
    const Status again = import.undo(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("This import has already been undone."));
    EXPECT_EQ(ContactRepository(*db).get(ana.id).value().company, QStringLiteral("Harbor Labs"));
    EXPECT_EQ(test::rawSql(db->path(), QStringLiteral("SELECT undone_at FROM imports")).toString(),
              undoneAt);

    EXPECT_FALSE(import.isUndone(id + 1).ok()) << "an import that was never made";
    EXPECT_FALSE(import.undo(id + 1).ok());
}
