#include "Session.h"

#include "common/AfterFirstPaint.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactFileActions.h"
#include "contacts/ContactsView.h"
#include "DueNotice.h"
#include "journal/EntryEditor.h"
#include "journal/JournalView.h"
#include "journal/SpellChecker.h"
#include "MainWindow.h"
#include "network/NetworkView.h"
#include "opportunities/OpportunitiesView.h"
#include "opportunities/OpportunityPage.h"
#include "outreach/OutreachView.h"
#include "preferences/PreferencesDialog.h"
#include "settings/AppSettings.h"
#include "storage/BackgroundTask.h"
#include "storage/ContactRepository.h"
#include "storage/OpeningAhead.h"
#include "storage/OpportunityRepository.h"
#include "storage/ProfileRepository.h"
#include "sync/SyncController.h"
#include "today/RadarPanel.h"
#include "today/TodayView.h"
#include "wizard/WizardLauncher.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

namespace finalist {

namespace {
constexpr int kCheckAfterOpeningMs = 1500;
constexpr int kAskAgainAfterMs = 250; // while another dialog holds the window

// How the window opens a file: the whole file is checked in the background once the window is
// up (SessionDamage), and an empty file becomes a journal only once the user agreed.
DatabaseOptions windowOpening(bool useEmptyFile)
{
    DatabaseOptions options;
    options.useEmptyFile = useEmptyFile;
    options.checkWholeFile = false;
    return options;
}

// What the section shown first reads before anything else, read on the opening thread into the
// database's shared reads: the list of processes that five sections offer, or Today's radar.
std::function<void(Database&)> readAheadFor(int section)
{
    switch (section) {
    case MainWindow::Today:
        return [](Database& db) { RadarPanel::readFirstRows(db); };
    case MainWindow::Journal:
    case MainWindow::Wins:
    case MainWindow::Contacts:
    case MainWindow::Network:
    case MainWindow::Outreach:
        return [](Database& db) { OpportunityRepository(db).choices(); };
    default:
        return {};
    }
}

} // namespace

Session::Session(Prompter& prompter, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_integrity(new BackgroundTask(this))
    , m_backup(new BackgroundTask(this))
    , m_sync(new SyncController(this))
{
    connect(m_sync, &SyncController::recordsChanged, this, &Session::syncedChanges);
    connect(m_sync, &SyncController::finished, this, &Session::refreshSyncConflicts);
    connect(m_integrity, &BackgroundTask::finished, this, &Session::integrityChecked);
    connect(m_backup, &BackgroundTask::finished, this, &Session::dailyBackupWritten);
}

Session::~Session()
{
    m_sync->stopAndWait(); // its connection goes before the file's lock
}

void Session::attach(MainWindow* window)
{
    m_window = window;
    connect(window, &MainWindow::newDatabaseRequested, this, &Session::newDatabase);
    connect(window, &MainWindow::openDatabaseRequested, this, &Session::openDatabase);
    connect(window, &MainWindow::backupRequested, this, &Session::backupNow);
    connect(window, &MainWindow::restoreRequested, this, &Session::restoreBackup);
    connect(window, &MainWindow::importContactsRequested, this, [this] {
        // The section runs it, so that Edit ▸ Undo can take the import back.
        if (ContactsView* contacts = contactsView(); contacts && contacts->importContacts())
            m_window->showSection(MainWindow::Contacts);
    });
    connect(window, &MainWindow::exportContactsRequested, this, [this] {
        if (m_database)
            ContactFileActions::exportContacts(*m_database, m_window);
    });
    connect(window, &MainWindow::undoImportRequested, this, [this] {
        if (m_database && ContactFileActions::undoImport(*m_database, m_window) && m_contacts)
            m_contacts->reload();
    });
    connect(window, &MainWindow::answerRejectionRequested, this, [this] {
        // From a process's page the answer is to that process; elsewhere the user picks.
        const bool onPage = m_opportunities
            && m_window->currentSection() == MainWindow::Opportunities
            && m_opportunities->isShowingPage();
        answerRejection(onPage ? m_opportunities->page()->opportunityId() : 0);
    });
    connect(window, &MainWindow::newOpportunityRequested, this, [this] { newOpportunity(); });
    connect(window, &MainWindow::importInvitationRequested, this, &Session::importInvitation);
    connect(window, &MainWindow::preferencesRequested, this, &Session::editPreferences);
    connect(window, &MainWindow::openRecentRequested, this,
            [this](const QString& path) { open(path); });
    connectWindowCommands();
    window->setSectionBuilder([this](MainWindow::Section section) { buildSection(section); });
    connect(window, &MainWindow::sectionShown, this, &Session::sectionShown);
    connect(this, &Session::databaseChanged, window, &MainWindow::showDatabase);
    connect(this, &Session::message, window, &MainWindow::showMessage);
    connect(this, &Session::backupStateChanged, window, &MainWindow::showBackupState);
    connect(m_sync, &SyncController::stateChanged, window, &MainWindow::showSyncState);
    connect(window, &MainWindow::syncRequested, m_sync, &SyncController::syncNow);
    connect(window, &MainWindow::syncConflictsRequested, this, &Session::showSyncConflicts);
    window->setCloseGuard([this] {
        const bool opportunitySaved = !m_opportunities || m_opportunities->flush();
        const bool saved = (!m_journal || m_journal->flush()) && opportunitySaved;
        rememberWhatIsShown();
        return saved;
    });
    if (m_database) {
        rebuildViews();
        window->showDatabase(m_database->path());
    }
}

bool Session::canRestore(const Error& error, const QString& path) const
{
    const bool damaged = error.code == Error::Code::Corrupted
        || error.code == Error::Code::NotADatabase || error.code == Error::Code::NewerSchema;
    return damaged && !BackupStore::listFor(path).empty();
}

bool Session::open(const QString& requested)
{
    QString path = QFileInfo(requested).absoluteFilePath();
    QString agreedEmptyFile; // the empty file the user agreed to start a journal in
    while (true) {
        // Our own lock would call it "open in another Finalist": say what is true instead.
        if (m_database && m_database->path() == path) {
            emit message(tr("“%1” is already open in this window.").arg(path));
            return true;
        }
        auto opened = openFile(path, path == agreedEmptyFile);
        if (opened)
            return adopt(std::move(opened).value());
        const Error error = opened.error();
        // Two answers only the user can give: whether an empty file may become a journal, and
        // whether another computer's lock may be broken (its warning is in the message).
        if (error.code == Error::Code::EmptyFile
            && m_prompter.confirm(tr("Start a new journal in this file?"), error.message,
                                  tr("Use This File"))) {
            agreedEmptyFile = path;
            continue;
        }
        if (error.code == Error::Code::LockedElsewhere
            && m_prompter.confirm(tr("Break the lock?"), error.message, tr("Break the Lock"))) {
            if (auto broken = Database::breakLock(path); !broken)
                m_prompter.tell(tr("The lock stays"), broken.error().message);
            continue;
        }
        using Choice = DatabaseErrorDialog::Choice;
        const Choice choice
            = m_prompter.askAboutError(error, canRestore(error, path), m_database != nullptr);
        QString next;
        switch (choice) {
        case Choice::Dismiss:
            return false;
        case Choice::OpenAnother:
            next = m_prompter.chooseDatabaseToOpen();
            break;
        case Choice::CreateNew:
            next = m_prompter.chooseNewDatabase();
            break;
        case Choice::RestoreBackup: {
            const QString backup = m_prompter.chooseBackup(BackupStore::listFor(path));
            if (backup.isEmpty())
                break;
            if (auto restored = BackupStore::restoreOverUnopenable(path, backup, m_clock);
                !restored)
                m_prompter.tell(tr("Restore failed"), restored.error().message);
            break; // try the same path again, now restored
        }
        }
        if (!next.isEmpty())
            path = QFileInfo(next).absoluteFilePath();
    }
}

void Session::openAhead(const QString& path)
{
    m_ahead.reset(); // one opened ahead before lets its lock go first
    const int section = m_settings ? m_settings->number(AppSettings::LastSection) : 0;
    m_ahead = std::make_unique<OpeningAhead>(QFileInfo(path).absoluteFilePath(), m_clock,
                                             windowOpening(false), readAheadFor(section));
}

Result<std::unique_ptr<Database>> Session::openFile(const QString& path, bool useEmptyFile)
{
    if (m_ahead && m_ahead->path() == path && !useEmptyFile) {
        auto opened = m_ahead->take();
        m_ahead.reset();
        return opened;
    }
    m_ahead.reset(); // another file: the one opened ahead is closed, its lock let go
    return Database::open(path, m_clock, windowOpening(useEmptyFile));
}

bool Session::adopt(std::unique_ptr<Database> database)
{
    // The new database is open before the old one is let go, so the window always has one.
    // The old views save what they hold and are deleted first: only then is the old file
    // closed and its lock released.
    if (!mayLeaveViews())
        return false; // the new file is closed again, untouched
    if (m_database && m_window) {
        m_window->saveLayout(); // closing the window saves it itself
        rememberWhatIsShown();
    }
    if (m_window)
        m_window->clearSections(); // the old views go while their database is still open
    m_sync->setDatabase(nullptr); // a sync of the old file ends before it is closed
    m_database = std::move(database);
    m_sync->setDatabase(m_database.get());
    if (m_window)
        m_window->setSyncAvailable(m_sync->hasAccount());
    refreshSyncConflicts();
    emit databaseChanged(m_database->path());
    if (!m_database->staleLockNotice().isEmpty())
        emit message(m_database->staleLockNotice()); // a lock left by a crash, replaced
    if (m_window)
        m_window->setAboutDetails(tr("<p>Database: %1<br>Schema version %2</p>")
                                      .arg(m_database->path().toHtmlEscaped())
                                      .arg(m_database->schemaVersion()));
    // What is due, said once on opening: in the tray where there is one, else the status bar.
    if (m_window) {
        if (const QString due = DueNotice::notify(*m_database, m_window); !due.isEmpty())
            emit message(due);
    }
    showWhatWasRemembered();
    if (m_settings)
        m_settings->noteOpened(m_database->path());
    // Asked once the window has been seen, not in the middle of opening nor before its paint.
    if (m_window)
        AfterFirstPaint::run(m_window, this, [this] { askForNameOnce(); });
    // The whole-file check and today's backup read every page: they wait for the window, then
    // run in the background, one after the other.
    BackupStore backups(*m_database);
    auto daily = backups.dailyTargetIfDue();
    m_dailyTarget = daily ? daily.value() : std::nullopt;
    if (!daily)
        showBackupFailed(daily.error());
    else if (m_dailyTarget)
        emit backupStateChanged(tr("Backing up…"),
                                tr("Today's backup is being written to %1").arg(backups.folder()));
    else
        emit backupStateChanged(tr("Backed up today"),
                                tr("Backups are kept in %1").arg(backups.folder()));
    m_afterOpening = AfterOpening::CheckScheduled;
    // A moment after the window is painted, so that it has the machine to itself meanwhile.
    QTimer::singleShot(kCheckAfterOpeningMs, this, [this] {
        if (m_afterOpening == AfterOpening::CheckScheduled)
            startIntegrityCheck();
    });
    return true;
}

void Session::setSettings(AppSettings* settings)
{
    m_settings = settings;
    m_sync->setIntervalMinutes(settings->number(AppSettings::SyncMinutes));
    connect(settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::SpellLanguage)
            applySpelling();
        if (key == AppSettings::SyncMinutes)
            m_sync->setIntervalMinutes(m_settings->number(AppSettings::SyncMinutes));
    });
}

