#pragma once

#include <QStringList>

class QCoreApplication;

namespace finalist {

// Loads the texts for the user's language into the application: the chosen language's file
// (Preferences ▸ Language; empty means the system's) when Finalist ships one, else English.
// English is loaded even though the code is written in it, because it holds the plural forms
// ("1 round", "2 rounds") that tr("%n round(s)") needs. Qt's own texts (the buttons of
// standard dialogs) follow when Qt ships them. False when nothing could be loaded (the texts
// then show as written in the code).
bool installTranslations(QCoreApplication& app, const QString& language = {});

// The languages Finalist ships texts for, as codes ("en", "de"), English first.
QStringList shippedLanguages();

// A text as a shipped language writes it, whatever language is in use: for content that must
// be recognised in every language (an unedited built-in template). English is the source
// text; a language without this text gives the source too.
QString translatedIn(const QString& language, const char* context, const char* source);

} // namespace finalist
