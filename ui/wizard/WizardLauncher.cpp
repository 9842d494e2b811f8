#include "WizardLauncher.h"

#include "RejectionWizard.h"
#include "storage/OpportunityRepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace finalist {

bool WizardLauncher::answerRejection(Database& db, QWidget* parent, qint64 opportunityId)
{
    RejectionResponse response(db);
    auto kept = response.keptForLater();
    std::unique_ptr<RejectionWizard> wizard;
    if (kept && kept.value()
        && (opportunityId == 0 || kept.value()->opportunityId == opportunityId)) {
        QMessageBox ask(QMessageBox::Question, QObject::tr("Answer a Rejection"),
                        QObject::tr("You left an answer half-way. Go on where you stopped?"),
                        QMessageBox::NoButton, parent);
        QPushButton* resume = ask.addButton(QObject::tr("Resume"), QMessageBox::AcceptRole);
        QPushButton* fresh = ask.addButton(QObject::tr("Start Over"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(resume);
        ask.setInformativeText(QObject::tr("Starting over keeps the earlier answers until the "
                                           "new ones are saved or kept for later."));
        ask.exec();
        if (ask.clickedButton() == resume)
            wizard = std::make_unique<RejectionWizard>(db, *kept.value(), parent);
        else if (ask.clickedButton() != fresh)
            return false;
    }
    if (!wizard)
        wizard = std::make_unique<RejectionWizard>(
            db, opportunityId ? opportunityId : likelyAnswered(db), parent);
    wizard->exec();
    return wizard->isSaved();
}

qint64 WizardLauncher::likelyAnswered(Database& db)
{
    auto all = OpportunityRepository(db).list();
    if (!all)
        return 0; // the wizard shows the reason when it reads them again
    const Opportunity* latest = nullptr;
    for (const Opportunity& o : all.value()) {
        const bool atTheEnd = o.stage == Stage::FinalRound || o.stage == Stage::RunnerUp
            || o.stage == Stage::NotChosen;
        // ISO 8601 text: the later time sorts after.
        if (atTheEnd && !o.archivedOn.isValid() && (!latest || o.updatedAt > latest->updatedAt))
            latest = &o;
    }
    return latest ? latest->id : 0;
}

} // namespace finalist
