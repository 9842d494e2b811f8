#pragma once

#include "Result.h"

#include <functional>
#include <QObject>
#include <QPointer>
#include <QString>
#include <vector>

class QThread;

namespace finalist {

// Work on a whole file that takes seconds on a big journal, too long to make the window wait:
// the full integrity check, the daily backup. Each runs in a thread of its own on a connection
// of its own while the window is in use (WAL lets one writer and readers share the file).
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr);
    // Waits for work still running: SQLite cannot be interrupted through Qt, and a thread must
    // not outlive its object. The window is already gone by then.
    ~BackgroundTask() override;

    // Runs work about a file in a thread; its answer comes through finished(), on this object's
    // thread. The work must open its own connections and touch nothing of the caller's.
    // then, when given, has the answer first (on this object's thread): for the one caller that
    // waits on this run among others that listen to finished().
    void start(const QString& path, std::function<Status()> work,
               std::function<void(const Status&)> then = {});
    bool isRunning() const;
    void waitForDone();

signals:
    void finished(const QString& path, const finalist::Status& result);

private:
    std::vector<QPointer<QThread>> m_threads;
};

} // namespace finalist
