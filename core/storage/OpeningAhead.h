#pragma once

#include "Database.h"

#include <functional>
#include <memory>
#include <optional>
#include <QString>

class QThread;

namespace finalist {

// Opens a journal on a thread of its own while the caller does something else (the window
// builds itself meanwhile, at start-up), then hands the connection to the caller's thread.
// The opening is Database::open's, with its lock, checks and migrations: only the thread differs.
class OpeningAhead
{
public:
    // readAhead, when given, runs on the same thread once the file is open: what the window
    // will read first (kept in the database's shared reads) is ready when it asks.
    OpeningAhead(QString path, const Clock& clock, DatabaseOptions options,
                 std::function<void(Database&)> readAhead = {});
    // Waits for the opening; a database nobody took is closed here, its lock released.
    ~OpeningAhead();
    OpeningAhead(const OpeningAhead&) = delete;
    OpeningAhead& operator=(const OpeningAhead&) = delete;

    const QString& path() const { return m_path; }
    // On the thread that made this object: waits, and returns what Database::open returned,
    // the connection now usable on this thread. Should the thread not have run (or on a second
    // call), the file is opened here.
    Result<std::unique_ptr<Database>> take();

private:
    QString m_path;
    const Clock& m_clock;
    DatabaseOptions m_options;
    std::optional<Result<std::unique_ptr<Database>>> m_opened; // written by the thread
    std::unique_ptr<QThread> m_thread;
};

} // namespace finalist
