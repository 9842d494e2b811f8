#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace finalist {

class AppSettings;

// Preferences ▸ Appearance: the desktop's colours, light or dark, the editor's font size and
// the language its spelling is checked in.
// Kept on this computer, not in the journal.
class AppearancePreferences : public QWidget
{
    Q_OBJECT
public:
    explicit AppearancePreferences(AppSettings& settings, QWidget* parent = nullptr);

    QComboBox* paletteBox() const { return m_palette; }
    QSpinBox* fontSizeBox() const { return m_fontSize; }
    QComboBox* spellingBox() const { return m_spelling; }
    // Stores the choices and applies them to the running app.
    void save();

private:
    AppSettings& m_settings;
    QComboBox* m_palette;
    QSpinBox* m_fontSize;
    QComboBox* m_spelling;
};

} // namespace finalist
