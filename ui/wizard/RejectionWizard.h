#pragma once

#include "services/RejectionAnswers.h"
#include "services/RejectionResponse.h"

#include <QWizard>

namespace finalist {

class Database;

// Turns "we went with another candidate" into a plan, in seven pages: the news, what was
// achieved, what the user wants, who to write to and how, the drafts, the follow-ups, and the
// finish. Nothing is written until the follow-ups page is confirmed, and then all of it in one
// transaction; Cancel before that writes nothing. "Finish Later" keeps the answers so the
// wizard opens again where it was left.
class RejectionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        NewsPageId,
        AchievementsPageId,
        WishesPageId,
        RecipientsPageId,
        DraftsPageId,
        FollowUpsPageId,
        FinishPageId
    };

    // Starts fresh on the given opportunity (0: the user picks), or where a kept wizard was.
    RejectionWizard(Database& db, qint64 opportunityId, QWidget* parent = nullptr);
    RejectionWizard(Database& db, const RejectionAnswers& resumed, QWidget* parent = nullptr);

    Database& database() const { return m_db; }
    RejectionAnswers& answers() { return m_answers; }
    RejectionResponse& response() { return m_response; }
    const SavedResponse& saved() const { return m_saved; }
    bool isSaved() const { return m_isSaved; }

    // The commit: called by the follow-ups page. False (with the reason shown there) on error.
    Result<SavedResponse> saveAll();
    // Keeps the answers for later and closes; the button "Finish Later" does this.
    void finishLater();

signals:
    void savedAll(qint64 opportunityId);

private:
    void build();
    void goToPage(int page);

    Database& m_db;
    RejectionResponse m_response;
    RejectionAnswers m_answers;
    SavedResponse m_saved;
    bool m_isSaved = false;
};

} // namespace finalist
