#pragma once

// Two journals syncing through one Radicale started for the test: the laptop the window runs
// on and a phone standing in for any other device.
#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "RadicaleServer.h"
#include "TestSupport.h"

namespace finalist::test {

struct SyncedDevices
{
    // Call with ASSERT_OK: the server, both journals and their accounts.
    Status start()
    {
        if (auto started = server.start(); !started)
            return started;
        laptop = openOrFail(folder.path(QStringLiteral("laptop.sqlite")), Clock::system());
        phone = openOrFail(folder.path(QStringLiteral("phone.sqlite")), Clock::system());
        if (!laptop || !phone)
            return Error{ Error::Code::Io, QStringLiteral("journals not opened"), QString() };
        return {};
    }
    // Both set up for the same account; what either holds goes to the other (laptop first).
    Status setUpBoth()
    {
        sync::SyncSetupOptions options;
        options.serverUrl = server.url().toString();
        options.userName = QStringLiteral("maya");
        options.password = QStringLiteral("secret");
        for (Database* db : { laptop.get(), phone.get() }) {
            if (auto setUp = sync::setUpSync(*db, options); !setUp)
                return setUp.error();
        }
        if (auto sent = sync(*laptop); !sent)
            return sent.error();
        if (auto received = sync(*phone); !received)
            return received.error();
        return {};
    }
    static Result<sync::SyncReport> sync(Database& db)
    {
        sync::SyncRunOptions run;
        run.password = QStringLiteral("secret");
        return sync::syncNow(db, run);
    }

    TempFolder folder;
    RadicaleServer server;
    std::unique_ptr<Database> laptop;
    std::unique_ptr<Database> phone;
};

} // namespace finalist::test
