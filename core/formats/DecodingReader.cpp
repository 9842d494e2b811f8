#include "DecodingReader.h"

#include <algorithm>
#include <QCoreApplication>
#include <QIODevice>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DecodingReader)
};

// The byte order mark and the UTF-16 check look at no more than this.
constexpr qsizetype kHeadBytes = 4096;

} // namespace

DecodingReader::DecodingReader(QIODevice& device, std::optional<TextEncoding> chosen,
                               qsizetype chunkBytes)
    : m_device(device)
    , m_chosen(chosen)
    , m_chunkBytes(std::max<qsizetype>(1, chunkBytes))
{
}

DecodingReader::~DecodingReader() = default;

Error DecodingReader::cancelled()
{
    return Error{ Error::Code::Cancelled, Texts::tr("The reading was cancelled."), {}, {} };
}

bool DecodingReader::isCancelled(const Error& error)
{
    return error.code == Error::Code::Cancelled;
}

Result<QByteArray> DecodingReader::readPiece(QIODevice& device, qsizetype most)
{
    // No more than is left: read() fills a buffer of the size asked before it shrinks it, and
    // most files are far smaller than a piece.
    const qint64 left = std::max<qint64>(1, device.size() - device.pos());
    QByteArray chunk = device.read(std::min<qint64>(most, left));
    if (chunk.isEmpty() && !device.atEnd())
        return Error{ Error::Code::Io,
                      Texts::tr("The file cannot be read: %1").arg(device.errorString()),
                      {},
                      {} };
    return chunk;
}

Result<QByteArray> DecodingReader::readChunk()
{
    return readPiece(m_device, m_chunkBytes);
}

// What TextDecoding::detect() finds for the whole file: the mark and the UTF-16 test from the
// head, the UTF-8 census over every byte, a chunk at a time.
Status DecodingReader::detect()
{
    QByteArray head;
    while (head.size() < kHeadBytes && !m_device.atEnd()) {
        auto chunk = readChunk();
        if (!chunk)
            return chunk.error();
        if (chunk.value().isEmpty())
            break;
        head += chunk.value();
    }
    if (m_chosen) {
        m_report.encoding = *m_chosen;
        return {};
    }
    bool guessed = false;
    const TextEncoding fromHead = TextDecoding::detect(head, &guessed);
    const bool decided = TextDecoding::byteOrderMark(head, nullptr).has_value()
        || fromHead == TextEncoding::Utf16LE || fromHead == TextEncoding::Utf16BE;
    if (decided || m_device.atEnd()) {
        m_report.encoding = fromHead;
        m_report.guessed = guessed;
        return {};
    }
    Utf8Census census;
    QByteArray pending = head;
    while (true) {
        const qsizetype whole = TextDecoding::wholeCharacters(pending, TextEncoding::Utf8);
        census.add(QByteArrayView(pending).first(whole));
        pending.remove(0, whole);
        auto chunk = readChunk();
        if (!chunk)
            return chunk.error();
        if (chunk.value().isEmpty())
            break;
        pending += chunk.value();
    }
    census.add(pending);
    m_report.encoding = census.mostlyUtf8() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    m_report.guessed = m_report.encoding == TextEncoding::Windows1252;
    return {};
}

Status DecodingReader::open()
{
    if (m_device.isSequential())
        return Error{ Error::Code::Io, Texts::tr("The file cannot be read twice."), {}, {} };
    m_total = m_device.size();
    if (auto size = TextDecoding::checkFileSize(m_total); !size)
        return size;
    if (!m_device.seek(0))
        return Error{
            Error::Code::Io, Texts::tr("The file cannot be read from its start."), {}, {}
        };
    if (auto found = detect(); !found)
        return found;
    if (!m_device.seek(0))
        return Error{
            Error::Code::Io, Texts::tr("The file cannot be read from its start."), {}, {}
        };
    // The mark is skipped only when it names the encoding used, as decode() does.
    const QByteArray head = m_device.peek(3);
    qsizetype markLength = 0;
    if (TextDecoding::byteOrderMark(head, &markLength) == m_report.encoding
        && !m_device.seek(markLength))
        return Error{
            Error::Code::Io, Texts::tr("The file cannot be read from its start."), {}, {}
        };
    m_report.warnings.clear();
    m_decoder = std::make_unique<PieceDecoder>(m_report.encoding, m_report.warnings);
    m_done = false;
    return {};
}

Result<std::optional<QString>> DecodingReader::next()
{
    if (m_done || !m_decoder)
        return std::optional<QString>();
    auto chunk = readChunk();
    if (!chunk)
        return chunk.error();
    if (m_progress && !m_progress(m_device.pos(), m_total))
        return cancelled();
    if (chunk.value().isEmpty()) {
        m_done = true;
        return std::optional<QString>(m_decoder->finish());
    }
    return std::optional<QString>(m_decoder->decode(chunk.value()));
}

} // namespace finalist
