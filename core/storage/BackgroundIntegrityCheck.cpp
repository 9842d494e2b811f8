#include "BackgroundIntegrityCheck.h"

#include "DurableFiles.h"

#include <QThread>

namespace finalist {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QObject* parent)
    : QObject(parent)
{
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    waitForDone();
}

void BackgroundIntegrityCheck::start(const QString& path)
{
    QPointer<BackgroundIntegrityCheck> self(this);
    QThread* thread = QThread::create([self, path] {
        const Status result = checkWholeDatabase(path, path);
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, result] {
                if (self)
                    emit self->finished(path, result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->setObjectName(QStringLiteral("Integrity check"));
    std::erase_if(m_threads, [](const QPointer<QThread>& t) { return t.isNull(); });
    m_threads.emplace_back(thread);
    thread->start(QThread::LowPriority);
}

bool BackgroundIntegrityCheck::isRunning() const
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread && thread->isRunning())
            return true;
    }
    return false;
}

void BackgroundIntegrityCheck::waitForDone()
{
    for (const QPointer<QThread>& thread : m_threads) {
        if (thread)
            thread->wait();
    }
}

} // namespace finalist
