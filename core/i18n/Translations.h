#pragma once

class QCoreApplication;

namespace finalist {

// Loads the texts for the user's language into the application: the system language's file
// when Finalist ships one, else English. English is loaded even though the code is written in
// it, because it holds the plural forms ("1 round", "2 rounds") that tr("%n round(s)") needs.
// False when nothing could be loaded (the texts then show as written in the code).
bool installTranslations(QCoreApplication& app);

} // namespace finalist
