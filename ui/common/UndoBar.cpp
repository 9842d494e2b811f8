#include "UndoBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace finalist {

UndoBar::UndoBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(tr("Undo"), this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("undo"));
    m_button->setToolTip(tr("Bring it back (Ctrl+Z)"));
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence::Undo);
    shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Ctrl+Z anywhere in the view the bar belongs to, while it offers something; a text field
    // with the focus keeps Ctrl+Z for its own typing.
    (parent ? parent : this)->addAction(shortcut);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &UndoBar::undo);
    connect(shortcut, &QAction::triggered, this, [this] {
        if (isOffering())
            undo();
    });
    hide();
}

void UndoBar::offer(const QString& text, std::function<Status()> undo)
{
    m_text->setText(text);
    m_undo = std::move(undo);
    show();
}

void UndoBar::dismiss()
{
    m_undo = nullptr;
    hide();
}

bool UndoBar::undo()
{
    if (!m_undo)
        return false;
    if (auto done = m_undo(); !done) {
        m_text->setText(tr("Could not bring it back: %1").arg(done.error().message));
        return false; // still held: Undo can be tried again
    }
    dismiss();
    emit undone();
    return true;
}

} // namespace finalist
