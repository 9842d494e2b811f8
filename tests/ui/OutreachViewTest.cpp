// The outreach log, the thank-you checklist and the template editor on the demo story.
#include "outreach/OutreachView.h"

#include "common/InlineMessage.h"
#include "Eventually.h"
#include "outreach/OutreachListModel.h"
#include "outreach/ThankYouChecklist.h"
#include "RawSql.h"
#include "services/DemoSample.h"
#include "Shots.h"
#include "storage/PeopleMet.h"
#include "templates/BuiltinTemplates.h"
#include "templates/TemplateEditor.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace finalist;

namespace {

class Outreaching : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("outreach.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        ASSERT_OK(fillDemoSample(*db));
    }

    QVariant sql(const QString& statement) const { return test::rawSql(path, statement); }

    void shot(QWidget& widget, const QString& name) { test::saveShot(widget, name); }

    // The row of the first note in the given state.
    int rowIn(OutreachView& view, OutreachStatus status)
    {
        for (int row = 0; row < view.model()->rowCount(); ++row)
            if (view.model()->lineAt(row)->note.status == status)
                return row;
        return -1;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    QString path;
};

} // namespace

TEST_F(Outreaching, TheLogListsFiltersAndSearches)
{
    OutreachView view(*db);
    view.resize(1100, 700);
    view.show();
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = view.model()->rowCount();
    EXPECT_EQ(all, sql(QStringLiteral("SELECT count(*) FROM outreach")).toInt());
    shot(view, QStringLiteral("outreach-log.png"));

    view.statusBox()->setCurrentIndex(view.statusBox()->findData(QStringLiteral("sent")));
    ASSERT_GT(view.model()->rowCount(), 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        EXPECT_EQ(view.model()->lineAt(row)->note.status, OutreachStatus::Sent);
    view.statusBox()->setCurrentIndex(0);
    EXPECT_EQ(view.model()->rowCount(), all);

    // By person: only their notes.
    ASSERT_GT(view.personBox()->count(), 2);
    view.personBox()->setCurrentIndex(1);
    const qint64 person = view.personBox()->currentData().toLongLong();
    ASSERT_GT(view.model()->rowCount(), 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        EXPECT_EQ(view.model()->lineAt(row)->note.contactId, person);
    view.personBox()->setCurrentIndex(0);
    // By opportunity.
    view.opportunityBox()->setCurrentIndex(1);
    const qint64 opportunity = view.opportunityBox()->currentData().toLongLong();
    for (int row = 0; row < view.model()->rowCount(); ++row)
        EXPECT_EQ(view.model()->lineAt(row)->note.opportunityId, opportunity);
    view.opportunityBox()->setCurrentIndex(0);
    EXPECT_EQ(view.model()->rowCount(), all);

    QTest::keyClicks(view.searchEdit(), QStringLiteral("audit"));
    ASSERT_EVENTUALLY(view.model()->rowCount() < all, 2000);
    EXPECT_GT(view.model()->rowCount(), 0);
}

// At 1024 pixels the section is about 730 wide: it fits there whatever the names of the
// processes (a long one once made the filters' row wider than that, and squeezed the people's
// picker to "Every pe"), and every picker shows its "Every …" whole.
TEST_F(Outreaching, TheFiltersFitASmallScreen)
{
    test::addProcessWithALongName(*db);
    OutreachView view(*db);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_LE(view.minimumSizeHint().width(), 730);
    view.resize(730, 560);
    QApplication::processEvents();
    for (QComboBox* box : { view.statusBox(), view.opportunityBox(), view.personBox() }) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                         QStyle::SC_ComboBoxEditField, box);
        EXPECT_GE(field.width(), box->fontMetrics().horizontalAdvance(box->itemText(0)))
            << box->itemText(0).toStdString() << " in " << field.width() << " pixels";
    }
    for (QPushButton* button : view.findChildren<QPushButton*>())
        if (button->isVisible())
            EXPECT_TRUE(view.rect().contains(QRect(button->mapTo(&view, QPoint()), button->size())))
                << button->text().toStdString();
    // Tab goes from the filters on to what starts a note, beside the tabs.
    const auto nextByTab = [](QWidget* from) {
        QWidget* next = from->nextInFocusChain();
        while (next != from && !(next->isVisible() && (next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        return next;
    };
    auto* templates = qobject_cast<QPushButton*>(nextByTab(view.personBox()));
    ASSERT_NE(templates, nullptr);
    EXPECT_EQ(templates->text(), QStringLiteral("Templates…"));
    auto* answer = qobject_cast<QPushButton*>(nextByTab(templates));
    ASSERT_NE(answer, nullptr);
    EXPECT_EQ(answer->text(), QStringLiteral("Answer a Rejection…"));
}

TEST_F(Outreaching, ADraftIsEditedThenSentThenAnswered)
{
    OutreachView view(*db);
    view.show();
    const int draftRow = rowIn(view, OutreachStatus::Draft);
    ASSERT_GE(draftRow, 0);
    view.table()->selectRow(draftRow);
    const qint64 id = view.currentNote();
    EXPECT_FALSE(view.repliedButton()->isEnabled()); // a draft cannot be answered yet
    view.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(view.bodyEdit(), QStringLiteral(" Added by hand."));

    // Moving to another note keeps the words typed here.
    view.table()->selectRow(draftRow == 0 ? 1 : 0);
    EXPECT_TRUE(sql(QStringLiteral("SELECT body FROM outreach WHERE id = %1").arg(id))
                    .toString()
                    .endsWith(QStringLiteral(" Added by hand.")));

    view.selectNote(id);
    QTest::mouseClick(view.sentButton(), Qt::LeftButton);
    EXPECT_EQ(
        sql(QStringLiteral("SELECT status || ' ' || sent_on FROM outreach WHERE id = %1").arg(id))
            .toString(),
        QStringLiteral("sent 2026-03-02"));
    view.selectNote(id);
    EXPECT_TRUE(view.bodyEdit()->isReadOnly()); // sent words stay as they were sent
    QTest::mouseClick(view.repliedButton(), Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT status || ' ' || replied_on FROM outreach WHERE id = %1")
                      .arg(id))
                  .toString(),
              QStringLiteral("replied 2026-03-02"));
}

TEST_F(Outreaching, TheChecklistShowsWhoWaitsAndDraftsOnce)
{
    OutreachView view(*db);
    view.resize(1000, 640);
    view.show();
    view.tabs()->setCurrentIndex(1);
    ThankYouChecklist* list = view.checklist();
    // Find an opportunity with someone not thanked yet.
    QTreeWidgetItem* waiting = nullptr;
    for (int i = 0; i < list->opportunityBox()->count() && !waiting; ++i) {
        list->opportunityBox()->setCurrentIndex(i);
        for (int r = 0; r < list->people()->topLevelItemCount() && !waiting; ++r)
            if (list->people()->topLevelItem(r)->data(1, Qt::UserRole).toInt()
                == int(ThankYouState::NotYet))
                waiting = list->people()->topLevelItem(r);
    }
    ASSERT_TRUE(waiting);
    // Counted through the plural forms: "1 of the 1 person", "1 of the 3 people".
    static const QRegularExpression summary(QStringLiteral(
        R"(^Still to thank: \d+ of the (1 person|([02-9]|\d\d+) people) you met here\.)"));
    EXPECT_TRUE(summary.match(list->summary()->text()).hasMatch())
        << list->summary()->text().toStdString();
    shot(view, QStringLiteral("outreach-checklist.png"));
    const qint64 contact = waiting->data(0, Qt::UserRole).toLongLong();
    list->people()->setCurrentItem(waiting);
    const int before = sql(QStringLiteral("SELECT count(*) FROM outreach")).toInt();
    list->draftForSelected();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM outreach")).toInt(), before + 1);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM outreach WHERE contact_id = %1 AND kind = "
                                 "'thank_you' AND status = 'draft'")
                      .arg(contact))
                  .toInt(),
              1);
    // Now drafted: asking again adds nothing.
    for (int r = 0; r < list->people()->topLevelItemCount(); ++r)
        if (list->people()->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == contact)
            list->people()->setCurrentItem(list->people()->topLevelItem(r));
    list->draftForSelected();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM outreach")).toInt(), before + 1);
}

