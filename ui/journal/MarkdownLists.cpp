#include "MarkdownLists.h"

#include <QMap>
#include <QRegularExpression>
#include <QTextDocument>

namespace finalist {

namespace {

int indentWidth(const QString& whitespace)
{
    int width = 0;
    for (QChar c : whitespace)
        width += c == QLatin1Char('\t') ? 4 : 1;
    return width;
}

int indentOf(const QRegularExpressionMatch& m)
{
    return indentWidth(m.captured(1));
}

// Where an item's text starts, counted as the indentation is.
int contentColumn(const QRegularExpressionMatch& m)
{
    return indentOf(m) + int(m.capturedEnd(5) - m.capturedEnd(1));
}

bool isBlank(const QTextBlock& block)
{
    return block.text().trimmed().isEmpty();
}

bool startsIndented(const QTextBlock& block)
{
    const QString text = block.text();
    return !text.isEmpty() && text.front().isSpace();
}

void replaceInBlock(const QTextBlock& block, int start, int end, const QString& text)
{
    QTextCursor c(block);
    c.setPosition(block.position() + start);
    c.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    c.insertText(text);
}

// Where an item moves when nested one level deeper: under the text of the item above it at
// its own level.
int deeperIndent(const QTextBlock& block, const QRegularExpressionMatch& m)
{
    const int own = indentOf(m);
    for (QTextBlock b = block.previous(); b.isValid() && !isBlank(b); b = b.previous()) {
        const QRegularExpressionMatch above = MarkdownLists::item(b.text());
        if (!above.hasMatch())
            continue;
        if (indentOf(above) == own)
            return contentColumn(above);
        if (indentOf(above) < own)
            break;
    }
    return contentColumn(m);
}

// And when moved out a level: to its parent's indentation.
int shallowerIndent(const QTextBlock& block, const QRegularExpressionMatch& m)
{
    const int own = indentOf(m);
    for (QTextBlock b = block.previous(); b.isValid() && !isBlank(b); b = b.previous()) {
        const QRegularExpressionMatch above = MarkdownLists::item(b.text());
        if (above.hasMatch() && indentOf(above) < own)
            return indentOf(above);
    }
    return 0;
}

} // namespace

QRegularExpressionMatch MarkdownLists::item(const QString& line)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))( +|\t)(\[[ xX]\] )?)"));
    return marker.match(line);
}

bool MarkdownLists::continueList(QTextCursor& cursor)
{
    const QRegularExpressionMatch m = item(cursor.block().text());
    if (!m.hasMatch() || cursor.selectionStart() - cursor.block().position() < m.capturedEnd(0))
        return false;
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QTextBlock block = cursor.block();
    if (block.text().mid(m.capturedEnd(0)).trimmed().isEmpty()) {
        if (indentOf(m) > 0) {
            shift(cursor, false);
        } else {
            replaceInBlock(block, 0, int(block.text().size()), QString());
            cursor.setPosition(block.position());
        }
        cursor.endEditBlock();
        return true;
    }
    QString marker = m.captured(1);
    if (m.hasCaptured(2))
        marker += m.captured(2);
    else
        marker += QString::number(m.captured(3).toInt() + 1) + m.captured(4);
    marker += m.captured(5);
    if (m.hasCaptured(6))
        marker += QStringLiteral("[ ] ");
    cursor.insertBlock();
    cursor.insertText(marker);
    renumber(cursor.block());
    cursor.endEditBlock();
    return true;
}

bool MarkdownLists::shift(const QTextCursor& cursor, bool in)
{
    QTextDocument* doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    const QTextBlock last = doc->findBlock(cursor.selectionEnd());
    if (!item(first.text()).hasMatch())
        return false;
    bool changed = false;
    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QRegularExpressionMatch m = item(block.text());
        if (m.hasMatch() && (in || indentOf(m) > 0)) {
            const int target = in ? deeperIndent(block, m) : shallowerIndent(block, m);
            replaceInBlock(block, 0, int(m.capturedLength(1)), QString(target, QLatin1Char(' ')));
            changed = true;
        }
        if (block == last)
            break;
    }
    if (changed)
        renumber(first);
    edit.endEditBlock();
    return changed;
}

void MarkdownLists::renumber(const QTextBlock& block)
{
    QTextBlock top = block;
    while (top.previous().isValid() && !isBlank(top.previous())
           && (item(top.previous().text()).hasMatch() || startsIndented(top.previous())))
        top = top.previous();
    int topIndent = -1;
    QMap<int, int> next; // indentation -> the number its next item should carry
    for (QTextBlock b = top; b.isValid() && !isBlank(b); b = b.next()) {
        const QRegularExpressionMatch m = item(b.text());
        if (!m.hasMatch()) {
            if (!startsIndented(b))
                break;
            continue;
        }
        const int indent = indentOf(m);
        if (topIndent < 0 || indent < topIndent)
            topIndent = indent;
        while (!next.isEmpty() && next.lastKey() > indent)
            next.remove(next.lastKey());
        if (m.hasCaptured(2)) {
            next.remove(indent);
            continue;
        }
        const int number = m.captured(3).toInt();
        const int expected = next.value(indent, indent > topIndent ? 1 : number);
        if (number != expected)
            replaceInBlock(b, int(m.capturedStart(3)), int(m.capturedEnd(3)),
                           QString::number(expected));
        next[indent] = expected + 1;
    }
}

} // namespace finalist
