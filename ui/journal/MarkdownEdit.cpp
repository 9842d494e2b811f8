#include "MarkdownEdit.h"

#include "MarkdownEmphasis.h"
#include "MarkdownLists.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace finalist {

MarkdownEdit::MarkdownEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    // Tab moves the focus on, except in a list item where it nests the item (see event()).
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

void MarkdownEdit::setMinimumColumns(int columns)
{
    m_minimumColumns = columns;
    updateGeometry();
}

QSize MarkdownEdit::minimumSizeHint() const
{
    QSize hint = QPlainTextEdit::minimumSizeHint();
    if (m_minimumColumns > 0) {
        const int text = m_minimumColumns * fontMetrics().averageCharWidth()
            + 2 * int(document()->documentMargin()) + 2 * frameWidth()
            + verticalScrollBar()->sizeHint().width();
        hint.setWidth(std::max(hint.width(), text));
    }
    return hint;
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

void MarkdownEdit::setSpellChecker(SpellChecker* checker)
{
    if (checker == m_spellChecker)
        return;
    delete m_highlighter;
    m_highlighter = nullptr;
    m_spellChecker = checker;
    if (checker)
        m_highlighter = new SpellHighlighter(*checker, document());
}

void MarkdownEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString label = cursor.hasSelection() ? cursor.selectedText() : tr("link text");
    cursor.insertText(QStringLiteral("[%1](https://)").arg(label));
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 1);
    setTextCursor(cursor);
}

bool MarkdownEdit::event(QEvent* event)
{
    // QWidget::event turns Tab into a focus move before keyPressEvent sees it; in a list item
    // Tab nests the item instead. Anywhere else (and with Ctrl) it still moves the focus.
    if (event->type() == QEvent::KeyPress && !isReadOnly()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool back = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (plain && (key->key() == Qt::Key_Tab || back)) {
            if (back ? MarkdownLists::outdent(textCursor()) : MarkdownLists::indent(textCursor())) {
                event->accept();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier && !isReadOnly()) {
        QTextCursor cursor = textCursor();
        if (MarkdownLists::continueList(cursor)) {
            setTextCursor(cursor);
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event); // Shift+Enter: a plain new line, even in a list
}

void MarkdownEdit::focusInEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusInEvent(event);
    if (m_spellChecker && !isReadOnly())
        m_spellChecker->prepare(); // the user is about to write: the dictionary is read now
}

void MarkdownEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit focusLost();
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QMenu* MarkdownEdit::createContextMenu(const QPoint& viewportPos)
{
    QMenu* menu = createStandardContextMenu(viewportPos);
    addSpellingActions(menu, viewportPos);
    return menu;
}

void MarkdownEdit::addSpellingActions(QMenu* menu, const QPoint& viewportPos)
{
    if (!m_spellChecker || !m_spellChecker->isEnabled() || isReadOnly())
        return;
    const QTextCursor at = cursorForPosition(viewportPos);
    const QTextBlock block = at.block();
    const int column = at.positionInBlock();
    for (const SpellHighlighter::Word& word : SpellHighlighter::checkableWords(block.text())) {
        if (column < word.start || column > word.start + word.length)
            continue;
        if (m_spellChecker->isCorrect(word.text))
            return;
        QAction* first = menu->actions().value(0);
        const QStringList suggestions = m_spellChecker->suggestions(word.text);
        for (const QString& suggestion : suggestions) {
            auto* replace = new QAction(suggestion, menu);
            connect(replace, &QAction::triggered, this, [this, block, word, suggestion] {
                QTextCursor cursor(document());
                cursor.setPosition(block.position() + word.start);
                cursor.setPosition(block.position() + word.start + word.length,
                                   QTextCursor::KeepAnchor);
                if (cursor.selectedText() != word.text)
                    return; // the text changed while the menu was open
                cursor.insertText(suggestion);
                setTextCursor(cursor);
            });
            menu->insertAction(first, replace);
        }
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No spelling suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto* add = new QAction(tr("Add “%1” to Dictionary").arg(word.text), menu);
        connect(add, &QAction::triggered, this, [this, text = word.text] {
            if (Status added = m_spellChecker->addToPersonal(text); !added)
                emit problem(added.error().message);
        });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
        return;
    }
}

void MarkdownEdit::toggleEmphasis(int markerLength)
{
    setTextCursor(MarkdownEmphasis::toggle(textCursor(), markerLength));
}

void MarkdownEdit::prefixLines(const QString& prefix, bool numbered)
{
    QTextCursor cursor = textCursor();
    const int end = cursor.selectionEnd();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    const QTextBlock first = block;
    cursor.beginEditBlock();
    for (int n = 1; block.isValid() && block.position() <= end; block = block.next(), ++n) {
        QTextCursor line(block);
        line.insertText(numbered ? QStringLiteral("%1. ").arg(n) : prefix);
    }
    if (numbered)
        MarkdownLists::renumber(first);
    cursor.endEditBlock();
}

} // namespace finalist
