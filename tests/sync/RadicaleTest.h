#pragma once

#include "dav/DavClient.h"
#include "RadicaleServer.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <memory>

namespace finalist::test {

// One Radicale per suite; each test signs in as a user of its own (named after the test), so
// tests see only their own collections.
class RadicaleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    void SetUp() override;

    static const RadicaleServer& server() { return *s_server; }
    QString user() const;
    std::unique_ptr<sync::DavClient> client(int timeoutMs = 10000) const;
    // The user's home: Radicale's principal, address book home and calendar home at once.
    QUrl home() const;

    // A vCard 3.0 with CRLF line ends.
    static QByteArray card(const QString& uid, const QString& name);
    static QByteArray task(const QString& uid, const QString& summary);

private:
    static inline std::unique_ptr<RadicaleServer> s_server;
    static inline Status s_started;
};

} // namespace finalist::test
