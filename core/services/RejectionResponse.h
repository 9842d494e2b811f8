#pragma once

#include "RejectionAnswers.h"
#include "Result.h"

#include <optional>

namespace finalist {

class Database;
struct Opportunity;

struct SavedResponse
{
    qint64 opportunityId = 0;
    std::vector<qint64> outreachIds; // in the order of the answers' drafts
    int followUps = 0;
    int wins = 0;
};

// The rejection wizard's work, apart from its pages: what it proposes at each step, and the
// one transaction that saves the answers.
class RejectionResponse
{
public:
    explicit RejectionResponse(Database& db);

    // Step 2: what the record shows about the opportunity, as lines to keep as wins.
    Result<QStringList> recap(qint64 opportunityId) const;
    // Step 4: the person who gave the news, then everyone met in the rounds, each with the
    // channel their details allow (email, else LinkedIn, else a card).
    Result<std::vector<Recipient>> recipients(qint64 opportunityId, qint64 toldById) const;
    // Step 5: one draft per included recipient, from the templates and the answers.
    Result<std::vector<DraftNote>> drafts(const RejectionAnswers& answers) const;
    // Step 6: the nudge, the ninety-day check-in and the quarterly stay-in-touch.
    std::vector<ProposedFollowUp> followUps(const RejectionAnswers& answers) const;
    // Step 7: all of it or nothing. The half-way answers, if kept, are dropped with it.
    Result<SavedResponse> save(const RejectionAnswers& answers);

    // What kind of note a person gets, from who they are and the channel.
    static OutreachKind kindFor(const RejectionAnswers& answers, const Recipient& recipient,
                                bool hiringManager);
    // The highest character count a channel allows; 0 for none.
    static int characterLimit(Channel channel);

    // The wizard left half-way.
    Status keepForLater(const RejectionAnswers& answers);
    Result<std::optional<RejectionAnswers>> keptForLater() const;
    Status discardKept();

private:
    Result<Opportunity> opportunityOf(const RejectionAnswers& answers) const;
    Database& m_db;
};

} // namespace finalist
