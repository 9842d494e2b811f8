#include "OpeningAhead.h"

#include <QThread>

namespace finalist {

OpeningAhead::OpeningAhead(QString path, const Clock& clock, DatabaseOptions options,
                           std::function<void(Database&)> readAhead)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_options(options)
{
    QThread* caller = QThread::currentThread();
    m_thread.reset(QThread::create([this, caller, readAhead = std::move(readAhead)] {
        auto opened = Database::open(m_path, m_clock, m_options);
        if (opened && readAhead)
            readAhead(*opened.value());
        if (opened)
            opened.value()->moveConnectionToThread(caller);
        m_opened.emplace(std::move(opened)); // read after wait(), which orders it
    }));
    m_thread->start();
}

OpeningAhead::~OpeningAhead()
{
    m_thread->wait();
}

Result<std::unique_ptr<Database>> OpeningAhead::take()
{
    m_thread->wait();
    if (!m_opened)
        return Database::open(m_path, m_clock, m_options);
    Result<std::unique_ptr<Database>> opened = std::move(*m_opened);
    m_opened.reset();
    return opened;
}

} // namespace finalist
