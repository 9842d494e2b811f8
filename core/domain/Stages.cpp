#include "Stages.h"

namespace finalist::stages {

const std::vector<Stage>& all()
{
    static const std::vector<Stage> list = [] {
        std::vector<Stage> stages;
        for (const auto& entry : EnumTable<Stage>::entries())
            stages.push_back(entry.value);
        return stages;
    }();
    return list;
}

bool isOpen(Stage stage)
{
    return stage <= Stage::Offer;
}

const std::vector<Stage>& ladder()
{
    static const std::vector<Stage> rungs{ Stage::Interested,   Stage::Applied,    Stage::Screening,
                                           Stage::Interviewing, Stage::FinalRound, Stage::Offer,
                                           Stage::Hired };
    return rungs;
}

int rung(Stage stage)
{
    if (stage == Stage::RunnerUp)
        return rung(Stage::FinalRound);
    const auto& rungs = ladder();
    for (std::size_t i = 0; i < rungs.size(); ++i)
        if (rungs[i] == stage)
            return int(i);
    return -1;
}

} // namespace finalist::stages
