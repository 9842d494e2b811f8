#include "SecondChanceRadar.h"

#include "FollowUpDates.h"
#include "storage/FollowUpRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"

#include <algorithm>

namespace finalist {

Result<std::vector<RadarItem>> secondChanceRadar(Database& db, QDate today)
{
    auto runnersUp = OpportunityRepository(db).list(Stage::RunnerUp);
    if (!runnersUp)
        return runnersUp.error();
    std::vector<RadarItem> items;
    for (const Opportunity& o : runnersUp.value()) {
        RadarItem item;
        item.opportunity = o;
        item.markEstimated = !o.chosenHireStartOn.isValid();
        const QDate decided = o.decidedOn.isValid() ? o.decidedOn : today;
        item.mark = item.markEstimated ? decided.addDays(followUpDates::kNinetyDays)
                                       : followUpDates::ninetyDayMark(o.chosenHireStartOn);
        item.daysLeft = int(today.daysTo(item.mark));

        OutreachFilter checkIns;
        checkIns.opportunityId = o.id;
        checkIns.kind = OutreachKind::CheckIn;
        auto notes = OutreachRepository(db).list(checkIns);
        if (!notes)
            return notes.error();
        for (const Outreach& note : notes.value()) {
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
            FollowUpFilter planned;
            planned.opportunityId = o.id;
            planned.kind = FollowUpKind::NinetyDay;
            auto followUps = FollowUpRepository(db).list(planned);
            if (!followUps)
                return followUps.error();
            for (const FollowUp& f : followUps.value()) {
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
    std::sort(items.begin(), items.end(),
              [](const RadarItem& a, const RadarItem& b) { return a.mark < b.mark; });
    return items;
}

} // namespace finalist
