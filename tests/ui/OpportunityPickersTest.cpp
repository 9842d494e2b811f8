// The pickers of processes (journal, contacts, network, outreach) share one read of them: each
// shows the same rows without an item of its own per process, keeps what the user chose when
// the list changes, and says why when it cannot read.
#include "common/OpportunityChoiceModel.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>

using namespace finalist;

namespace {

class OpportunityPickers : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("pickers.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
    }

    qint64 add(const QString& company, const QString& role = {}, QDate applied = {})
    {
        Opportunity o;
        o.company = company;
        o.role = role;
        o.appliedOn = applied;
        EXPECT_OK(OpportunityRepository(*db).add(o));
        return o.id;
    }

    void writeSomethingElse()
    {
        Contact c;
        c.firstName = QStringLiteral("Noor");
        ASSERT_OK(ContactRepository(*db).add(c));
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(OpportunityPickers, ListNewestFirstAfterTheLeadingRow)
{
    add(QStringLiteral("Acme"), QStringLiteral("Staff Engineer"), QDate(2026, 1, 5));
    const qint64 newer = add(QStringLiteral("Globex"), {}, QDate(2026, 2, 9));
    OpportunityChoiceModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLeadingRow(QStringLiteral("All opportunities"), QVariant());
    EXPECT_TRUE(model.isEmpty());
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.refresh().isEmpty());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("All opportunities"));
    EXPECT_FALSE(model.index(0).data(OpportunityChoiceModel::IdRole).isValid());
    EXPECT_EQ(model.choiceAt(0), nullptr);
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Globex"));
    EXPECT_EQ(model.index(1).data(OpportunityChoiceModel::IdRole).toLongLong(), newer);
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("Acme — Staff Engineer"));
    EXPECT_EQ(model.index(2).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Acme — Staff Engineer"));
    EXPECT_EQ(model.rowOf(newer), 1);
    EXPECT_EQ(model.rowOf(9999), -1);
    EXPECT_EQ(model.choiceAt(3), nullptr);
}

TEST_F(OpportunityPickers, EveryPickerHoldsTheSameReadAndResetsOnlyOnAChange)
{
    add(QStringLiteral("Acme"));
    OpportunityChoiceModel journal(*db), network(*db);
    QAbstractItemModelTester tester(&journal,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    journal.refresh();
    network.refresh();
    ASSERT_NE(journal.choiceAt(0), nullptr);
    EXPECT_EQ(journal.choiceAt(0), network.choiceAt(0)) << "one list, not a copy per picker";

    QSignalSpy resets(&journal, &QAbstractItemModel::modelReset);
    journal.refresh();
    EXPECT_EQ(resets.count(), 0) << "nothing changed: nothing rebuilt";
    writeSomethingElse(); // a change, but the processes read again are the same rows
    journal.refresh();
    EXPECT_EQ(resets.count(), 0) << "the same rows read again: nothing rebuilt";
    network.refresh();
    EXPECT_EQ(journal.choiceAt(0), network.choiceAt(0)) << "both hold the new read";
    add(QStringLiteral("Initech"));
    journal.refresh();
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(journal.rowCount(), 2);
}

TEST_F(OpportunityPickers, AChangeKeepsWhatTheUserChoseWithoutSignallingAChoice)
{
    const qint64 acme = add(QStringLiteral("Acme"), {}, QDate(2026, 1, 5));
    const qint64 globex = add(QStringLiteral("Globex"), {}, QDate(2026, 2, 9));
    QComboBox box;
    auto* model = new OpportunityChoiceModel(*db, &box);
    model->setLeadingRow(QStringLiteral("Every opportunity"), qint64(0));
    box.setModel(model);
    model->refreshKeepingChoice(box);
    box.setCurrentIndex(model->rowOf(acme));
    QSignalSpy chosen(&box, &QComboBox::currentIndexChanged);

    add(QStringLiteral("Initech"), {}, QDate(2026, 3, 1)); // newest: the rows below move down
    EXPECT_TRUE(model->refreshKeepingChoice(box).isEmpty());
    EXPECT_EQ(box.count(), 4);
    EXPECT_EQ(box.currentData().toLongLong(), acme);
    EXPECT_EQ(box.currentText(), QStringLiteral("Acme"));

    test::rawSql(path, QStringLiteral("DELETE FROM opportunities WHERE id = %1").arg(acme));
    writeSomethingElse();
    model->refreshKeepingChoice(box);
    EXPECT_EQ(box.count(), 3);
    EXPECT_EQ(box.currentIndex(), 0) << "the chosen process is gone: back to every one";
    EXPECT_EQ(model->rowOf(globex), 2);
    EXPECT_EQ(chosen.count(), 0) << "a change elsewhere is not the user choosing";
}

TEST_F(OpportunityPickers, AFailedReadSaysWhyAndKeepsTheRowsShown)
{
    const qint64 acme = add(QStringLiteral("Acme"));
    QComboBox box;
    auto* model = new OpportunityChoiceModel(*db, &box);
    box.setModel(model);
    model->refreshKeepingChoice(box);
    ASSERT_EQ(box.currentData().toLongLong(), acme);

    test::rawSql(path, QStringLiteral("ALTER TABLE opportunities RENAME TO gone"));
    writeSomethingElse(); // the list is read again, and cannot be
    const QString error = model->refreshKeepingChoice(box);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(box.count(), 1) << "what was shown stays";
    EXPECT_EQ(box.currentData().toLongLong(), acme);
}
