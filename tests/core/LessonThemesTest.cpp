#include "services/LessonThemes.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(LessonThemes, CountsWordsSharedByLessonsOncePerLesson)
{
    const QStringList lessons{
        QStringLiteral("Prepare stories about leading a team"),
        QStringLiteral("My story about the migration landed; prepare two more stories"),
        QStringLiteral("Ask about the team's roadmap"),
        QStringLiteral("Salary: name a range early"),
    };
    const auto themes = recurringThemes(lessons);
    ASSERT_GE(themes.size(), 2u);
    EXPECT_EQ(themes[0].lessons, 2);
    QStringList words;
    for (const LessonTheme& theme : themes)
        words << theme.word;
    EXPECT_TRUE(words.contains(QStringLiteral("story"))) << "story and stories are one theme";
    EXPECT_TRUE(words.contains(QStringLiteral("prepare")));
    EXPECT_FALSE(words.contains(QStringLiteral("about"))) << "small words are not themes";
    EXPECT_FALSE(words.contains(QStringLiteral("salary"))) << "said once is not recurring";
    EXPECT_TRUE(words.contains(QStringLiteral("team"))) << "team and team's are one theme";
}

TEST(LessonThemes, EmptyAndLimited)
{
    EXPECT_TRUE(recurringThemes({}).empty());
    QStringList many;
    for (int i = 0; i < 30; ++i)
        many << QStringLiteral("alpha%1 beta%1").arg(i % 15);
    EXPECT_EQ(recurringThemes(many, 5).size(), 5u);
}
