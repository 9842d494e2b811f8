#include "PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

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

// Runs a job to its end; the error a person reads when it failed.
Status finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyOf(serverUrl, userName));
    job.setTextData(password);
    return finish(job);
}

Result<QString> PasswordStore::read(const QString& serverUrl, const QString& userName)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyOf(serverUrl, userName));
    if (auto done = finish(job); !done)
        return done.error();
    return job.textData();
}

Status PasswordStore::forget(const QString& serverUrl, const QString& userName)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(keyOf(serverUrl, userName));
    auto done = finish(job);
    if (!done && done.error().code == Error::Code::NotFound)
        return {};
    return done;
}

} // namespace finalist::sync
