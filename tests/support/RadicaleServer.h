#pragma once

#include "Result.h"

#include <memory>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace finalist::test {

// A Radicale CardDAV/CalDAV server of its own on 127.0.0.1, with its storage in a temporary
// folder, for one test or one suite. It reads no configuration file of the machine or the user:
// everything comes from the command line. Stopped by the destructor.
class RadicaleServer
{
public:
    struct Options
    {
        // Without a user Radicale takes any name and password (auth "none"); with one it
        // checks them against a plain-text htpasswd file.
        QString user;
        QString password;
    };

    RadicaleServer() = default;
    ~RadicaleServer();
    RadicaleServer(const RadicaleServer&) = delete;
    RadicaleServer& operator=(const RadicaleServer&) = delete;

    // The radicale program itself (Debian's /usr/bin/radicale): the python3 first on PATH may
    // be one without the radicale module.
    static QString executable();
    static bool available() { return !executable().isEmpty(); }

    // Returns once the server accepts connections (at most 15 s).
    Status start(const Options& options = {});
    void stop();

    QUrl url() const; // http://127.0.0.1:PORT/
    int port() const { return m_port; }
    QString storageFolder() const; // Radicale's "collection-root" lies inside
    QString logPath() const; // the server's output, for a failing test to show

    // A port nothing listens on right now (bound to 127.0.0.1:0 and released).
    static int freePort();
    // Whether something accepts connections on 127.0.0.1:port within timeoutMs; gives up early
    // when `process`, the one meant to listen there, ends.
    static bool waitForPort(int port, int timeoutMs, QProcess* process = nullptr);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace finalist::test

// In a test or SetUp: skips when radicale is not installed, but fails under CI, where a missing
// server means a broken setup rather than a developer's machine without it.
#define FINALIST_REQUIRE_RADICALE()                                                                \
    do {                                                                                           \
        if (!finalist::test::RadicaleServer::available()) {                                        \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                FAIL() << "radicale is not installed; script/bootstrap installs it";               \
            GTEST_SKIP() << "radicale is not installed (script/bootstrap installs it)";            \
        }                                                                                          \
    } while (false)
