#include "RejectionWizard.h"

#include "AchievementsPage.h"
#include "DraftsPage.h"
#include "FinishPage.h"
#include "FollowUpsPage.h"
#include "NewsPage.h"
#include "RecipientsPage.h"
#include "storage/Database.h"
#include "WishesPage.h"
#include "WizardStep.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace finalist {

RejectionWizard::RejectionWizard(Database& db, qint64 opportunityId, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_response(db)
{
    m_answers.opportunityId = opportunityId;
    m_answers.toldOn = db.clock().today();
    build();
}

RejectionWizard::RejectionWizard(Database& db, const RejectionAnswers& resumed, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_response(db)
    , m_answers(resumed)
{
    build();
    const int page = std::clamp(resumed.page, 0, int(FollowUpsPageId));
    // Walking forward through the pages gives Back its history; each page shows the answers.
    QTimer::singleShot(0, this, [this, page] { goToPage(page); });
}

void RejectionWizard::build()
{
    setWindowTitle(tr("Answer a Rejection"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Finish Later"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Keep these answers and close; the wizard opens again here."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            finishLater();
    });
    setPage(NewsPageId, new NewsPage(this));
    setPage(AchievementsPageId, new AchievementsPage(this));
    setPage(WishesPageId, new WishesPage(this));
    setPage(RecipientsPageId, new RecipientsPage(this));
    setPage(DraftsPageId, new DraftsPage(this));
    setPage(FollowUpsPageId, new FollowUpsPage(this));
    setPage(FinishPageId, new FinishPage(this));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0 && !m_isSaved)
            m_answers.page = id;
        button(QWizard::CustomButton1)->setVisible(!m_isSaved);
        button(QWizard::CancelButton)->setVisible(!m_isSaved); // after saving, only Finish
        // What the page shows on arrival was filled in for the user, not typed by them.
        if (auto step = qobject_cast<WizardStep*>(currentPage()); step && !m_isSaved) {
            step->storeAnswers();
            takeBaseline();
        }
    });
    takeBaseline();
    resize(860, 620);
}

QString RejectionWizard::typedText() const
{
    const RejectionAnswers& a = m_answers;
    QStringList words{ a.newCompany, a.newRole, a.reason, a.praise, a.topic };
    words += a.achievements;
    for (const DraftNote& note : a.drafts)
        words << note.subject << note.body;
    return words.join(QChar(0x1f)); // a separator no one types
}

void RejectionWizard::takeBaseline()
{
    m_baseline = typedText();
}

void RejectionWizard::noteTyping()
{
    const QString now = typedText();
    if (now != m_baseline)
        m_typed = true;
    m_baseline = now;
}

bool RejectionWizard::hasTypedAnswers()
{
    if (m_isSaved)
        return false;
    if (auto step = qobject_cast<WizardStep*>(currentPage())) {
        step->storeAnswers();
        noteTyping();
    }
    return m_typed;
}

RejectionWizard::CloseChoice RejectionWizard::askClose()
{
    if (m_askClose)
        return m_askClose();
    QMessageBox ask(QMessageBox::Question, tr("Close the Wizard"),
                    tr("Close without your answers? What you typed is lost unless you keep it "
                       "for later."),
                    QMessageBox::NoButton, this);
    QPushButton* keep = ask.addButton(tr("Keep for Later"), QMessageBox::AcceptRole);
    QPushButton* drop = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(keep);
    ask.setInformativeText(tr("Kept answers open again where you stopped."));
    ask.exec();
    if (ask.clickedButton() == keep)
        return CloseChoice::KeepForLater;
    if (ask.clickedButton() == drop)
        return CloseChoice::Discard;
    return CloseChoice::Stay;
}

void RejectionWizard::reject()
{
    // Cancel, Esc and the window's close button all come here.
    if (!hasTypedAnswers()) {
        QWizard::reject();
        return;
    }
    switch (askClose()) {
    case CloseChoice::KeepForLater:
        finishLater();
        return;
    case CloseChoice::Discard:
        QWizard::reject();
        return;
    case CloseChoice::Stay:
        return;
    }
}

void RejectionWizard::goToPage(int page)
{
    while (currentId() >= 0 && currentId() < page) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused: stay there, with its message
    }
}

Result<SavedResponse> RejectionWizard::saveAll()
{
    auto saved = m_response.save(m_answers);
    if (saved) {
        m_saved = saved.value();
        m_isSaved = true;
        emit savedAll(m_saved.opportunityId);
    }
    return saved;
}

void RejectionWizard::finishLater()
{
    if (auto step = qobject_cast<WizardStep*>(currentPage()))
        step->storeAnswers(); // the current page's edits go into the answers first
    m_answers.page = currentId();
    if (auto kept = m_response.keepForLater(m_answers); !kept) {
        QMessageBox::warning(
            this, tr("Could Not Keep the Answers"),
            tr("The answers could not be kept for later: %1").arg(kept.error().message));
        return;
    }
    QWizard::reject(); // kept: nothing to ask about
}

} // namespace finalist
