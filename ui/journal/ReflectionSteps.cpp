#include "ReflectionSteps.h"

#include <QCoreApplication>

namespace finalist {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReflectionSteps", text);
}
} // namespace

const std::vector<ReflectionStep>& reflectionSteps()
{
    static const std::vector<ReflectionStep> steps{
        { tr("1. The experience"),
          tr("Write the whole process down while it is still fresh: every round, every person."),
          { tr("Who did you meet in each round, and what did they care about?"),
            tr("Which questions surprised you? Which answers are you proud of?"),
            tr("What went well, and what would you do differently?") } },
        { tr("2. The job itself"),
          tr("Look at the role with some distance: what would you look for again, and what not?"),
          { tr("What sounded ideal: the team, the work, the way they decide?"),
            tr("What did not fit: hours, commute, signals about the culture?"),
            tr("What does your gut say, and why?") } },
        { tr("3. Relationships"),
          tr("The people you met are what you keep. Thank each of them, and stay connected."),
          { tr("Who has not had a thank-you yet? Aim for within a day."),
            tr("Who could you ask to send you a LinkedIn invitation?"),
            tr("Who was kind to you behind the scenes: an assistant, a recruiter?") } },
        { tr("4. What I learned about myself"),
          tr("Lessons surface over weeks. Note what you saw in yourself, good and hard."),
          { tr("Which strengths showed, even under pressure?"),
            tr("What would you practise before the next final round?"),
            tr("What do you now know you want, or do not want?") } },
        { tr("5. Momentum"),
          tr("Turn the energy of this process into the next one: raise your level of activity."),
          { tr("How many letters will you send per work day this week?"),
            tr("What are your next three actions, and when?"),
            tr("Who could introduce you to the next opportunity?") } },
        { tr("Notes"), tr("Anything else worth keeping."), {} },
    };
    return steps;
}

} // namespace finalist
