#pragma once

#include "services/RejectionAnswers.h"
#include "services/RejectionResponse.h"

#include <functional>
#include <QWizard>

namespace finalist {

class Database;

// Turns "we went with another candidate" into a plan, in seven pages: the news, what was
// achieved, what the user wants, who to write to and how, the drafts, the follow-ups, and the
// finish. Nothing is written until the follow-ups page is confirmed, and then all of it in one
// transaction; Cancel before that writes nothing. "Finish Later" keeps the answers so the
// wizard opens again where it was left. Closing it (Cancel, Esc, the window's close button)
// after words were typed asks first whether to keep them for later or drop them.
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

    // The answer to "close with typed answers?".
    enum class CloseChoice
    {
        KeepForLater,
        Discard,
        Stay
    };
    // The wizard asks with a message box; tests answer with a script, without a modal loop.
    using CloseQuestion = std::function<CloseChoice()>;
    void setCloseQuestion(CloseQuestion ask) { m_askClose = std::move(ask); }
    // Whether the user wrote anything (names, reasons, praise, achievements, the drafts' words)
    // that closing would lose. Reads the current page's widgets first.
    bool hasTypedAnswers();
    // Called when a page has put its widgets into the answers: what changed since the page
    // showed them was typed by the user.
    void noteTyping();
    // Called when a page has filled answers itself (drafts made again): not typed.
    void takeBaseline();

    void reject() override;

signals:
    void savedAll(qint64 opportunityId);

private:
    void build();
    void goToPage(int page);
    QString typedText() const;
    CloseChoice askClose();

    Database& m_db;
    RejectionResponse m_response;
    RejectionAnswers m_answers;
    SavedResponse m_saved;
    bool m_isSaved = false;
    bool m_typed = false;
    QString m_baseline; // typedText() as the current page showed it
    CloseQuestion m_askClose;
};

} // namespace finalist
