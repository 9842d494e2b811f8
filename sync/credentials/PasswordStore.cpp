#include "PasswordStore.h"

#include "network/SyncNetwork.h"

#include <functional>
#include <QCoreApplication>

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

// Asks the keychain through the network module, loaded first; an Error when it cannot be.
Result<KeychainAnswer> ask(const std::function<KeychainAnswer(SyncNetwork&, int timeoutMs)>& call)
{
    const auto network = SyncNetwork::load();
    if (!network)
        return network.error();
    return call(**network, answerTimeoutMs());
}

// The keychain's answer in words a person reads; Done becomes success.
Status statusOf(const KeychainAnswer& answer)
{
    switch (answer.outcome) {
    case KeychainAnswer::Outcome::Done:
        return {};
    case KeychainAnswer::Outcome::NoAnswer:
        return Error{ Error::Code::Io,
                      Texts::tr("The system keychain did not answer. If it asks for its "
                                "password, unlock it and sync again."),
                      {},
                      {} };
    case KeychainAnswer::Outcome::NotFound:
        return Error{ Error::Code::NotFound,
                      Texts::tr("The system keychain holds no password for this account."),
                      answer.detail,
                      {} };
    case KeychainAnswer::Outcome::Denied:
        return Error{
            Error::Code::Io, Texts::tr("The system keychain refused access."), answer.detail, {}
        };
    case KeychainAnswer::Outcome::Unavailable:
        break;
    }
    return Error{ Error::Code::Io,
                  Texts::tr("The system keychain could not be used, so the password is not "
                            "kept. Is a keyring (GNOME Keyring, KWallet) running?"),
                  answer.detail,
                  {} };
}

} // namespace

Status PasswordStore::store(const QString& serverUrl, const QString& userName,
                            const QString& password)
{
    const auto answer = ask([&](SyncNetwork& network, int timeoutMs) {
        return network.writePassword(kService, keyOf(serverUrl, userName), password, timeoutMs);
    });
    return answer ? statusOf(answer.value()) : Status(answer.error());
}

Result<QString> PasswordStore::read(const QString& serverUrl, const QString& userName)
{
    const auto answer = ask([&](SyncNetwork& network, int timeoutMs) {
        return network.readPassword(kService, keyOf(serverUrl, userName), timeoutMs);
    });
    if (!answer)
        return answer.error();
    if (auto done = statusOf(answer.value()); !done)
        return done.error();
    return answer.value().password;
}

Status PasswordStore::forget(const QString& serverUrl, const QString& userName)
{
    const auto answer = ask([&](SyncNetwork& network, int timeoutMs) {
        return network.deletePassword(kService, keyOf(serverUrl, userName), timeoutMs);
    });
    if (!answer)
        return answer.error();
    // Nothing to forget is what forgetting wants.
    if (answer.value().outcome == KeychainAnswer::Outcome::NotFound)
        return {};
    return statusOf(answer.value());
}

} // namespace finalist::sync
