// The network module: Qt Network and QtKeychain behind SyncNetwork, loaded on the first sync or
// password (see sync/network/SyncNetwork.h).
#include "KeychainJob.h"
#include "NetworkSession.h"

#include <qt6keychain/keychain.h>

namespace finalist::sync {

namespace {

// Never the insecure fallback: without a keychain, no password is kept at all.
template <typename JobType> std::unique_ptr<JobType> job(const QString& service, const QString& key)
{
    auto made = std::make_unique<JobType>(service);
    made->setInsecureFallback(false);
    made->setKey(key);
    return made;
}

class QtSyncNetwork final : public SyncNetwork
{
public:
    std::unique_ptr<HttpSession> newSession() override
    {
        return std::make_unique<NetworkSession>();
    }

    KeychainAnswer writePassword(const QString& service, const QString& key,
                                 const QString& password, int timeoutMs) override
    {
        auto writing = job<QKeychain::WritePasswordJob>(service, key);
        writing->setTextData(password);
        return runKeychainJob(std::move(writing), timeoutMs);
    }

    KeychainAnswer readPassword(const QString& service, const QString& key, int timeoutMs) override
    {
        return runKeychainJob(job<QKeychain::ReadPasswordJob>(service, key), timeoutMs);
    }

    KeychainAnswer deletePassword(const QString& service, const QString& key,
                                  int timeoutMs) override
    {
        return runKeychainJob(job<QKeychain::DeletePasswordJob>(service, key), timeoutMs);
    }
};

} // namespace

} // namespace finalist::sync

extern "C" __attribute__((visibility("default"))) finalist::sync::SyncNetwork* finalistSyncNetwork()
{
    static finalist::sync::QtSyncNetwork network;
    return &network;
}
