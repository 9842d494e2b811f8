#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace finalist {

// The Edit menu. Undo, Redo, Cut, Copy, Paste and Select All act on the focused text field;
// when the focus is not in one, Undo and Redo act on the section's record history (a delete,
// a merge), named in the menu: "Undo Delete “Priya Raman”".
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(QWidget* window, QMenu* menu);

    QUndoGroup* history() const { return m_history; }
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* selectAll() const { return m_selectAll; }

public slots:
    // Names and enables the actions for what has the focus now.
    void update();

signals:
    void findRequested();
    void findEverywhereRequested();

private:
    QAction* add(QMenu* menu, const QString& text, const char* slot, const char* name);
    // The focused widget if it edits text (line, text and plain text edits), else null.
    QWidget* textTarget() const;
    void act(const char* slot);

    QWidget* m_window;
    QUndoGroup* m_history;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_selectAll = nullptr;
};

} // namespace finalist
