#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace finalist {

// The five steps of a reflection plus free notes, as the editor presents them.
struct ReflectionStep
{
    QString title;
    QString prompt;
    QStringList hints;
};

enum ReflectionStepIndex
{
    ExperienceStep,
    JobStep,
    RelationshipsStep,
    SelfStep,
    MomentumStep,
    NotesStep,
    StepCount
};

const std::vector<ReflectionStep>& reflectionSteps();

} // namespace finalist