void Session::applySpelling()
{
    if (m_journal && m_settings)
        m_journal->editor()->setSpellLanguage(
            SpellChecker::languageForChoice(m_settings->text(AppSettings::SpellLanguage)));
}

void Session::rememberWhatIsShown()
{
    if (!m_settings || !m_database || !m_window)
        return;
    if (m_settings->text(AppSettings::LastDatabase) != m_database->path())
        return; // what is on show belongs to another file than the one remembered
    if (m_journal)
        m_settings->set(AppSettings::LastEntry, m_journal->editor()->entryId());
    if (m_contacts)
        m_settings->set(AppSettings::LastContact, m_contacts->detail()->contactId());
    if (m_opportunities) {
        m_settings->set(AppSettings::LastOpportunity,
                        m_opportunities->isShowingPage() ? m_opportunities->page()->opportunityId()
                                                         : qint64(0));
        m_settings->set(AppSettings::OpportunitiesAsList, !m_opportunities->isBoardMode());
    }
    if (m_network)
        m_settings->setState(QStringLiteral("networkView"), m_network->saveViewState());
}

void Session::showWhatWasRemembered()
{
    // Ids kept for another file would point at other records; each view picks up what was on
    // show in it as it is built (buildSection), this one at once.
    m_remembered = m_settings && m_settings->text(AppSettings::LastDatabase) == m_database->path();
    if (m_settings && m_window)
        m_window->restoreLayout(); // shows the section last on show
    if (m_window)
        m_window->sectionWidget(m_window->currentSection());
}

