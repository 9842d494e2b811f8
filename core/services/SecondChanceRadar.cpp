#include "SecondChanceRadar.h"

#include "FollowUpDates.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"

#include <QHash>

namespace finalist {

namespace {

// Items of one kind for every process at once, by process, in the order the repository lists
// them: three queries for the whole radar, however many processes it shows.
template <typename T> QHash<qint64, std::vector<T>> byOpportunity(Result<std::vector<T>> listed)
{
    QHash<qint64, std::vector<T>> grouped;
    for (T& item : listed.value())
        if (item.opportunityId > 0)
            grouped[item.opportunityId].push_back(std::move(item));
    return grouped;
}

} // namespace

Result<std::vector<RadarItem>> secondChanceRadar(Database& db, QDate today, int first)
{
    // In the radar's order already: what can still be acted on first, marks ahead the soonest
    // first; then those passed, the most recent first (a check-in soon after can still land).
    auto runnersUp
        = OpportunityRepository(db).runnersUpByMark(today, followUpDates::kNinetyDays, first);
    if (!runnersUp)
        return runnersUp.error();
    if (runnersUp.value().empty())
        return std::vector<RadarItem>();
    OutreachFilter checkIns;
    checkIns.kind = OutreachKind::CheckIn;
    auto notes = OutreachRepository(db).list(checkIns);
    if (!notes)
        return notes.error();
    FollowUpFilter ninetyDay;
    ninetyDay.kind = FollowUpKind::NinetyDay;
    auto followUps = FollowUpRepository(db).list(ninetyDay);
    if (!followUps)
        return followUps.error();
    const auto notesOf = byOpportunity(std::move(notes));
    const auto followUpsOf = byOpportunity(std::move(followUps));

    std::vector<RadarItem> items;
    for (auto& runnerUp : runnersUp.value()) {
        RadarItem item;
        item.opportunity = std::move(runnerUp.opportunity);
        const Opportunity& o = item.opportunity;
        item.mark = runnerUp.mark;
        item.markEstimated = runnerUp.markEstimated;
        item.daysLeft = int(today.daysTo(item.mark));

        for (const Outreach& note : notesOf.value(o.id)) {
            if (note.status == OutreachStatus::Replied) {
                item.state = CheckInState::Replied;
                item.checkInOn = note.sentOn;
            } else if (note.status != OutreachStatus::Draft
                       && item.state != CheckInState::Replied) {
                item.state = CheckInState::Sent;
                item.checkInOn = note.sentOn;
            }
        }
        if (item.state == CheckInState::NotPlanned) {
            for (const FollowUp& f : followUpsOf.value(o.id)) {
                if (f.status == FollowUpStatus::Done) {
                    item.state = CheckInState::Sent;
                    item.checkInOn = f.doneOn;
                } else if (f.status != FollowUpStatus::Cancelled
                           && item.state == CheckInState::NotPlanned) {
                    item.state = CheckInState::Planned;
                    item.checkInOn = f.dueOn;
                }
            }
        }
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace finalist
