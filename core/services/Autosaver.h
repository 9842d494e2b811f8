#pragma once

#include "Result.h"

#include <functional>
#include <QObject>
#include <QTimer>

namespace finalist {

// Saves a document shortly after the last change, and at once when asked (step change, focus
// loss, close). A failed save keeps the document dirty, reports why, and tries again later, so
// nothing typed is lost because the disk was full or the file was locked for a moment.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Saved,
        Pending,
        Saving,
        Failed
    };
    Q_ENUM(State)

    using SaveFunction = std::function<Status()>;

    explicit Autosaver(SaveFunction save, QObject* parent = nullptr);

    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    void setRetryDelays(QList<int> milliseconds) { m_retryDelays = std::move(milliseconds); }

    State state() const { return m_state; }
    bool isDirty() const { return m_state != State::Saved; }
    QString lastError() const { return m_lastError; }

public slots:
    void markChanged(); // the document changed: save after the delay
    bool flush(); // save now if anything is unsaved; true when all is saved
    void discard(); // forget unsaved changes (the document was replaced or deleted)

signals:
    void stateChanged(finalist::Autosaver::State state);
    void saveFailed(const QString& message);
    void saved();

private:
    void setState(State state);
    void scheduleRetry();

    SaveFunction m_save;
    QTimer m_delay;
    QTimer m_retry;
    QList<int> m_retryDelays{ 1000, 3000, 10000, 30000 };
    int m_failures = 0;
    State m_state = State::Saved;
    QString m_lastError;
};

} // namespace finalist
