#pragma once

#include "Result.h"

#include <functional>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QUndoCommand;
class QUndoStack;

namespace finalist {

// The line that follows a delete: what went, and Undo (also Ctrl+Z while it shows). A failed
// undo says why and keeps what it holds, so it can be tried again.
class UndoBar : public QWidget
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget* parent = nullptr);

    // Shows the line; undo puts things back and says whether it could. The action is also put
    // on the section's history (Edit ▸ Undo, named "Undo <name>") when the bar sits in a page
    // that has one; several deletes are then undone in turn, newest first.
    void offer(const QString& text, std::function<Status()> undo, const QString& name = {});
    void dismiss();
    bool isOffering() const { return bool(m_undo); }
    QLabel* label() const { return m_text; }
    QPushButton* button() const { return m_button; }

    // The history undid one of this bar's actions (Edit ▸ Undo); the bar follows.
    void historyUndid(const QUndoCommand* command, const Status& done);

public slots:
    bool undo();

signals:
    void undone();

private:
    QLabel* m_text;
    QPushButton* m_button;
    // The history of the section page this bar sits in (a property MainWindow sets), if any.
    QUndoStack* history() const;
    bool undoNow();

    std::function<Status()> m_undo;
    QAction* m_shortcut;
    QUndoCommand* m_command = nullptr; // what this bar put on the history last
};

// The property on a section's page that holds its QUndoStack.
inline constexpr char kHistoryProperty[] = "finalistHistory";

} // namespace finalist
