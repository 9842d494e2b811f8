#pragma once

#include <QString>

namespace finalist {

// Turns whatever a person typed into a safe FTS5 MATCH expression: every word becomes a quoted
// phrase (so quotes, *, -, NEAR and parentheses are plain text), and the last word matches as a
// prefix while typing. Empty when there is nothing to search for.
QString ftsQueryFromUserText(const QString& text);
// Whether the text holds any word to search for (not only spaces and punctuation).
inline bool hasSearchWords(const QString& text)
{
    return !ftsQueryFromUserText(text).isEmpty();
}

} // namespace finalist
