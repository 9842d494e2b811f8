#pragma once

#include "Csv.h"

#include <optional>

namespace finalist {

class DecodingReader;

// parseCsv() one record at a time, over text that arrives in pieces (a DecodingReader) or is
// there whole. A piece may end anywhere: inside a quoted field, between a CR and its LF, after
// an opening quote. Only the record being read and one piece are held, and a field over
// TextDecoding::kMaxFieldBytes stops being kept as soon as it is over (its size is still
// counted, so the message is the same as for the whole text).
class CsvReader
{
public:
    explicit CsvReader(DecodingReader& source);
    explicit CsvReader(const QString& text);

    // The next record; nothing after the last. Blank lines are no records.
    Result<std::optional<CsvRow>> next();
    // The character between fields from the next record on: a comma unless a spreadsheet saved
    // the file with semicolons (the header tells).
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

private:
    // One field's text, or only its size once it is too long to keep.
    struct Field
    {
        QString text;
        qsizetype utf8Over = -1; // the size in UTF-8 once past the limit
        void append(QStringView piece);
    };

    Result<QString> readField(int rowLine);
    // Whether there is a character at m_pos + ahead, reading more text when needed.
    bool has(qsizetype ahead)
    {
        return m_pos + ahead < m_buffer.size() || (m_source && readMore(ahead));
    }
    bool readMore(qsizetype ahead);
    void beginStretch(Field& field);
    void endStretch();
    Result<QString> finished(Field& field, int rowLine) const;

    DecodingReader* m_source = nullptr;
    QChar m_delimiter = u',';
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_ended = false;
    std::optional<Error> m_error;
    // The field being copied, and where its current stretch starts in m_buffer: the stretch is
    // moved into it before the buffer drops what was read.
    Field* m_field = nullptr;
    qsizetype m_stretch = 0;
};

} // namespace finalist
