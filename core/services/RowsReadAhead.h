#pragma once

#include "formats/ContactReader.h"
#include "ImportKeys.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <QThread>

namespace finalist {

// A contacts file read on a second thread a few pieces ahead of the thread that writes its
// people: reading and checking a row costs about half of writing it, and the two run side by
// side. The reader is opened and read on that thread only; its progress is passed on, and
// Cancel heard, on the caller's thread (so a window's progress dialog stays on its own thread),
// at least every 256 rows read and every tenth of a second, whatever the rows turn out to be.
// Only a few pieces are held at a time, so an import still holds little of its file.
class RowsReadAhead
{
public:
    struct Row
    {
        ImportedContact person;
        MatchKeys keys;
    };
    // What happens to each person read before it is matched; false leaves the person out.
    using Admit = std::function<bool(ImportedContact& person, MatchKeys& keys)>;

    RowsReadAhead(ContactReader& reader, Admit admit);
    ~RowsReadAhead(); // stops the reading and waits for it

    // Opens the reader and starts reading.
    void start();
    // The next rows admitted, in file order, into piece (none when every row read meanwhile was
    // left out); false at the end of the file. An error of the reader ends the rows. progress,
    // called with the bytes read so far, false cancels.
    Result<bool> nextPiece(std::vector<Row>& piece, const ReadProgress& progress);
    // The reader's own problems, in file order; once nextPiece() said the file ended.
    std::vector<ImportProblem> takeProblems() { return std::move(m_problems); }

private:
    // What the reader's progress callback shares with this: it may be called through a copy the
    // reader keeps after this is gone.
    struct Shared
    {
        std::atomic<bool> stop{ false };
        std::atomic<qint64> done{ 0 }, total{ 0 };
    };

    void read();
    bool put(std::vector<Row>&& piece);
    bool reportProgress(const ReadProgress& progress);
    Error cancel();

    ContactReader& m_reader;
    Admit m_admit;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    std::unique_ptr<QThread> m_thread;
    std::vector<ImportProblem> m_problems; // the reading thread's until it ends

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_pieces;
    bool m_ended = false;
    std::optional<Error> m_error;
};

} // namespace finalist
