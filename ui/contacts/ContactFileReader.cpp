#include "ContactFileReader.h"

#include <QThread>

namespace finalist {

// Shared by the reader and its thread, so neither needs the other to be alive.
struct ContactFileReader::Run
{
    std::atomic<bool> cancel = false;
    ContactFileReading result;
};

ContactFileReader::ContactFileReader(QObject* parent)
    : QObject(parent)
{
}

ContactFileReader::~ContactFileReader()
{
    stop();
}

void ContactFileReader::start(const ContactFileRequest& request)
{
    stop();
    auto run = std::make_shared<Run>();
    m_run = run;
    const quint64 generation = ++m_generation;
    // Progress crosses to this object's thread as queued calls; a few hundred at most, whatever
    // the size of the file.
    ReadingProgress progress
        = [this, generation, lastStep = std::optional<ReadingStep>(),
           lastShare = -1](ReadingStep step, qint64 done, qint64 total) mutable {
              const int share = total > 0 ? int(done * 200 / total) : -1;
              if (step == lastStep && share == lastShare)
                  return;
              lastStep = step;
              lastShare = share;
              QMetaObject::invokeMethod(
                  this,
                  [this, generation, step, done, total] {
                      if (generation == m_generation)
                          emit progressed(step, done, total);
                  },
                  Qt::QueuedConnection);
          };
    m_thread = QThread::create([run, request, progress] {
        run->result = readContactFile(request, progress, run->cancel);
    });
    m_thread->setObjectName(QStringLiteral("ContactFileReader"));
    connect(m_thread, &QThread::finished, this, [this, generation] { end(generation); });
    m_thread->start();
}

void ContactFileReader::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

void ContactFileReader::stop()
{
    if (!m_thread)
        return;
    m_run->cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_run.reset();
    ++m_generation; // its finished and progress signals, still queued, are let go
}

void ContactFileReader::end(quint64 generation)
{
    if (generation != m_generation || !m_thread)
        return;
    m_thread->wait(); // finished() is emitted just before the thread really ends
    delete m_thread;
    m_thread = nullptr;
    m_result = std::move(m_run->result);
    m_run.reset();
    emit finished();
}

ContactFileReading ContactFileReader::take()
{
    return std::move(m_result);
}

} // namespace finalist
