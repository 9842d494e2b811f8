#include "DemoSample.h"

#include "DemoSampleWriter.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/GoalRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "storage/WinRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace finalist {

Status fillDemoSample(Database& db)
{
    auto opportunities = OpportunityRepository(db).count();
    auto contacts = ContactRepository(db).count();
    if (!opportunities)
        return opportunities.error();
    if (!contacts)
        return contacts.error();
    if (opportunities.value() > 0 || contacts.value() > 0) {
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("Demo",
                                                  "This database already holds your own "
                                                  "records; the sample goes only into a new, "
                                                  "empty database."),
                      {},
                      {} };
    }
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun();
    if (auto written = DemoSampleWriter(db).write(); !written)
        return written;
    return transaction.commit();
}

} // namespace finalist
