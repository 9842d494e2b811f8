#include "MarkdownEmphasis.h"

#include <QTextBlock>
#include <QTextDocument>

namespace finalist {

namespace {

QChar charAt(const QString& text, int i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar(QLatin1Char(' '));
}

int starsBefore(const QString& text, int pos)
{
    int n = 0;
    while (pos - n - 1 >= 0 && text[pos - n - 1] == QLatin1Char('*'))
        ++n;
    return n;
}

int starsAfter(const QString& text, int pos)
{
    int n = 0;
    while (pos + n < text.size() && text[pos + n] == QLatin1Char('*'))
        ++n;
    return n;
}

// Removes [start, end) of the block, positions within the block.
void removeInBlock(const QTextBlock& block, int start, int end)
{
    QTextCursor c(block);
    c.setPosition(block.position() + start);
    c.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    c.removeSelectedText();
}

void insertInBlock(const QTextBlock& block, int at, const QString& text)
{
    QTextCursor c(block);
    c.setPosition(block.position() + at);
    c.insertText(text);
}

QTextCursor selecting(QTextDocument* doc, int anchor, int position)
{
    QTextCursor c(doc);
    c.setPosition(anchor);
    c.setPosition(position, QTextCursor::KeepAnchor);
    return c;
}

} // namespace

std::vector<MarkdownEmphasis::Span> MarkdownEmphasis::spans(const QString& line)
{
    std::vector<Span> result;
    std::vector<Span> open; // innermost last
    int indentEnd = 0;
    while (indentEnd < line.size() && line[indentEnd].isSpace())
        ++indentEnd;
    for (int p = 0; p < line.size();) {
        if (line[p] != QLatin1Char('*')) {
            ++p;
            continue;
        }
        const int n = starsAfter(line, p);
        const int runEnd = p + n;
        const bool bullet = p <= indentEnd && n == 1 && charAt(line, runEnd).isSpace();
        const bool escapedStar = charAt(line, p - 1) == QLatin1Char('\\');
        const bool canClose = p > 0 && !line[p - 1].isSpace();
        const bool canOpen = runEnd < line.size() && !line[runEnd].isSpace();
        int q = p;
        int left = n;
        if (!bullet && !escapedStar) {
            // The run opened last closes first.
            while (canClose && left > 0 && !open.empty() && open.back().markerLength <= left) {
                Span span = open.back();
                open.pop_back();
                span.closeStart = q;
                span.closeEnd = q + span.markerLength;
                span.runEnd = runEnd;
                q += span.markerLength;
                left -= span.markerLength;
                result.push_back(span);
            }
            for (const int length : { 2, 1 }) {
                if (canOpen && left >= length) {
                    open.push_back({ length, p, q, q + length });
                    q += length;
                    left -= length;
                }
            }
        }
        p = runEnd;
    }
    result.insert(result.end(), open.begin(), open.end());
    return result;
}

QTextCursor MarkdownEmphasis::toggle(QTextCursor cursor, int markerLength)
{
    cursor.beginEditBlock();
    QTextCursor result = cursor.hasSelection() ? toggleSelection(cursor, markerLength)
                                               : toggleAtCaret(cursor, markerLength);
    cursor.endEditBlock();
    return result;
}

QTextCursor MarkdownEmphasis::toggleAtCaret(QTextCursor cursor, int markerLength)
{
    const QTextBlock block = cursor.block();
    const QString line = block.text();
    const int pos = cursor.positionInBlock();
    const int base = block.position();
    QTextDocument* doc = cursor.document();
    const QString marker(markerLength, QLatin1Char('*'));

    // An empty pair, as the first press leaves it: the second press takes it away. Bold is in
    // a run of two or three stars, italic in one or three ("**|**" holds no italic pair).
    const auto holds = [markerLength](int stars) { return stars == 3 || stars == markerLength; };
    if (holds(starsBefore(line, pos)) && holds(starsAfter(line, pos))) {
        removeInBlock(block, pos, pos + markerLength);
        removeInBlock(block, pos - markerLength, pos);
        return selecting(doc, base + pos - markerLength, base + pos - markerLength);
    }
    const Span* inside = nullptr;
    std::vector<Span> all = spans(line);
    for (const Span& span : all) {
        if (span.markerLength != markerLength)
            continue;
        if (span.closed() && pos == span.closeEnd) // just after a run: step back into it
            return selecting(doc, base + span.closeStart, base + span.closeStart);
        if (span.openEnd <= pos && (!span.closed() || pos <= span.closeStart)
            && (!inside || span.openEnd > inside->openEnd))
            inside = &span;
    }
    if (!inside) {
        insertInBlock(block, pos, marker + marker);
        return selecting(doc, base + pos + markerLength, base + pos + markerLength);
    }
    if (!inside->closed()) {
        if (pos == inside->openEnd) {
            removeInBlock(block, inside->openStart, inside->openEnd);
            return selecting(doc, base + inside->openStart, base + inside->openStart);
        }
        insertInBlock(block, pos, marker); // ends the run the user opened by hand
        return selecting(doc, base + pos + markerLength, base + pos + markerLength);
    }
    if (pos == inside->closeStart) // at the end of the run: step out of it
        return selecting(doc, base + inside->closeEnd, base + inside->closeEnd);
    // In the middle of a run: the text stops being bold, the caret stays on the same letter.
    removeInBlock(block, inside->closeStart, inside->closeEnd);
    removeInBlock(block, inside->openStart, inside->openEnd);
    return selecting(doc, base + pos - markerLength, base + pos - markerLength);
}

QTextCursor MarkdownEmphasis::toggleSelection(QTextCursor cursor, int markerLength)
{
    QTextDocument* doc = cursor.document();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QTextBlock first = doc->findBlock(start);
    const QTextBlock last = doc->findBlock(end);
    if (first == last) {
        const int s = start - first.position();
        const int e = end - first.position();
        for (const Span& span : spans(first.text())) {
            if (span.markerLength == markerLength && span.closed() && span.runStart <= s
                && s <= span.openEnd && span.closeStart <= e && e <= span.runEnd) {
                removeInBlock(first, span.closeStart, span.closeEnd);
                removeInBlock(first, span.openStart, span.openEnd);
                const int contentStart = first.position() + span.openStart;
                return selecting(doc, contentStart, contentStart + span.closeStart - span.openEnd);
            }
        }
    }
    // Wrap each line of the selection on its own: emphasis cannot cross a line in Markdown.
    // From the last line up, so the positions still to visit do not move.
    const QString marker(markerLength, QLatin1Char('*'));
    int added = 0;
    int firstContent = -1;
    int firstLength = 0;
    for (QTextBlock block = last; block.isValid(); block = block.previous()) {
        const QString line = block.text();
        int s = qMax(start - block.position(), 0);
        int e = qMin(end - block.position(), int(line.size()));
        while (s < e && line[s].isSpace())
            ++s;
        while (e > s && line[e - 1].isSpace())
            --e;
        if (s < e) {
            insertInBlock(block, e, marker);
            insertInBlock(block, s, marker);
            added += 2 * markerLength;
            firstContent = block.position() + s + markerLength;
            firstLength = e - s;
        }
        if (block == first)
            break;
    }
    if (firstContent < 0) // only spaces were selected: start a run there instead
        return toggleAtCaret(selecting(doc, end, end), markerLength);
    // A single line keeps its words selected, so a second press removes the markers again.
    if (first == last)
        return selecting(doc, firstContent, firstContent + firstLength);
    return selecting(doc, start, end + added);
}

} // namespace finalist
