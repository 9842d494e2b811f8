#pragma once

#include "domain/Sync.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace finalist {

class AppSettings;
class BackgroundTask;
class Database;
class InlineMessage;
class SyncController;

namespace sync {
struct DavAccount;
}

// Preferences ▸ Sync: the CardDAV/CalDAV account the journal syncs with (server, user, app
// password), tried with Test Connection, which kinds sync and with which collection (Finalist's
// own, made on the server, or one the user has), how often; Stop Syncing forgets the account.
// The password goes to the system keychain, never into the journal or the settings. The server
// is asked in a thread of its own: the dialog never freezes.
class SyncPreferences : public QWidget
{
    Q_OBJECT
public:
    SyncPreferences(Database& db, SyncController* controller, AppSettings* settings,
                    QWidget* parent = nullptr);
    ~SyncPreferences() override;

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* setUpButton() const { return m_setUp; }
    QPushButton* stopButton() const { return m_stop; }
    QCheckBox* kindBox(SyncKind kind) const;
    QComboBox* collectionBox(SyncKind kind) const;
    QSpinBox* minutesBox() const { return m_minutes; }
    InlineMessage* message() const { return m_message; }
    QLabel* stateLabel() const { return m_state; }
    // From a question to the server until its answer is shown.
    bool isAsking() const { return m_asking; }
    // The interval, kept on this computer.
    void save();

public slots:
    void testConnection();
    void setUp();
    void stopSyncing();

private:
    struct KindRow
    {
        SyncKind kind;
        QCheckBox* box;
        QComboBox* collection;
    };

    void showAccount(); // the account set up, or the form to set one up
    void offerCollections(const sync::DavAccount& account);
    void setBusy(bool busy);
    bool formIsComplete();

    Database& m_db;
    SyncController* m_controller;
    AppSettings* m_settings;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_test;
    QPushButton* m_setUp;
    QPushButton* m_stop;
    std::vector<KindRow> m_kinds;
    QSpinBox* m_minutes;
    QLabel* m_state;
    InlineMessage* m_message;
    BackgroundTask* m_task;
    bool m_asking = false;
};

} // namespace finalist
