#include "DerivedWins.h"

#include <QCoreApplication>

namespace finalist {

QStringList derivedWins(const OpportunityFacts& facts)
{
    QStringList wins;
    if (facts.reachedFinal) {
        wins << QCoreApplication::translate("Wins",
                                            "You reached the final round: out of everyone "
                                            "who applied, you were one of the last few.");
    }
    if (facts.roundsPassed == 1)
        wins << QCoreApplication::translate("Wins", "You passed a round.");
    else if (facts.roundsPassed > 1)
        wins << QCoreApplication::translate("Wins", "You passed %n round(s).", nullptr,
                                            facts.roundsPassed);
    if (facts.peopleMet == 1) {
        wins << QCoreApplication::translate("Wins", "You met someone who now knows your work.");
    } else if (facts.peopleMet > 1) {
        wins << QCoreApplication::translate(
            "Wins", "You met %n (person who now knows|people who now know) your work.", nullptr,
            facts.peopleMet);
    }
    return wins;
}

} // namespace finalist
