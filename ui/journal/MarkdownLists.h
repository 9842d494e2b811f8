#pragma once

#include <QRegularExpressionMatch>
#include <QTextBlock>
#include <QTextCursor>

namespace finalist {

// List editing in Markdown text, as in a word processor: Enter continues a list, Tab and
// Shift+Tab nest and un-nest items, numbers follow their order. Each function returns false,
// changing nothing, when the caret is not in a list item, so the key keeps its usual meaning
// (Tab then moves the focus on: no keyboard trap).
class MarkdownLists
{
public:
    // Enter in an item starts the next one ("- ", "* ", "3. " after "2. "). Enter in an empty
    // item ends the list there: a nested one moves out a level, a top-level one loses its
    // marker.
    // The cursor is left where the caret belongs.
    static bool continueList(QTextCursor& cursor);
    // Tab / Shift+Tab on the items touched by the caret or selection.
    static bool indent(const QTextCursor& cursor) { return shift(cursor, true); }
    static bool outdent(const QTextCursor& cursor) { return shift(cursor, false); }

    // Makes the numbers of the list around block count up from its first item; a nested list
    // counts from 1.
    static void renumber(const QTextBlock& block);

    // The marker at the start of a list line: captures 1 indentation, 2 bullet, 3 number,
    // 4 delimiter, 5 spacing, 6 task box. No match outside a list; a marker with no space
    // after it ("-" alone, "2020.") is text.
    static QRegularExpressionMatch item(const QString& line);

private:
    static bool shift(const QTextCursor& cursor, bool in);
};

} // namespace finalist
