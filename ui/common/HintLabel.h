#pragma once

#include <QLabel>

namespace finalist {

// A quiet paragraph under a form: what the fields mean, in the placeholder's colour, wrapped.
inline QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace finalist
