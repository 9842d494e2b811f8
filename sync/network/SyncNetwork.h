#pragma once

#include "HttpSession.h"
#include "Result.h"

#include <memory>

namespace finalist::sync {

// What a keychain call came to; the words for the user are chosen by PasswordStore.
struct KeychainAnswer
{
    enum class Outcome
    {
        Done,
        NotFound,
        Denied,
        Unavailable,
        NoAnswer, // nothing within the time given
    };
    Outcome outcome = Outcome::Done;
    QString password; // what a read found
    QString detail; // the keychain's own words, for "Show details"
};

// Qt Network and the system keychain, behind the network module (modules/network): loaded on
// the first sync or password, so a start or a command without sync does not load them (nor
// the D-Bus, Kerberos and compression libraries they bring). Blocking; any thread.
class SyncNetwork
{
public:
    virtual ~SyncNetwork() = default;

    virtual std::unique_ptr<HttpSession> newSession() = 0;

    virtual KeychainAnswer writePassword(const QString& service, const QString& key,
                                         const QString& password, int timeoutMs)
        = 0;
    virtual KeychainAnswer readPassword(const QString& service, const QString& key, int timeoutMs)
        = 0;
    virtual KeychainAnswer deletePassword(const QString& service, const QString& key, int timeoutMs)
        = 0;

    // The module, loaded on the first call; an Error that says what is missing when it cannot be.
    static Result<SyncNetwork*> load();
};

using SyncNetworkEntry = SyncNetwork* (*)();
inline constexpr char syncNetworkModule[] = "finalist-network";
inline constexpr char syncNetworkEntry[] = "finalistSyncNetwork";

} // namespace finalist::sync