void Session::askForNameOnce()
{
    if (!m_database || !m_window)
        return;
    ProfileRepository profiles(*m_database);
    const Profile profile = profiles.load().value_or(Profile{});
    if (profiles.wasAsked().value_or(true) || !profile.name.trimmed().isEmpty())
        return;
    // Another question already on screen (the preview of a file handed over at start) is
    // answered first: this one waits for it to close instead of stacking on top of it.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(kAskAgainAfterMs, this, &Session::askForNameOnce);
        return;
    }
    const auto name = m_prompter.askName();
    if (!name || name->trimmed().isEmpty()) {
        profiles.markAsked(); // skipped: not asked again; Preferences ▸ You has it
        return;
    }
    Profile named = profile;
    named.name = *name;
    if (auto saved = profiles.save(named); !saved)
        emit message(saved.error().message);
}

bool Session::mayLeaveViews()
{
    const bool contactsSaved = !m_contacts || m_contacts->flush();
    const bool notesSaved = !m_outreach || m_outreach->flush();
    const bool opportunitySaved = !m_opportunities || m_opportunities->flush();
    if ((!m_journal || m_journal->flush()) && contactsSaved && notesSaved && opportunitySaved)
        return true;
    return m_prompter.confirm(tr("Not saved"),
                              tr("Some of your text could not be saved yet. Go on anyway and "
                                 "lose it?"),
                              tr("Go On Anyway"));
}

