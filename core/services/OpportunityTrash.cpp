#include "OpportunityTrash.h"

#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityLinks.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Transaction.h"
#include "storage/WinRepository.h"

#include <QHash>

namespace finalist {

namespace {

// Adds the meetings of a round that came back under a new id.
Status restoreMeetings(Database& db, const std::vector<Meeting>& meetings,
                       const QHash<qint64, qint64>& roundIds)
{
    MeetingRepository repository(db);
    for (Meeting meeting : meetings) {
        meeting.id = 0;
        meeting.roundId = roundIds.value(meeting.roundId);
        if (auto added = repository.add(meeting); !added)
            return added;
    }
    return {};
}

} // namespace

Result<DeletedOpportunity> deleteOpportunity(Database& db, qint64 opportunityId)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    OpportunityRepository opportunities(db);
    DeletedOpportunity deleted;
    auto opportunity = opportunities.get(opportunityId);
    if (!opportunity)
        return opportunity.error();
    deleted.opportunity = opportunity.value();
    auto stages = opportunities.stageHistory(opportunityId);
    auto rounds = RoundRepository(db).listForOpportunity(opportunityId);
    FollowUpFilter ofOpportunity;
    ofOpportunity.opportunityId = opportunityId;
    auto followUps = FollowUpRepository(db).list(ofOpportunity);
    auto wins = WinRepository(db).listForOpportunity(opportunityId);
    auto entries = OpportunityLinks(db).entryIds(opportunityId);
    auto notes = OpportunityLinks(db).outreachIds(opportunityId);
    if (!stages)
        return stages.error();
    if (!rounds)
        return rounds.error();
    if (!followUps)
        return followUps.error();
    if (!wins)
        return wins.error();
    if (!entries)
        return entries.error();
    if (!notes)
        return notes.error();
    deleted.stages = stages.value();
    deleted.rounds = rounds.value();
    deleted.followUps = followUps.value();
    deleted.wins = wins.value();
    deleted.entryIds = entries.value();
    deleted.outreachIds = notes.value();
    MeetingRepository meetings(db);
    for (const Round& round : deleted.rounds) {
        auto met = meetings.listForRound(round.id);
        if (!met)
            return met.error();
        deleted.meetings.insert(deleted.meetings.end(), met.value().begin(), met.value().end());
    }
    if (auto removed = opportunities.remove(opportunityId); !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return deleted;
}

Result<qint64> restoreOpportunity(Database& db, const DeletedOpportunity& deleted)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    Opportunity opportunity = deleted.opportunity;
    if (auto added = OpportunityRepository(db).addWithHistory(opportunity, deleted.stages); !added)
        return added.error();
    const qint64 id = opportunity.id;
    QHash<qint64, qint64> roundIds;
    RoundRepository rounds(db);
    for (Round round : deleted.rounds) {
        const qint64 was = round.id;
        round.id = 0;
        round.opportunityId = id;
        if (auto added = rounds.add(round); !added)
            return added.error();
        roundIds.insert(was, round.id);
    }
    if (auto met = restoreMeetings(db, deleted.meetings, roundIds); !met)
        return met.error();
    for (FollowUp followUp : deleted.followUps) {
        followUp.id = 0;
        followUp.opportunityId = id;
        if (auto added = FollowUpRepository(db).add(followUp); !added)
            return added.error();
    }
    for (Win win : deleted.wins) {
        win.id = 0;
        win.opportunityId = id;
        if (auto added = WinRepository(db).add(win); !added)
            return added.error();
    }
    if (auto linked = OpportunityLinks(db).relink(id, deleted.entryIds, deleted.outreachIds);
        !linked)
        return linked.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<DeletedRound> deleteRound(Database& db, qint64 roundId)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    DeletedRound deleted;
    auto round = RoundRepository(db).get(roundId);
    if (!round)
        return round.error();
    deleted.round = round.value();
    auto meetings = MeetingRepository(db).listForRound(roundId);
    if (!meetings)
        return meetings.error();
    deleted.meetings = meetings.value();
    if (auto removed = RoundRepository(db).remove(roundId); !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return deleted;
}

Result<qint64> restoreRound(Database& db, const DeletedRound& deleted)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    Round round = deleted.round;
    round.id = 0;
    if (auto added = RoundRepository(db).add(round); !added)
        return added.error();
    if (auto met = restoreMeetings(db, deleted.meetings, { { deleted.round.id, round.id } }); !met)
        return met.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return round.id;
}

} // namespace finalist
