#include "InlineMessage.h"

namespace finalist {

InlineMessage::InlineMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    hide();
    // Room for a line even while silent: a message appearing must not move the controls
    // around it from under the pointer.
    reserveLines(1);
}

void InlineMessage::showError(const QString& text)
{
    m_error = true;
    // The same red as the editor's save error; readable on light and dark backgrounds.
    setStyleSheet(QStringLiteral("color: #c62828;"));
    setText(text);
    show();
}

void InlineMessage::showInfo(const QString& text)
{
    m_error = false;
    setStyleSheet({});
    setForegroundRole(QPalette::PlaceholderText);
    setText(text);
    show();
}

void InlineMessage::reserveLines(int lines)
{
    setMinimumHeight(fontMetrics().lineSpacing() * lines + contentsMargins().top()
                     + contentsMargins().bottom());
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
}

void InlineMessage::clearMessage()
{
    m_error = false;
    clear();
    hide();
}

} // namespace finalist