void Session::editPreferences()
{
    showPreferences(PreferencesDialog::YouPage);
}

void Session::showPreferences(int page)
{
    if (!m_database)
        return;
    PreferencesDialog dialog(*m_database, m_window, m_settings, m_sync);
    dialog.showPage(static_cast<PreferencesDialog::Page>(page));
    if (dialog.exec() == QDialog::Accepted && m_today)
        m_today->reload();
    if (m_window)
        m_window->setSyncAvailable(m_sync->hasAccount());
    refreshSyncConflicts(); // stopping the sync forgets them
}

void Session::newOpportunity(const QString& company, Stage stage)
{
    if (!m_window)
        return;
    m_window->showSection(MainWindow::Opportunities);
    if (m_opportunities)
        m_opportunities->newOpportunity(company, stage);
}

void Session::importInvitation()
{
    if (!m_window)
        return;
    m_window->showSection(MainWindow::Opportunities);
    if (m_opportunities)
        m_opportunities->importInvitation();
}

bool Session::isImportable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("ics") || suffix == QLatin1String("vcf")
        || suffix == QLatin1String("vcard") || suffix == QLatin1String("csv");
}

void Session::importGivenFile(const QString& path)
{
    if (!m_window || !m_database)
        return;
    if (QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) == 0) {
        m_window->showSection(MainWindow::Opportunities);
        if (m_opportunities)
            m_opportunities->importInvitation(path);
        return;
    }
    if (ContactsView* contacts = contactsView(); contacts && contacts->importFile(path))
        m_window->showSection(MainWindow::Contacts);
}

void Session::answerRejection(qint64 opportunityId)
{
    if (!m_database || !WizardLauncher::answerRejection(*m_database, m_window, opportunityId))
        return;
    // Showing a section reloads it; Today reloads when it is shown again.
    if (m_window->currentSection() == MainWindow::Outreach && m_outreach)
        m_outreach->reload();
    else
        m_window->showSection(MainWindow::Outreach);
}

void Session::newDatabase()
{
    const QString path = m_prompter.chooseNewDatabase();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        m_prompter.tell(tr("New database"),
                        tr("“%1” already exists. Choose a new name, or open it "
                           "with File → Open Database.")
                            .arg(path));
        return;
    }
    open(path);
}

void Session::openDatabase()
{
    const QString path = m_prompter.chooseDatabaseToOpen();
    if (!path.isEmpty())
        open(path);
}

} // namespace finalist
