#include "PasswordStore.h"

#include <memory>
#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
};

const QString kService = QStringLiteral("Finalist sync");

QString keyOf(const QString& serverUrl, const QString& userName)
{
    return userName + QLatin1Char('@') + serverUrl;
}

// How long a keychain may take to answer: long enough to type the keyring's password into its
// unlock prompt, short enough that a keychain which never answers does not hold the sync (and
// the window's closing) for good. FINALIST_KEYCHAIN_TIMEOUT_MS shortens it for the tests.
int answerTimeoutMs()
{
    bool given = false;
    const int ms = qEnvironmentVariableIntValue("FINALIST_KEYCHAIN_TIMEOUT_MS", &given);
    return given && ms > 0 ? ms : 120000;
}

// Runs a job to its end; the error a person reads when it failed. A job that does not answer
// in time is left to itself (deleting it under a pending D-Bus call is not safe).
Status finish(std::unique_ptr<QKeychain::Job>& owned)
{
    QKeychain::Job& job = *owned;
    job.setAutoDelete(false);
    QEventLoop loop;
    bool answered = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(answerTimeoutMs(), &loop, &QEventLoop::quit);
    job.start();
    if (!answered)
        loop.exec();
    if (!answered) {
        QObject::disconnect(&job, nullptr, &loop, nullptr);
        job.setAutoDelete(true);
        (void)owned.release();
        return Error{ Error::Code::Io,
                      Texts::tr("The system keychain did not answer. If it asks for its "
                                "password, unlock it and sync again."),
                      {},
                      {} };
    }
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error{ Error::Code::NotFound,
                      Texts::tr("The system keychain holds no password for this account."),
                      job.errorString(),
                      {} };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{
            Error::Code::Io, Texts::tr("The system keychain refused access."), job.errorString(), {}
        };
    default:
        return Error{ Error::Code::Io,
                      Texts::tr("The system keychain could not be used, so the password is not "
                                "kept. Is a keyring (GNOME Keyring, KWallet) running?"),
                      job.errorString(),
                      {} };
    }
}

} // namespace

Status PasswordStore::store(const QString& serverUrl, const QString& userName,
                            const QString& password)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(kService);
    job->setInsecureFallback(false);
    job->setKey(keyOf(serverUrl, userName));
    job->setTextData(password);
    std::unique_ptr<QKeychain::Job> owned = std::move(job);
    return finish(owned);
}

Result<QString> PasswordStore::read(const QString& serverUrl, const QString& userName)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(kService);
    job->setInsecureFallback(false);
    job->setKey(keyOf(serverUrl, userName));
    QKeychain::ReadPasswordJob* reading = job.get();
    std::unique_ptr<QKeychain::Job> owned = std::move(job);
    if (auto done = finish(owned); !done)
        return done.error();
    return reading->textData();
}

Status PasswordStore::forget(const QString& serverUrl, const QString& userName)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(kService);
    job->setInsecureFallback(false);
    job->setKey(keyOf(serverUrl, userName));
    std::unique_ptr<QKeychain::Job> owned = std::move(job);
    auto done = finish(owned);
    if (!done && done.error().code == Error::Code::NotFound)
        return {};
    return done;
}

} // namespace finalist::sync