TEST_F(Outreaching, TheTemplateEditorPreviewsAndRefusesABrokenTemplate)
{
    TemplateEditor editor(*db);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    EXPECT_EQ(editor.list()->count(), int(builtinTemplates().size()));
    EXPECT_FALSE(editor.preview()->toPlainText().isEmpty());
    EXPECT_FALSE(editor.preview()->toPlainText().contains(QStringLiteral("{{")));
    const qint64 id = editor.list()->currentItem()->data(Qt::UserRole).toLongLong();
    const QString stored
        = sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString();

    editor.bodyEdit()->setPlainText(QStringLiteral("Hello\nDear {{contact.nick}},"));
    ASSERT_EVENTUALLY(editor.problem()->isError(), 2000);
    EXPECT_TRUE(editor.problem()->text().contains(QStringLiteral("line 2, column 6")))
        << editor.problem()->text().toStdString();
    EXPECT_TRUE(editor.preview()->toPlainText().isEmpty());
    shot(editor, QStringLiteral("template-editor-error.png"));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString(),
              stored);
    // Moving away is refused too, with the words kept.
    editor.list()->setCurrentRow(3);
    EXPECT_EQ(editor.list()->currentItem()->data(Qt::UserRole).toLongLong(), id);
    EXPECT_TRUE(editor.bodyEdit()->toPlainText().contains(QStringLiteral("contact.nick")));

    editor.bodyEdit()->setPlainText(QStringLiteral("Dear {{contact.first_name}},"));
    ASSERT_EVENTUALLY(!editor.problem()->isError(), 2000);
    ASSERT_EVENTUALLY(editor.preview()->toPlainText().contains(QStringLiteral("\n\nDear ")), 2000);
    EXPECT_FALSE(editor.preview()->toPlainText().contains(QStringLiteral("{{")));
    shot(editor, QStringLiteral("template-editor.png"));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString(),
              QStringLiteral("Dear {{contact.first_name}},"));

    QTest::mouseClick(editor.resetButton(), Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT body FROM templates WHERE id = %1").arg(id)).toString(),
              stored);
    QTest::mouseClick(editor.duplicateButton(), Qt::LeftButton);
    EXPECT_EQ(editor.list()->count(), int(builtinTemplates().size()) + 1);
    EXPECT_TRUE(editor.list()->currentItem()->text().contains(QStringLiteral("yours")));
    EXPECT_TRUE(editor.deleteButton()->isEnabled());
    QTest::mouseClick(editor.deleteButton(), Qt::LeftButton);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM templates")).toInt(),
              int(builtinTemplates().size()));
}

// For looking at, in the dark: only when screenshots are asked for.
TEST_F(Outreaching, DarkPaletteScreenshots)
{
    if (qEnvironmentVariable("FINALIST_SHOTS_DIR").isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to write the screenshots";
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    QApplication::setPalette(dark);
    {
        OutreachView view(*db);
        view.resize(1100, 700);
        view.show();
        shot(view, QStringLiteral("outreach-log-dark.png"));
        TemplateEditor editor(*db);
        editor.show();
        shot(editor, QStringLiteral("template-editor-dark.png"));
    }
    QApplication::setPalette(light);
}
