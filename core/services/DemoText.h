#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>
#include <random>

namespace finalist {

// Plausible, varied text for the large demo set, from a fixed seed so every run makes the same
// data. Sentences come from a few dozen patterns filled with words of two kinds: a small set of
// everyday interview words that appear everywhere, and a long tail of topics that appear rarely,
// so full-text search finds both crowded and rare terms and has something to rank.
class DemoText
{
public:
    explicit DemoText(unsigned seed);

    int below(int n); // 0 to n - 1
    bool chance(int percent);
    const QString& pick(const QStringList& list);

    QString firstName();
    QString lastName();
    QString company();
    QString jobTitle(); // a role applied for
    QString titleFor(RoleCategory role); // a person's job title
    QString tag();

    QString title(const QString& company); // of a journal entry
    QString experience(); // step 1, a few paragraphs
    QString jobIdeal(); // step 2
    QString jobNotIdeal(); // step 2
    QString gutReason(); // step 2
    QString relationships(); // step 3
    QString learned(); // step 4
    QString momentum(); // step 5
    QString roundNotes();
    QString contactNotes();
    QString reasonGiven();
    QString praise();

    // Lower-case ASCII for e-mail addresses and profile URLs: "Chloé García" -> "chloe-garcia".
    static QString slug(const QString& text);

private:
    QString topic(); // mostly everyday words, sometimes one from the long tail
    QString fill(const QString& pattern);
    QString sentences(const QStringList& patterns, int count);

    std::mt19937 m_random;
};

} // namespace finalist
