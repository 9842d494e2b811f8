#pragma once

#include <QString>

namespace finalist {

class AppSettings;

// Preferences ▸ Appearance, applied to the running app: the palette (the desktop's, light or
// dark) and the journal editor's font size.
namespace appearance {

inline const QString kSystem = QStringLiteral("system");
inline const QString kLight = QStringLiteral("light");
inline const QString kDark = QStringLiteral("dark");

// The palette for the mode; "system" puts back the one the app started with.
void applyPalette(const QString& mode);
// The editor's font in points; 0 is the desktop's size.
void applyEditorFontSize(int points);
// Both, as the settings hold them (at start and after the dialog).
void apply(const AppSettings& settings);

} // namespace appearance

} // namespace finalist
