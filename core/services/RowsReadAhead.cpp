#include "RowsReadAhead.h"

#include <chrono>

namespace finalist {

namespace {

constexpr std::size_t kRowsPerPiece = 256;
constexpr std::size_t kPiecesAhead = 8; // about two thousand people held, whatever the file
constexpr std::chrono::milliseconds kProgressEvery{ 100 };

} // namespace

RowsReadAhead::RowsReadAhead(ContactReader& reader, Admit admit)
    : m_reader(reader)
    , m_admit(std::move(admit))
{
}

RowsReadAhead::~RowsReadAhead()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_shared->stop = true;
    }
    m_changed.notify_all();
    m_thread->wait();
}

void RowsReadAhead::start()
{
    m_reader.setProgress([shared = m_shared](qint64 done, qint64 total) {
        shared->done.store(done, std::memory_order_relaxed);
        shared->total.store(total, std::memory_order_relaxed);
        return !shared->stop.load(std::memory_order_relaxed);
    });
    m_thread.reset(QThread::create([this] { read(); }));
    m_thread->start();
}

void RowsReadAhead::read()
{
    const auto end = [this](std::optional<Error> error) {
        {
            std::lock_guard lock(m_mutex);
            m_ended = true;
            m_error = std::move(error);
        }
        m_changed.notify_all();
    };
    if (auto opened = m_reader.open(); !opened)
        return end(opened.error());
    std::vector<Row> piece;
    std::size_t read = 0;
    while (true) {
        auto next = m_reader.next(m_problems);
        if (!next)
            return end(next.error());
        if (!next.value())
            break;
        Row row{ std::move(*next.value()), {} };
        if (m_admit(row.person, row.keys))
            piece.push_back(std::move(row));
        // Handed over by rows read, not admitted: a file of people met twice still moves the
        // progress on and hears Cancel.
        if (++read % kRowsPerPiece == 0 && !put(std::exchange(piece, {})))
            return end(std::nullopt); // stopped
    }
    if (!piece.empty() && !put(std::move(piece)))
        return end(std::nullopt);
    end(std::nullopt);
}

bool RowsReadAhead::put(std::vector<Row>&& piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_shared->stop || m_pieces.size() < kPiecesAhead; });
    if (m_shared->stop)
        return false;
    m_pieces.push_back(std::move(piece));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool RowsReadAhead::reportProgress(const ReadProgress& progress)
{
    return !progress
        || progress(m_shared->done.load(std::memory_order_relaxed),
                    m_shared->total.load(std::memory_order_relaxed));
}

Error RowsReadAhead::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_shared->stop = true;
    }
    m_changed.notify_all();
    m_thread->wait();
    return Error{ Error::Code::Cancelled, {}, {}, {} };
}

Result<bool> RowsReadAhead::nextPiece(std::vector<Row>& piece, const ReadProgress& progress)
{
    piece.clear();
    std::unique_lock lock(m_mutex);
    const auto ready = [this] { return m_ended || !m_pieces.empty(); };
    // A reader can spend long on one record (a card with photos, rows it skips itself): the
    // progress is asked meanwhile, so the window stays awake and Cancel is heard.
    while (!m_changed.wait_for(lock, kProgressEvery, ready)) {
        lock.unlock();
        if (!reportProgress(progress))
            return cancel();
        lock.lock();
    }
    bool more = true;
    if (!m_pieces.empty()) {
        piece = std::move(m_pieces.front());
        m_pieces.pop_front();
    } else if (m_error) {
        return *m_error;
    } else {
        more = false;
    }
    lock.unlock();
    m_changed.notify_all();
    if (!reportProgress(progress))
        return cancel();
    return more;
}

} // namespace finalist
