// A date reads the same wherever it appears: the journal's date edit, the opportunity table and
// the contact beside them all follow the user's locale, with the year in full.
#include "contacts/ContactDetail.h"
#include "i18n/DateText.h"
#include "journal/EntryEditor.h"
#include "LocaleScope.h"
#include "opportunities/OpportunityListModel.h"
#include "storage/JournalRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDateEdit>
#include <QTest>

using namespace finalist;

namespace {

const QDate kDay(2026, 12, 2);

class DatesOnScreen : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("dates.sqlite")), clock);
        ASSERT_TRUE(db);
        opportunity.company = QStringLiteral("Harbor & Finch");
        opportunity.role = QStringLiteral("Product Lead");
        opportunity.appliedOn = kDay;
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        entry.title = QStringLiteral("After Harbor");
        entry.writtenOn = kDay;
        entry.opportunityId = opportunity.id;
        ASSERT_OK(JournalRepository(*db).add(entry));
    }

    // The text of the editor's date field that holds the day the entry was written.
    QString writtenOnText()
    {
        EntryEditor editor(*db);
        editor.show();
        if (!QTest::qWaitForWindowExposed(&editor) || !editor.load(entry.id))
            return QStringLiteral("(editor did not open)");
        for (QDateEdit* edit : editor.findChildren<QDateEdit*>())
            if (edit->date() == kDay)
                return edit->text();
        return QStringLiteral("(no date edit holds the day)");
    }

    QString appliedCell()
    {
        OpportunityListModel model(*db);
        if (!model.reload().ok())
            return QStringLiteral("(model did not load)");
        const int row = model.rowOf(opportunity.id);
        return model.index(row, OpportunityListModel::Applied).data().toString();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    Opportunity opportunity;
    JournalEntry entry;
};

} // namespace

TEST_F(DatesOnScreen, TheJournalEditAndTheTableShowTheSameBritishDate)
{
    test::LocaleScope scope(QLocale(QStringLiteral("en_GB")));
    EXPECT_EQ(writtenOnText(), QStringLiteral("02/12/2026"));
    EXPECT_EQ(appliedCell(), QStringLiteral("02/12/2026"));
}

TEST_F(DatesOnScreen, AnAmericanUserSeesMonthFirstAndTheYearInFull)
{
    test::LocaleScope scope(QLocale(QStringLiteral("en_US")));
    EXPECT_EQ(writtenOnText(), QStringLiteral("12/2/2026"));
    EXPECT_EQ(appliedCell(), QStringLiteral("12/2/2026"));
}

TEST_F(DatesOnScreen, EveryDateEditOfAContactReadsAsTheTables)
{
    test::LocaleScope scope(QLocale(QStringLiteral("de_DE")));
    ContactDetail detail(*db);
    const QList<QDateEdit*> edits = detail.findChildren<QDateEdit*>();
    ASSERT_GE(edits.size(), 2); // LinkedIn since, follow-up due
    for (QDateEdit* edit : edits) {
        EXPECT_EQ(edit->displayFormat(), QStringLiteral("dd.MM.yyyy"))
            << edit->toolTip().toStdString();
        edit->setDate(kDay);
        EXPECT_EQ(edit->text(), QStringLiteral("02.12.2026"));
    }
}
