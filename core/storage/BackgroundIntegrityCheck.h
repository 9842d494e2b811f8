#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <vector>

class QThread;

namespace finalist {

// PRAGMA integrity_check reads every page, which takes seconds on a big journal: too long to
// make the window wait, too important to skip. This runs it (with the schema's shape check) in a
// thread of its own on a read-only connection, while the window is already in use; the writer
// goes on meanwhile (WAL lets one writer and readers share the file).
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIntegrityCheck(QObject* parent = nullptr);
    // Waits for a check still running: SQLite cannot be interrupted through Qt, and a thread
    // must not outlive its object. The window is already gone by then.
    ~BackgroundIntegrityCheck() override;

    // Starts a check of the file; its answer comes through finished(), on this object's thread.
    void start(const QString& path);
    bool isRunning() const;
    void waitForDone();

signals:
    void finished(const QString& path, const finalist::Status& result);

private:
    std::vector<QPointer<QThread>> m_threads;
};

} // namespace finalist
