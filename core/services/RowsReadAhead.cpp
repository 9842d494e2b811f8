#include "RowsReadAhead.h"

namespace finalist {

namespace {

constexpr std::size_t kRowsPerPiece = 256;
constexpr std::size_t kPiecesAhead = 8; // about two thousand people held, whatever the file

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
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread->wait();
    m_reader.setProgress({}); // it would call into this
}

void RowsReadAhead::start()
{
    m_reader.setProgress([this](qint64 done, qint64 total) {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        return !m_stop.load(std::memory_order_relaxed);
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
    while (true) {
        auto next = m_reader.next(m_problems);
        if (!next)
            return end(next.error());
        if (!next.value())
            break;
        Row row{ std::move(*next.value()), {} };
        if (!m_admit(row.person, row.keys))
            continue;
        piece.push_back(std::move(row));
        if (piece.size() == kRowsPerPiece && !put(std::exchange(piece, {})))
            return end(std::nullopt); // stopped
    }
    if (!piece.empty() && !put(std::move(piece)))
        return end(std::nullopt);
    end(std::nullopt);
}

bool RowsReadAhead::put(std::vector<Row>&& piece)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_pieces.size() < kPiecesAhead; });
    if (m_stop)
        return false;
    m_pieces.push_back(std::move(piece));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

Result<std::vector<RowsReadAhead::Row>> RowsReadAhead::nextPiece(const ReadProgress& progress)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ended || !m_pieces.empty(); });
    std::vector<Row> piece;
    if (!m_pieces.empty()) {
        piece = std::move(m_pieces.front());
        m_pieces.pop_front();
    } else if (m_error) {
        return *m_error;
    }
    lock.unlock();
    m_changed.notify_all();
    if (progress
        && !progress(m_done.load(std::memory_order_relaxed),
                     m_total.load(std::memory_order_relaxed))) {
        {
            std::lock_guard stopping(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread->wait();
        return Error{ Error::Code::Cancelled, {}, {}, {} };
    }
    return piece;
}

} // namespace finalist
