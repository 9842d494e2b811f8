#pragma once

class QLineEdit;

namespace finalist {

// Gives a search or name field Qt's clear button once it holds text. The button shows only
// then anyway, and the first one made asks the icon theme for its icon, which reads the theme's
// index (about 4 ms): a section with a search field would pay for it on every start.
void offerClearButton(QLineEdit* edit);

} // namespace finalist
