#include "ReflectionSteps.h"

#include <QCoreApplication>

namespace finalist {

namespace {
// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ReflectionSteps)
};
} // namespace

const std::vector<ReflectionStep>& reflectionSteps()
{
    static const std::vector<ReflectionStep> steps{
        { Texts::tr("1. The experience"),
          Texts::tr(
              "Write the whole process down while it is still fresh: every round, every person."),
          { Texts::tr("Who did you meet in each round, and what did they care about?"),
            Texts::tr("Which questions surprised you? Which answers are you proud of?"),
            Texts::tr("What went well, and what would you do differently?") } },
        { Texts::tr("2. The job itself"),
          Texts::tr(
              "Look at the role with some distance: what would you look for again, and what not?"),
          { Texts::tr("What sounded ideal: the team, the work, the way they decide?"),
            Texts::tr("What did not fit: hours, commute, signals about the culture?"),
            Texts::tr("What does your gut say, and why?") } },
        { Texts::tr("3. Relationships"),
          Texts::tr(
              "The people you met are what you keep. Thank each of them, and stay connected."),
          { Texts::tr("Who has not had a thank-you yet? Aim for within a day."),
            Texts::tr("Who could you ask to send you a LinkedIn invitation?"),
            Texts::tr("Who was kind to you behind the scenes: an assistant, a recruiter?") } },
        { Texts::tr("4. What I learned about myself"),
          Texts::tr("Lessons surface over weeks. Note what you saw in yourself, good and hard."),
          { Texts::tr("Which strengths showed, even under pressure?"),
            Texts::tr("What would you practise before the next final round?"),
            Texts::tr("What do you now know you want, or do not want?") } },
        { Texts::tr("5. Momentum"),
          Texts::tr(
              "Turn the energy of this process into the next one: raise your level of activity."),
          { Texts::tr("How many letters will you send per work day this week?"),
            Texts::tr("What are your next three actions, and when?"),
            Texts::tr("Who could introduce you to the next opportunity?") } },
        { Texts::tr("Notes"), Texts::tr("Anything else worth keeping."), {} },
    };
    return steps;
}

} // namespace finalist
