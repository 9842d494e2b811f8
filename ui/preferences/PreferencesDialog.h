#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace finalist {

class AppSettings;
class AppearancePreferences;
class LanguagePreferences;
class Database;
class DataPreferences;
class InlineMessage;
class SyncController;
class SyncPreferences;

// File ▸ Preferences…. Kept in the database, so they travel with it:
// - You: the name and signature under every note, how to reach you, the name on the report;
// - Outreach: the target, notes per work day (2 to 4 unless changed), from today on;
// - Data: the file, its backups and how many are kept;
// - Sync: the CardDAV/CalDAV account (its password in the system keychain).
// Kept on this computer (shown when the dialog is given the app's settings):
// - Appearance: colours and the editor's text size.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        YouPage,
        OutreachPage,
        DataPage,
        AppearancePage,
        LanguagePage,
        SyncPage
    };

    explicit PreferencesDialog(Database& db, QWidget* parent = nullptr,
                               AppSettings* settings = nullptr, SyncController* sync = nullptr);

    void showPage(Page page);
    QTabWidget* pages() const { return m_pages; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* signatureEdit() const { return m_signature; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* linkedInEdit() const { return m_linkedIn; }
    QLineEdit* reportNameEdit() const { return m_reportName; }
    QSpinBox* minimumBox() const { return m_min; }
    QSpinBox* maximumBox() const { return m_max; }
    InlineMessage* message() const { return m_message; }
    DataPreferences* dataPage() const { return m_data; }
    AppearancePreferences* appearancePage() const { return m_appearance; } // null without settings
    LanguagePreferences* languagePage() const { return m_language; } // null without settings
    SyncPreferences* syncPage() const { return m_sync; }
    // Saves every page; false, with the reason shown and nothing written, when a value is wrong.
    bool save();

private:
    QWidget* buildYou();
    QWidget* buildOutreach();

    Database& m_db;
    QTabWidget* m_pages;
    QLineEdit* m_name;
    QPlainTextEdit* m_signature;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_linkedIn;
    QLineEdit* m_reportName;
    QSpinBox* m_min;
    QSpinBox* m_max;
    InlineMessage* m_message;
    DataPreferences* m_data;
    AppearancePreferences* m_appearance = nullptr;
    LanguagePreferences* m_language = nullptr;
    SyncPreferences* m_sync;
};

} // namespace finalist
