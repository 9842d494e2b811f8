#pragma once

#include "HttpSession.h"

#include <memory>

class QNetworkAccessManager;

namespace finalist::sync {

// HttpSession over Qt Network. Each send runs its own event loop until the answer is in; the
// access manager is made on the first send, in the thread that sends.
class NetworkSession final : public HttpSession
{
public:
    NetworkSession();
    ~NetworkSession() override;

    HttpAnswer send(const HttpRequest& request) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace finalist::sync
