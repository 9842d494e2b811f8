#include "FieldMark.h"

#include <QWidget>

namespace finalist {

void markRefused(QWidget* field)
{
    field->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
    field->setFocus(Qt::OtherFocusReason);
}

void clearMark(QWidget* field)
{
    field->setStyleSheet({});
}

} // namespace finalist
