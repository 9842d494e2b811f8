#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace finalist {

class AppSettings;

// Preferences ▸ Language: the language of Finalist's own texts, the system's unless chosen, and
// the country a phone number typed without its code belongs to (for vCard's tel: addresses).
// Texts are loaded at start, so a change takes effect the next time Finalist opens, and the
// page says so rather than leaving half the window in each language.
class LanguagePreferences : public QWidget
{
    Q_OBJECT
public:
    explicit LanguagePreferences(AppSettings& settings, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* phoneRegionBox() const { return m_phoneRegion; }
    QLabel* restartNote() const { return m_note; }
    void save();

private:
    AppSettings& m_settings;
    QComboBox* m_language;
    QComboBox* m_phoneRegion;
    QLabel* m_note;
    QString m_started; // what the running app was started with
};

} // namespace finalist
