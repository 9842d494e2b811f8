#include "MarkdownEdit.h"

#include <QAction>
#include <QRegularExpression>
#include <QTextBlock>

namespace finalist {

MarkdownEdit::MarkdownEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    const struct
    {
        QKeySequence keys;
        void (MarkdownEdit::*slot)();
    } shortcuts[] = {
        { QKeySequence::Bold, &MarkdownEdit::toggleBold },
        { QKeySequence::Italic, &MarkdownEdit::toggleItalic },
        { QKeySequence(Qt::CTRL | Qt::Key_H), &MarkdownEdit::makeHeading },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), &MarkdownEdit::makeBulletList },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), &MarkdownEdit::makeNumberedList },
        { QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEdit::insertLink },
    };
    for (const auto& shortcut : shortcuts) {
        auto* action = new QAction(this);
        action->setShortcut(shortcut.keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, shortcut.slot);
        addAction(action);
    }
}

int MarkdownEdit::wordCount() const
{
    static const QRegularExpression word(QStringLiteral("[\\w\\p{M}'’-]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    auto it = word.globalMatch(toPlainText());
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void MarkdownEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString label = cursor.hasSelection() ? cursor.selectedText() : tr("link text");
    cursor.insertText(QStringLiteral("[%1](https://)").arg(label));
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 1);
    setTextCursor(cursor);
}

void MarkdownEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit focusLost();
}

void MarkdownEdit::wrapSelection(const QString& marker)
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText();
    cursor.beginEditBlock();
    if (selected.startsWith(marker) && selected.endsWith(marker)
        && selected.size() >= 2 * marker.size())
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
    else
        cursor.insertText(marker + selected + marker);
    cursor.endEditBlock();
    if (selected.isEmpty()) {
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, marker.size());
        setTextCursor(cursor);
    }
}

void MarkdownEdit::prefixLines(const QString& prefix, bool numbered)
{
    QTextCursor cursor = textCursor();
    const int end = cursor.selectionEnd();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    cursor.beginEditBlock();
    for (int n = 1; block.isValid() && block.position() <= end; block = block.next(), ++n) {
        QTextCursor line(block);
        line.insertText(numbered ? QStringLiteral("%1. ").arg(n) : prefix);
    }
    cursor.endEditBlock();
}

} // namespace finalist
