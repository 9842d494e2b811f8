#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace finalist {

// A word that keeps coming back across lessons, and how many lessons mention it.
struct LessonTheme
{
    QString word;
    int lessons = 0;
};

// Themes shared by at least two lessons, most frequent first. Small words ("the", "my") and
// case or plural differences do not count as separate themes.
std::vector<LessonTheme> recurringThemes(const QStringList& lessons, int atMost = 10);

} // namespace finalist
