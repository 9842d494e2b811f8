#pragma once

#include "Clock.h"
#include "domain/Enums.h"
#include "domain/Sync.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "services/EverythingSearch.h"
#include "storage/Database.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>

namespace finalist {

class AppSettings;
class BackgroundTask;
class ContactsView;
class HelpWindow;
class OpportunitiesView;
class OutreachView;
class TodayView;
class JournalView;
class LessonsView;
class SyncController;
class NetworkView;
class OpeningAhead;
class WinsView;

// Owns the open database and runs the flows around it: opening (with the error dialog and its
// ways out), switching files, backing up and restoring. MainWindow only asks; Session acts.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(Prompter& prompter, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~Session() override;

    // Opens a database, asking the user what to do while it cannot be opened. False when the
    // user gave up (at start-up: quit) or, with a database already open, kept that one.
    bool open(const QString& path);
    // Starts opening the journal on a thread of its own, for a later open() of the same path
    // to take (at start-up, while the window is built). Another path closes it again.
    void openAhead(const QString& path);

    Database* database() const { return m_database.get(); }
    // The full check that runs once a database is open and the window is up (tests wait on it).
    BackgroundTask* integrityCheck() const { return m_integrity; }
    // Then today's backup, if none was taken yet, also away from the window's thread.
    BackgroundTask* dailyBackup() const { return m_backup; }
    // Sync with the account set up in Preferences, if any (tests wait on it).
    SyncController* sync() const { return m_sync; }
    // Until the check and the backup that follow an opening are done, with their answers.
    void waitForBackgroundWork();
    void attach(MainWindow* window);
    // Remembers the files opened and what was on show in them; none in most tests.
    void setSettings(AppSettings* settings);

public slots:
    void newDatabase();
    void openDatabase();
    void backupNow();
    void restoreBackup();
    // The rejection wizard, on an opportunity or (0) for the user to pick; resumes a kept one.
    void answerRejection(qint64 opportunityId);
    void editPreferences();
    void newOpportunity(const QString& company = {}, Stage stage = Stage::Applied);
    void importInvitation();
    // A file handed over on the command line (a file manager's "Open With"): an invitation
    // (.ics) becomes a round, a contacts file (.vcf, .csv) opens the import preview.
    void importGivenFile(const QString& path);
    static bool isImportable(const QString& path);
    // Ctrl+N: a new item of the kind the section holds (a MainWindow::Section).
    void newItem(int section);
    void searchEverywhere(); // Ctrl+Shift+F
    void showHelp(int section); // F1: the guide's page for the section
    void showShortcuts();
    // A separate journal filled with an invented search, made on first use, to look around in.
    void openDemo();

signals:
    void databaseChanged(const QString& path);
    void message(const QString& text);
    // A short lasting state ("Backed up today") with the longer story behind it.
    void backupStateChanged(const QString& text, const QString& detail);

private:
    bool adopt(std::unique_ptr<Database> database);
    // The one opened ahead when it is that file, else Database::open on this thread.
    Result<std::unique_ptr<Database>> openFile(const QString& path, bool useEmptyFile);
    bool mayLeaveViews(); // saves the views; false when that failed and the user stays
    // Sections are built on first showing (see MainWindow::setSectionBuilder).
    void rebuildViews(); // all afresh: the empty pages back, the section on show built
    void buildSection(MainWindow::Section section);
    void buildToday(Database& database);
    void buildOpportunities(Database& database);
    void buildJournal(Database& database);
    void buildContacts(Database& database);
    void buildNetwork(Database& database);
    void sectionShown(MainWindow::Section section);
    // Each shows its section (built if need be) and returns its view, null without a database.
    JournalView* showJournal();
    ContactsView* contactsView(); // built, not shown
    void openEntry(qint64 id);
    bool openContact(qint64 id); // true once that person is on show in Contacts
    void openOpportunity(qint64 id);
    void openNote(qint64 id);
    void startDailyBackup(); // after the check: a damaged file is not copied
    void dailyBackupWritten(const QString& path, const Status& result);
    void showBackupFailed(const Error& error);
    // In SessionDamage.cpp: the background check's answer, and the ways out of damage it found.
    void startIntegrityCheck();
    void integrityChecked(const QString& path, const Status& result);
    void stopOnDamage(const Error& damage);
    void restoreOverDamage(const std::vector<BackupInfo>& healthyFirst);
    bool canRestore(const Error& error, const QString& path) const;
    void askForNameOnce(); // the first start of a journal: whose name goes under the notes
    // In SessionSync.cpp: what a sync changed, shown; the conflicts it left, offered.
    void syncedChanges(); // a sync changed records: the section on show reads them
    void showSyncConflicts(); // every record waiting for a choice, in one dialog
    void refreshSyncConflicts(); // the status bar's link to them
    void watchSyncConflicts(QWidget* view); // a choice made in a record's pane counts too
    void reloadSettled(SyncKind kind, qint64 localId); // the record on show, as chosen
    void showPreferences(int page); // a PreferencesDialog::Page
    void rememberWhatIsShown(); // the entry, contact, opportunity and network view on show
    void showWhatWasRemembered(); // the same, back, when the database is the one they were in
    void applySpelling(); // the language chosen in Preferences, to the journal's editor
    void connectWindowCommands(); // in SessionCommands.cpp, with the commands themselves
    void openHit(SearchHit::Kind kind, qint64 id);
    HelpWindow* helpWindow();

    Prompter& m_prompter;
    const Clock& m_clock;
    AppSettings* m_settings = nullptr;
    std::unique_ptr<OpeningAhead> m_ahead; // until open() takes it
    std::unique_ptr<Database> m_database;
    MainWindow* m_window = nullptr;
    // The views, owned by the window; null until their section is first built.
    QPointer<JournalView> m_journal;
    QPointer<ContactsView> m_contacts;
    QPointer<OutreachView> m_outreach;
    QPointer<TodayView> m_today;
    QPointer<OpportunitiesView> m_opportunities;
    QPointer<NetworkView> m_network;
    QPointer<WinsView> m_wins;
    QPointer<LessonsView> m_lessons;
    // What each view last read: the database's change count and the day. A section shown again
    // with neither changed has nothing new to read.
    struct ReadMark
    {
        qint64 changes = -1;
        QDate day;
        bool operator==(const ReadMark&) const = default;
    };
    ReadMark readMark() const;
    ReadMark m_readAt[MainWindow::SectionCount];
    bool m_remembered = false; // the settings' last entry, contact… belong to this file
    HelpWindow* m_help = nullptr; // owned by the window, made when first asked for
    // Children: each waits for its running work when destroyed (closing waits for the backup).
    BackgroundTask* m_integrity;
    BackgroundTask* m_backup;
    SyncController* m_sync;
    // What follows an opening, in turn: the whole-file check, then the daily backup if due.
    enum class AfterOpening
    {
        Done,
        CheckScheduled,
        Checking,
        BackingUp
    };
    AfterOpening m_afterOpening = AfterOpening::Done;
    std::optional<QString> m_dailyTarget; // where today's backup goes; none when taken already
};

} // namespace finalist
