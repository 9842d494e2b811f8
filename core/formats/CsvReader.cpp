#include "CsvReader.h"

#include "DecodingReader.h"

#include <QCoreApplication>

namespace finalist {

CsvReader::CsvReader(DecodingReader& source)
    : m_source(&source)
{
}

CsvReader::CsvReader(const QString& text)
    : m_buffer(text)
{
}

void CsvReader::Field::append(QStringView piece)
{
    if (utf8Over >= 0) {
        utf8Over += TextDecoding::utf8Length(piece);
        return;
    }
    text += piece;
    // More characters than the limit has bytes is over it whatever they are: from here on only
    // the size is counted, so a quote left open cannot fill the memory.
    if (text.size() > TextDecoding::kMaxFieldBytes) {
        utf8Over = TextDecoding::utf8Length(text);
        text = QString();
    }
}

bool CsvReader::readMore(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size()) {
        if (m_ended)
            return false;
        auto piece = m_source->next();
        if (!piece || !piece.value()) {
            if (!piece)
                m_error = piece.error();
            m_ended = true;
            return false;
        }
        if (m_field) {
            m_field->append(QStringView(m_buffer).sliced(m_stretch, m_pos - m_stretch));
            m_stretch = 0;
        }
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        m_buffer += *piece.value();
    }
    return true;
}

void CsvReader::beginStretch(Field& field)
{
    m_field = &field;
    m_stretch = m_pos;
}

void CsvReader::endStretch()
{
    m_field->append(QStringView(m_buffer).sliced(m_stretch, m_pos - m_stretch));
    m_field = nullptr;
}

Result<QString> CsvReader::finished(Field& field, int rowLine) const
{
    if (m_error)
        return *m_error;
    if (field.utf8Over >= 0)
        return TextDecoding::checkFieldSize(field.utf8Over, rowLine).error();
    if (field.text.size() * 3 > TextDecoding::kMaxFieldBytes) {
        if (auto size = TextDecoding::checkFieldSize(TextDecoding::utf8Length(field.text), rowLine);
            !size)
            return size.error();
    }
    return std::move(field.text);
}

Result<QString> CsvReader::readField(int rowLine)
{
    Field field;
    const QChar delimiter = m_delimiter;
    const auto endsField
        = [delimiter](QChar c) { return c == delimiter || c == u'\n' || c == u'\r'; };
    if (has(0) && m_buffer.at(m_pos) == u'"') {
        // Quoted: copy the stretches between doubled quotes, count the line breaks.
        const int startLine = m_line;
        ++m_pos;
        while (true) {
            beginStretch(field);
            bool closed = false;
            while (has(0)) {
                const QChar c = m_buffer.at(m_pos);
                if (c == u'"') {
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(has(1) && m_buffer.at(m_pos + 1) == u'\n')))
                    ++m_line;
                ++m_pos;
            }
            endStretch();
            if (m_error)
                return *m_error;
            if (!closed)
                return Error{ Error::Code::Invalid,
                              QCoreApplication::translate(
                                  "Csv",
                                  "Line %1: a quoted field is never closed (a \" is missing).")
                                  .arg(startLine),
                              {},
                              {} };
            if (has(1) && m_buffer.at(m_pos + 1) == u'"') {
                field.append(u"\"");
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
    }
    // Unquoted, or what follows a closing quote up to the delimiter (kept, leniently).
    beginStretch(field);
    while (has(0) && !endsField(m_buffer.at(m_pos)))
        ++m_pos;
    endStretch();
    return finished(field, rowLine);
}

Result<std::optional<CsvRow>> CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        if (has(0) && m_buffer.at(m_pos) == QChar(0xFEFF))
            ++m_pos;
    }
    while (has(0)) {
        CsvRow row;
        row.line = m_line;
        while (true) {
            auto field = readField(row.line);
            if (!field)
                return field.error();
            row.fields << std::move(field).value();
            if (has(0) && m_buffer.at(m_pos) == m_delimiter) {
                ++m_pos;
                continue;
            }
            if (has(0) && m_buffer.at(m_pos) == u'\r' && has(1) && m_buffer.at(m_pos + 1) == u'\n')
                ++m_pos;
            if (has(0))
                ++m_pos; // the line end
            ++m_line;
            break;
        }
        if (m_error)
            return *m_error;
        // A blank line is no record.
        if (!(row.fields.size() == 1 && row.fields.front().isEmpty()))
            return std::optional<CsvRow>(std::move(row));
    }
    if (m_error)
        return *m_error;
    return std::optional<CsvRow>();
}

} // namespace finalist
