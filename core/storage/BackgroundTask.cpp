#include "BackgroundTask.h"

#include <QThread>

namespace finalist {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    waitForDone();
}

void BackgroundTask::start(const QString& path, std::function<Status()> work,
                           std::function<void(const Status&)> then)
{
    QPointer<BackgroundTask> self(this);
    QThread* thread = QThread::create([self, path, work = std::move(work), then] {
        const Status result = work();
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, result, then] {
                if (!self)
                    return;
                if (then)
                    then(result);
                emit self->finished(path, result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->setObjectName(QStringLiteral("Background task"));
    std::erase_if(m_threads, [](const QPointer<QThread>& t) { return t.isNull(); });
    m_threads.emplace_back(thread);
    thread->start(QThread::LowPriority);
}

bool BackgroundTask::isRunning() const
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread && thread->isRunning())
            return true;
    }
    return false;
}

void BackgroundTask::waitForDone()
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread)
            thread->wait();
    }
}

} // namespace finalist
