#include "UndoBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

namespace finalist {

namespace {

// One offered undo on the section's history. It is already done when pushed; undoing it runs
// what the bar was given. Records cannot be deleted again from here, so once undone it leaves
// the history instead of offering a Redo.
class OfferedUndo : public QUndoCommand
{
public:
    OfferedUndo(const QString& name, std::function<Status()> undo, UndoBar* bar)
        : QUndoCommand(name)
        , m_undo(std::move(undo))
        , m_bar(bar)
    {
    }

    void undo() override
    {
        const Status done = m_undo();
        if (m_bar)
            m_bar->historyUndid(this, done);
        setObsolete(bool(done));
    }
    void redo() override { }

private:
    std::function<Status()> m_undo;
    QPointer<UndoBar> m_bar;
};

} // namespace

UndoBar::UndoBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(tr("Undo"), this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("undo"));
    m_button->setToolTip(tr("Bring it back (Ctrl+Z)"));
    m_shortcut = new QAction(this);
    m_shortcut->setShortcut(QKeySequence::Undo);
    m_shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Ctrl+Z anywhere in the view the bar belongs to, while it offers something; a text field
    // with the focus keeps Ctrl+Z for its own typing. In the window, Edit ▸ Undo has the key.
    (parent ? parent : this)->addAction(m_shortcut);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &UndoBar::undo);
    connect(m_shortcut, &QAction::triggered, this, [this] {
        if (isOffering())
            undo();
    });
    hide();
}

void UndoBar::offer(const QString& text, std::function<Status()> undo, const QString& name)
{
    m_text->setText(text);
    m_undo = std::move(undo);
    m_command = nullptr;
    if (QUndoStack* stack = history()) {
        m_shortcut->setEnabled(false); // Edit ▸ Undo has Ctrl+Z
        m_command = new OfferedUndo(name.isEmpty() ? text : name, m_undo, this);
        stack->push(m_command);
    }
    show();
}

void UndoBar::dismiss()
{
    m_undo = nullptr;
    m_command = nullptr;
    hide();
}

QUndoStack* UndoBar::history() const
{
    for (const QObject* up = parent(); up; up = up->parent())
        if (const QVariant held = up->property(kHistoryProperty); held.isValid())
            return held.value<QUndoStack*>();
    return nullptr;
}

bool UndoBar::undo()
{
    if (!m_undo)
        return false;
    QUndoStack* stack = history();
    if (m_command && stack && stack->index() > 0
        && stack->command(stack->index() - 1) == m_command) {
        const bool wasOffering = isOffering();
        stack->undo(); // through the history, so Edit ▸ Undo moves on to the one before
        return wasOffering && !isOffering();
    }
    return undoNow();
}

bool UndoBar::undoNow()
{
    if (auto done = m_undo(); !done) {
        m_text->setText(tr("Could not bring it back: %1").arg(done.error().message));
        return false; // still held: Undo can be tried again
    }
    dismiss();
    emit undone();
    return true;
}

void UndoBar::historyUndid(const QUndoCommand* command, const Status& done)
{
    if (command != m_command)
        return; // an earlier one, from the history: the bar shows the newest only
    if (!done) {
        m_text->setText(tr("Could not bring it back: %1").arg(done.error().message));
        return;
    }
    dismiss();
    emit undone();
}

} // namespace finalist
