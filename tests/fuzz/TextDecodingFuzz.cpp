// Any bytes become text that holds no control code but tab and line breaks, and no U+FFFD the
// bytes did not spell out themselves: what cannot be read is left out and noted, never
// replaced unseen. A warning names a line of the file (or 0 for "and more").
#include "formats/TextDecoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace finalist;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const std::optional<TextEncoding> encoding :
         { std::optional<TextEncoding>{}, std::optional(TextEncoding::Utf8),
           std::optional(TextEncoding::Windows1252), std::optional(TextEncoding::Utf16LE) }) {
        auto decoded = TextDecoding::decode(bytes, encoding);
        if (!decoded)
            std::abort(); // only a file over the size limit is refused
        const QString& text = decoded.value().text;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n') || u == 0x7F
                || (u >= 0x80 && u <= 0x9F))
                std::abort();
        }
        // U+FFFD only where the bytes spell it in the encoding used (found or chosen).
        const TextEncoding used = decoded.value().report.encoding;
        const char* spelt = used == TextEncoding::Utf16LE ? "\xFD\xFF"
            : used == TextEncoding::Utf16BE               ? "\xFF\xFD"
            : used == TextEncoding::Utf8                  ? "\xEF\xBF\xBD"
                                                          : nullptr;
        if (text.contains(QChar(0xFFFD)) && !(spelt && bytes.contains(spelt)))
            std::abort();
        for (const TextWarning& warning : decoded.value().report.warnings)
            if (warning.line < 0 || warning.line > lines || warning.message.isEmpty())
                std::abort();
    }
    return 0;
}
