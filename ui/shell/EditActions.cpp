#include "EditActions.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoGroup>
#include <QUndoStack>

namespace finalist {

EditActions::EditActions(QWidget* window, QMenu* menu)
    : QObject(window)
    , m_window(window)
    , m_history(new QUndoGroup(this))
{
    m_undo = add(menu, tr("&Undo"), "undo", "undo");
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = add(menu, tr("&Redo"), "redo", "redo");
    m_redo->setShortcuts(QKeySequence::Redo);
    menu->addSeparator();
    m_cut = add(menu, tr("Cu&t"), "cut", "cut");
    m_cut->setShortcuts(QKeySequence::Cut);
    m_copy = add(menu, tr("&Copy"), "copy", "copy");
    m_copy->setShortcuts(QKeySequence::Copy);
    m_paste = add(menu, tr("&Paste"), "paste", "paste");
    m_paste->setShortcuts(QKeySequence::Paste);
    m_selectAll = add(menu, tr("Select &All"), "selectAll", "selectAll");
    m_selectAll->setShortcuts(QKeySequence::SelectAll);
    menu->addSeparator();
    QAction* find = menu->addAction(tr("&Find"), this, &EditActions::findRequested);
    find->setShortcuts(QKeySequence::Find);
    find->setObjectName(QStringLiteral("find"));
    QAction* everywhere
        = menu->addAction(tr("Find &Everywhere…"), this, &EditActions::findEverywhereRequested);
    everywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    everywhere->setObjectName(QStringLiteral("findEverywhere"));

    // The text fields handle their own keys while they have the focus (a shortcut never
    // overrides a widget that wants the key); the menu's keys serve everything else.
    for (QAction* action : { m_undo, m_redo, m_cut, m_copy, m_paste, m_selectAll })
        action->setShortcutContext(Qt::WindowShortcut);
    connect(menu, &QMenu::aboutToShow, this, &EditActions::update);
    connect(qApp, &QApplication::focusChanged, this, &EditActions::update);
    connect(m_history, &QUndoGroup::canUndoChanged, this, &EditActions::update);
    connect(m_history, &QUndoGroup::canRedoChanged, this, &EditActions::update);
    connect(m_history, &QUndoGroup::undoTextChanged, this, &EditActions::update);
    connect(m_history, &QUndoGroup::redoTextChanged, this, &EditActions::update);
    update();
}

QAction* EditActions::add(QMenu* menu, const QString& text, const char* slot, const char* name)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    connect(action, &QAction::triggered, this, [this, slot] { act(slot); });
    return action;
}

QWidget* EditActions::textTarget() const
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window->window())
        return nullptr;
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(focus))
        return spin->findChild<QLineEdit*>();
    if (qobject_cast<QLineEdit*>(focus) || qobject_cast<QTextEdit*>(focus)
        || qobject_cast<QPlainTextEdit*>(focus))
        return focus;
    return nullptr;
}

void EditActions::act(const char* slot)
{
    if (QWidget* target = textTarget()) {
        QMetaObject::invokeMethod(target, slot);
        return;
    }
    if (qstrcmp(slot, "undo") == 0)
        m_history->undo();
    else if (qstrcmp(slot, "redo") == 0)
        m_history->redo();
}

void EditActions::update()
{
    QWidget* target = textTarget();
    bool readOnly = true;
    bool hasSelection = false;
    bool canUndo = false;
    bool canRedo = false;
    if (auto* line = qobject_cast<QLineEdit*>(target)) {
        readOnly = line->isReadOnly();
        hasSelection = line->hasSelectedText();
        canUndo = line->isUndoAvailable();
        canRedo = line->isRedoAvailable();
    } else if (auto* text = qobject_cast<QTextEdit*>(target)) {
        readOnly = text->isReadOnly();
        hasSelection = text->textCursor().hasSelection();
        canUndo = text->document()->isUndoAvailable();
        canRedo = text->document()->isRedoAvailable();
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(target)) {
        readOnly = plain->isReadOnly();
        hasSelection = plain->textCursor().hasSelection();
        canUndo = plain->document()->isUndoAvailable();
        canRedo = plain->document()->isRedoAvailable();
    }
    if (target) {
        m_undo->setText(tr("&Undo Typing"));
        m_redo->setText(tr("&Redo Typing"));
    } else {
        // Records: the section's history names what it would undo.
        canUndo = m_history->canUndo();
        canRedo = m_history->canRedo();
        m_undo->setText(canUndo ? tr("&Undo %1").arg(m_history->undoText()) : tr("&Undo"));
        m_redo->setText(canRedo ? tr("&Redo %1").arg(m_history->redoText()) : tr("&Redo"));
    }
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_cut->setEnabled(target && hasSelection && !readOnly);
    m_copy->setEnabled(target && hasSelection);
    m_paste->setEnabled(target && !readOnly && !QApplication::clipboard()->text().isEmpty());
    m_selectAll->setEnabled(target);
}

} // namespace finalist
