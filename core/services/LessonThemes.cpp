#include "LessonThemes.h"

#include <algorithm>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace finalist {

namespace {

bool isSmallWord(const QString& word)
{
    static const QSet<QString> small{
        QStringLiteral("about"), QStringLiteral("after"),  QStringLiteral("again"),
        QStringLiteral("also"),  QStringLiteral("and"),    QStringLiteral("are"),
        QStringLiteral("but"),   QStringLiteral("can"),    QStringLiteral("could"),
        QStringLiteral("did"),   QStringLiteral("does"),   QStringLiteral("for"),
        QStringLiteral("from"),  QStringLiteral("had"),    QStringLiteral("has"),
        QStringLiteral("have"),  QStringLiteral("how"),    QStringLiteral("into"),
        QStringLiteral("its"),   QStringLiteral("just"),   QStringLiteral("more"),
        QStringLiteral("most"),  QStringLiteral("much"),   QStringLiteral("next"),
        QStringLiteral("not"),   QStringLiteral("one"),    QStringLiteral("our"),
        QStringLiteral("out"),   QStringLiteral("should"), QStringLiteral("than"),
        QStringLiteral("that"),  QStringLiteral("the"),    QStringLiteral("their"),
        QStringLiteral("them"),  QStringLiteral("then"),   QStringLiteral("there"),
        QStringLiteral("they"),  QStringLiteral("this"),   QStringLiteral("time"),
        QStringLiteral("too"),   QStringLiteral("very"),   QStringLiteral("was"),
        QStringLiteral("way"),   QStringLiteral("were"),   QStringLiteral("what"),
        QStringLiteral("when"),  QStringLiteral("where"),  QStringLiteral("which"),
        QStringLiteral("while"), QStringLiteral("who"),    QStringLiteral("why"),
        QStringLiteral("will"),  QStringLiteral("with"),   QStringLiteral("would"),
        QStringLiteral("you"),   QStringLiteral("your"),
    };
    return word.size() < 3 || small.contains(word);
}

// Folds "questions" into "question" and "stories" into "story": enough to group plain plurals.
QString stem(const QString& word)
{
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")) && word.size() > 3)
        return word.chopped(1);
    return word;
}

} // namespace

std::vector<LessonTheme> recurringThemes(const QStringList& lessons, int atMost)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w\\p{M}-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    for (const QString& lesson : lessons) {
        QSet<QString> seen; // a lesson counts once per theme
        for (const QString& raw : lesson.toLower().split(separators, Qt::SkipEmptyParts)) {
            const QString word = raw.trimmed();
            if (isSmallWord(word))
                continue;
            const QString key = stem(word);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ++counts[key];
        }
    }
    std::vector<LessonTheme> themes;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= 2)
            themes.push_back({ it.key(), it.value() });
    }
    std::sort(themes.begin(), themes.end(), [](const LessonTheme& a, const LessonTheme& b) {
        return a.lessons != b.lessons ? a.lessons > b.lessons : a.word < b.word;
    });
    if (static_cast<int>(themes.size()) > atMost)
        themes.resize(atMost);
    return themes;
}

} // namespace finalist
