#pragma once

#include "Result.h"
#include "TextDecoding.h"

#include <functional>
#include <optional>

class QIODevice;

namespace finalist {

// Bytes read so far and the file's size; false stops the reading (an error says so).
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

// A file's text a piece at a time, the same text and report TextDecoding::decode() gives for the
// whole file, in memory bounded by the piece size. open() checks the size and finds the
// encoding in a first pass over the bytes (the UTF-8 census needs all of them); next() then
// decodes one chunk at a time. The device is open, readable and not sequential (a file or a
// buffer): it is read twice.
class DecodingReader
{
public:
    static constexpr qsizetype kDefaultChunkBytes = 256 * 1024;

    explicit DecodingReader(QIODevice& device, std::optional<TextEncoding> chosen = {},
                            qsizetype chunkBytes = kDefaultChunkBytes);
    ~DecodingReader();
    DecodingReader(const DecodingReader&) = delete;
    DecodingReader& operator=(const DecodingReader&) = delete;

    void setProgress(ReadProgress progress) { m_progress = std::move(progress); }
    Status open();
    // The next piece of text (it may be empty); nothing after the last.
    Result<std::optional<QString>> next();
    // The encoding from open(); the warnings are complete once next() gave nothing.
    const TextReport& report() const { return m_report; }

    // The error next() gives when the progress callback stops the reading.
    static Error cancelled();
    static bool isCancelled(const Error& error);
    // Up to `most` bytes of the device, or an error when it cannot be read.
    static Result<QByteArray> readPiece(QIODevice& device, qsizetype most);

private:
    Result<QByteArray> readChunk();
    Status detect();

    QIODevice& m_device;
    std::optional<TextEncoding> m_chosen;
    qsizetype m_chunkBytes;
    ReadProgress m_progress;
    TextReport m_report;
    std::unique_ptr<PieceDecoder> m_decoder;
    qint64 m_total = 0;
    bool m_done = false;
};

} // namespace finalist
