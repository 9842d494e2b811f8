#pragma once

#include "ContactFileReading.h"

#include <memory>
#include <QObject>

class QThread;

namespace finalist {

// Runs readContactFile() on a worker thread so the window stays responsive while a big file is
// read. One reading at a time: starting another stops the one before. Stopping (and destroying
// the reader) sets the cancel flag and waits for the thread, so none outlives its reader.
class ContactFileReader : public QObject
{
    Q_OBJECT
public:
    explicit ContactFileReader(QObject* parent = nullptr);
    ~ContactFileReader() override;

    void start(const ContactFileRequest& request);
    // Asks the reading to stop; finished() follows with Outcome::Cancelled (or with what was
    // read, when it ended first).
    void cancel();
    // Cancels and waits for the thread; no finished() follows.
    void stop();
    bool isReading() const { return m_thread != nullptr; }
    // What the last reading found, once finished() was emitted.
    ContactFileReading take();

signals:
    void progressed(ReadingStep step, qint64 done, qint64 total);
    void finished();

private:
    struct Run;
    void end(quint64 generation);

    std::shared_ptr<Run> m_run;
    QThread* m_thread = nullptr;
    quint64 m_generation = 0; // what a late signal of a stopped reading is told apart by
    ContactFileReading m_result;
};

} // namespace finalist
