// The Contacts section on the demo story: search, filters, sorting in SQL, the detail pane's
// validation, delete and undo, and a screenshot when FINALIST_SHOTS_DIR is set.
#include "contacts/ContactsView.h"

#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactListModel.h"
#include "RawSql.h"
#include "services/DemoSample.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace finalist;

namespace {

class ContactsUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("contacts.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
        view = std::make_unique<ContactsView>(*db);
        tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view->resize(1240, 720);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }

    void waitForSearch() { QTest::qWait(250); }

    QString cell(int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<ContactsView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QString path;
};

} // namespace

TEST_F(ContactsUi, SearchAndFiltersNarrowTheTable)
{
    const int everyone = view->model()->rowCount();
    ASSERT_GT(everyone, 10);
    QTest::keyClicks(view->searchBox(), QStringLiteral("priya"));
    waitForSearch();
    // Priya herself, and whoever's notes mention her.
    ASSERT_GE(view->model()->rowCount(), 1);
    EXPECT_LT(view->model()->rowCount(), everyone);
    bool found = false;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        found = found || cell(row, ContactTable::Name).startsWith(QStringLiteral("Priya"));
    EXPECT_TRUE(found);
    view->searchBox()->clear();
    waitForSearch();
    EXPECT_EQ(view->model()->rowCount(), everyone);

    QComboBox* role = view->roleFilter();
    role->setCurrentIndex(role->findData(int(RoleCategory::Recruiter)));
    emit role->activated(role->currentIndex());
    ASSERT_GT(view->model()->rowCount(), 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        EXPECT_EQ(cell(row, ContactTable::Role), enumLabel(RoleCategory::Recruiter));
}

TEST_F(ContactsUi, ClickingAHeaderSortsInSql)
{
    QTableView* table = view->table();
    QHeaderView* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(ContactTable::Company) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    EXPECT_EQ(view->model()->filter().sortBy, ContactTable::Company);
    const int rows = view->model()->rowCount();
    for (int row = 1; row < rows; ++row)
        EXPECT_LE(cell(row - 1, ContactTable::Company)
                      .compare(cell(row, ContactTable::Company), Qt::CaseInsensitive),
                  0);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    EXPECT_TRUE(view->model()->filter().descending);
}

TEST_F(ContactsUi, ABadEmailIsNamedAndTheTypedTextStays)
{
    view->table()->selectRow(0);
    ContactDetail* detail = view->detail();
    const qint64 id = detail->contactId();
    ASSERT_GT(id, 0);
    const QString before = test::rawSql(path,
                                        QStringLiteral("SELECT email FROM contacts WHERE id "
                                                       "= %1")
                                            .arg(id))
                               .toString();
    detail->emailEdit()->clear();
    QTest::keyClicks(detail->emailEdit(), QStringLiteral("ana at harbor"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(detail->message()->isError());
    EXPECT_TRUE(detail->message()->text().contains(QStringLiteral("ana at harbor")));
    EXPECT_EQ(detail->emailEdit()->text(), QStringLiteral("ana at harbor"));
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT email FROM contacts WHERE id = %1").arg(id))
                  .toString(),
              before);
    // Moving to another row is refused while the change cannot be saved.
    view->table()->selectRow(1);
    EXPECT_EQ(detail->contactId(), id);

    detail->emailEdit()->clear();
    QTest::keyClicks(detail->emailEdit(), QStringLiteral("ana@harbor.example"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(detail->message()->isError());
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT email FROM contacts WHERE id = %1").arg(id))
                  .toString(),
              QStringLiteral("ana@harbor.example"));
}

TEST_F(ContactsUi, DeleteThenUndoBringsTheContactBackWithItsTimeline)
{
    view->table()->selectRow(0);
    const QString name = cell(0, ContactTable::Name);
    const int everyone = view->model()->rowCount();
    const int events = view->detail()->timeline()->count();
    view->findChild<QPushButton*>(QStringLiteral("deleteContact"))->click();
    EXPECT_EQ(view->model()->rowCount(), everyone - 1);
    view->undoDelete();
    EXPECT_EQ(view->model()->rowCount(), everyone);
    EXPECT_EQ(view->detail()->contactId(),
              view->model()->idAt(view->model()->rowOf(view->detail()->contactId())));
    EXPECT_EQ(cell(0, ContactTable::Name), name);
    EXPECT_EQ(view->detail()->timeline()->count(), events);
}

TEST_F(ContactsUi, Screenshot)
{
    const QString shots = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to write screenshots";
    view->table()->selectRow(2);
    QDir().mkpath(shots);
    EXPECT_TRUE(view->grab().save(QDir(shots).filePath(QStringLiteral("contacts.png"))));
}

TEST_F(ContactsUi, MergingADuplicateLeavesOneRow)
{
    view->table()->selectRow(0);
    const qint64 keep = view->detail()->contactId();
    auto original = ContactRepository(*db).get(keep);
    ASSERT_OK(original);
    Contact twin;
    twin.firstName = original.value().firstName;
    twin.lastName = original.value().lastName;
    twin.phone = QStringLiteral("+1 555 0100");
    ASSERT_OK(ContactRepository(*db).add(twin));
    view->reload();
    const int before = view->model()->rowCount();
    view->select(keep);
    ASSERT_TRUE(view->mergeIntoShown(twin.id));
    EXPECT_EQ(view->model()->rowCount(), before - 1);
    EXPECT_EQ(
        test::rawSql(path, QStringLiteral("SELECT phone FROM contacts WHERE id = %1").arg(keep))
            .toString(),
        QStringLiteral("+1 555 0100"));
}
