#pragma once

#include "Result.h"

#include <atomic>
#include <memory>
#include <QObject>
#include <QTimer>

namespace finalist {

namespace sync {
struct SyncProgress;
}
class BackgroundTask;
class Database;

// Runs the sync of the open journal away from the window: once the journal is open, every
// few minutes (AppSettings::SyncMinutes), and when asked (Sync Now). Each sync opens a
// connection of its own beside the window's, in a thread of its own; the window keeps working.
// Without an account it does nothing at all: no connection is opened, no keychain asked.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    // The journal now open (null: none); a sync starts soon if an account is set up.
    void setDatabase(Database* database);
    void setIntervalMinutes(int minutes); // 0: only on demand
    // Kept for this session (the keychain may be missing): the password just given in setup.
    void setPassword(const QString& password) { m_password = password; }

    bool hasAccount() const;
    // From the start of a sync until its answer has been taken in (state, recordsChanged).
    bool isRunning() const { return m_running; }
    BackgroundTask* task() const { return m_task; }
    // The last state in words ("Synced at 14:05: 3 received"), for the status bar.
    QString stateText() const { return m_state; }

    // Asks a running sync to stop at its next record and waits for it (a closing window does
    // not wait for a whole sync; what went through is kept and the next sync goes on).
    void stopAndWait();

    // The account was set up, changed or forgotten (Preferences): sync now, or say nothing.
    void accountChanged();

public slots:
    // False when there is nothing to sync with (no account) or a sync is running already.
    bool syncNow();

signals:
    void stateChanged(const QString& text, const QString& detail);
    // A sync changed records of the journal: what the views show may be stale.
    void recordsChanged();
    void finished(bool succeeded);

private:
    void syncDone(const Status& result, int changes, const QString& summary);
    void setState(const QString& text, const QString& detail);
    void showProgress(const sync::SyncProgress& now);

    Database* m_database = nullptr;
    BackgroundTask* m_task;
    QTimer m_timer;
    QString m_password;
    QString m_state;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_stop; // the running sync's; set to stop it
};

} // namespace finalist
