#include "ClearButton.h"

#include <QLineEdit>

namespace finalist {

void offerClearButton(QLineEdit* edit)
{
    if (!edit->text().isEmpty()) {
        edit->setClearButtonEnabled(true);
        return;
    }
    // Gone with its first call, and with the field: the connection goes with it.
    auto* waiting = new QObject(edit);
    QObject::connect(edit, &QLineEdit::textChanged, waiting, [edit, waiting] {
        edit->setClearButtonEnabled(true);
        waiting->deleteLater();
    });
}

} // namespace finalist
