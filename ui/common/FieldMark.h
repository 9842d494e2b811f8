#pragma once

class QWidget;

namespace finalist {

// A field the store refused: a red frame that stays until the field is edited again, and the
// focus on it, so the user sees which one the message means.
void markRefused(QWidget* field);
void clearMark(QWidget* field);

} // namespace finalist
