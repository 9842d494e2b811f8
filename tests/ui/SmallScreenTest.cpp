// A small screen: panes give way to the text, buttons wrap rather than scroll sideways, and a
// message appearing does not move what the user is about to click.
#include "common/FlowLayout.h"
#include "common/InlineMessage.h"
#include "journal/MarkdownEdit.h"
#include "journal/StepList.h"

#include <gtest/gtest.h>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace finalist;

TEST(StepListTest, GivesWayToNumbersWhenNarrowAndKeepsTheTitleAsTooltip)
{
    StepList steps;
    steps.addStep(QStringLiteral("1. The experience"));
    steps.addStep(QStringLiteral("Notes"));
    steps.setStepDone(0, true);
    steps.resize(180, 300);
    steps.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&steps));
    EXPECT_FALSE(steps.isCompact());
    EXPECT_EQ(steps.item(0)->text(), QStringLiteral("1. The experience  ✓"));

    steps.resize(steps.minimumSizeHint().width(), 300);
    QCoreApplication::processEvents();
    EXPECT_TRUE(steps.isCompact());
    EXPECT_EQ(steps.item(0)->text(), QStringLiteral("1  ✓"));
    EXPECT_EQ(steps.item(1)->text(), QStringLiteral("N"));
    EXPECT_TRUE(steps.item(0)->toolTip().startsWith(QStringLiteral("1. The experience")));
    EXPECT_EQ(steps.item(1)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Notes"));
    // The number and its tick fit the narrowest width the list accepts.
    EXPECT_LE(steps.fontMetrics().horizontalAdvance(steps.item(0)->text()),
              steps.viewport()->width());

    steps.resize(180, 300);
    QCoreApplication::processEvents();
    EXPECT_FALSE(steps.isCompact());
    EXPECT_EQ(steps.item(1)->text(), QStringLiteral("Notes"));
}

TEST(MarkdownEditTest, KeepsSixtyCharactersOfWidthWhenAsked)
{
    MarkdownEdit edit;
    const int plain = edit.minimumSizeHint().width();
    edit.setMinimumColumns(60);
    EXPECT_GE(edit.minimumSizeHint().width(), 60 * edit.fontMetrics().averageCharWidth());
    EXPECT_GT(edit.minimumSizeHint().width(), plain);
}

TEST(FlowLayoutTest, WrapsButtonsInsteadOfWideningThePane)
{
    QWidget pane;
    auto* flow = new FlowLayout(&pane);
    QList<QPushButton*> buttons;
    for (const char* text : { "Draft Note", "Thank-you Sent", "Write Email", "Open Profile" })
        buttons << new QPushButton(QString::fromLatin1(text), &pane);
    for (QPushButton* b : buttons)
        flow->addWidget(b);
    int widest = 0;
    int all = 0;
    for (QPushButton* b : buttons) {
        widest = std::max(widest, b->sizeHint().width());
        all += b->sizeHint().width();
    }
    EXPECT_LT(pane.minimumSizeHint().width(), all);
    EXPECT_GE(pane.minimumSizeHint().width(), widest);

    pane.resize(all + 100, 200);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    EXPECT_EQ(buttons[0]->y(), buttons[3]->y()) << "room for one line";

    const int narrow = widest + 30;
    pane.resize(narrow, pane.heightForWidth(narrow));
    QCoreApplication::processEvents();
    EXPECT_LT(buttons[0]->y(), buttons[3]->y()) << "wrapped";
    for (QPushButton* b : buttons)
        EXPECT_LE(b->geometry().right(), pane.width()) << b->text().toStdString() << " is cut";
    EXPECT_GT(flow->heightForWidth(narrow), flow->heightForWidth(all + 100));
}

TEST(InlineMessageTest, ASayingLineDoesNotMoveTheButtonBelowIt)
{
    QWidget form;
    auto* layout = new QVBoxLayout(&form);
    auto* message = new InlineMessage(&form);
    auto* button = new QPushButton(QStringLiteral("Save"), &form);
    layout->addWidget(new QPushButton(QStringLiteral("Above"), &form));
    layout->addWidget(message);
    layout->addWidget(button);
    layout->addStretch(1);
    form.resize(400, 300);
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    const QPoint before = button->pos();
    message->showError(QStringLiteral("The date cannot be before the first round."));
    QCoreApplication::processEvents();
    EXPECT_EQ(button->pos(), before);
    message->clearMessage();
    QCoreApplication::processEvents();
    EXPECT_EQ(button->pos(), before);
}
