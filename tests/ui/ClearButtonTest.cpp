// Search fields get Qt's clear button with their first text (the first one made reads the icon
// theme, a cost no start should pay), and it clears them like any other.
#include "common/ClearButton.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace finalist;

TEST(ClearButton, AnEmptyFieldGetsItWithItsFirstTextAndItClears)
{
    QLineEdit search;
    offerClearButton(&search);
    search.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&search));
    EXPECT_FALSE(search.isClearButtonEnabled());
    QTest::keyClicks(&search, QStringLiteral("ana"));
    EXPECT_TRUE(search.isClearButtonEnabled());
    // Qt's clear button, clicked once it has faded in.
    QToolButton* button = nullptr;
    for (QToolButton* candidate : search.findChildren<QToolButton*>())
        if (candidate->defaultAction()
            && candidate->defaultAction()->objectName() == QLatin1String("_q_qlineeditclearaction"))
            button = candidate;
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([button] { return button->isVisible(); }));
    QSignalSpy edited(&search, &QLineEdit::textEdited);
    QTest::qWait(300);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(search.text().isEmpty());
    EXPECT_EQ(edited.count(), 1); // the view's filter hears it as it hears typing
    QTest::keyClicks(&search, QStringLiteral("b"));
    EXPECT_TRUE(search.isClearButtonEnabled());
}

TEST(ClearButton, AFieldThatHoldsTextGetsItAtOnce)
{
    QLineEdit search(QStringLiteral("remembered"));
    offerClearButton(&search);
    EXPECT_TRUE(search.isClearButtonEnabled());
}

TEST(ClearButton, TextSetByTheProgramAlsoBringsIt)
{
    QLineEdit search;
    offerClearButton(&search);
    search.setText(QStringLiteral("from the last visit"));
    EXPECT_TRUE(search.isClearButtonEnabled());
}
