#include "KeychainJob.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace finalist::sync {

KeychainAnswer runKeychainJob(std::unique_ptr<QKeychain::Job> owned, int timeoutMs)
{
    QKeychain::Job& job = *owned;
    job.setAutoDelete(false);
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!answered)
        loop.exec();
    if (!answered) {
        QObject::disconnect(&job, nullptr, &loop, nullptr);
        job.setAutoDelete(true);
        (void)owned.release();
        return { KeychainAnswer::Outcome::NoAnswer, {}, {} };
    }
    KeychainAnswer answer{ KeychainAnswer::Outcome::Done, {}, job.errorString() };
    switch (job.error()) {
    case QKeychain::NoError:
        answer.detail.clear();
        if (auto* reading = qobject_cast<QKeychain::ReadPasswordJob*>(&job))
            answer.password = reading->textData();
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = KeychainAnswer::Outcome::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        answer.outcome = KeychainAnswer::Outcome::Denied;
        break;
    default:
        answer.outcome = KeychainAnswer::Outcome::Unavailable;
        break;
    }
    return answer;
}

} // namespace finalist::sync
