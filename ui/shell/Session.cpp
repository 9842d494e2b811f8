#include "Session.h"

#include "contacts/ContactDetail.h"
#include "contacts/ContactFileActions.h"
#include "contacts/ContactsView.h"
#include "DueNotice.h"
#include "journal/EntryEditor.h"
#include "journal/JournalView.h"
#include "journal/SpellChecker.h"
#include "lessons/LessonsView.h"
#include "MainWindow.h"
#include "network/NetworkView.h"
#include "opportunities/OpportunitiesView.h"
#include "opportunities/OpportunityPage.h"
#include "outreach/OutreachView.h"
#include "preferences/PreferencesDialog.h"
#include "RestoreBackupDialog.h"
#include "settings/AppSettings.h"
#include "storage/BackgroundTask.h"
#include "storage/ProfileRepository.h"
#include "templates/TemplateEditor.h"
#include "today/TodayView.h"
#include "wins/WinsView.h"
#include "wizard/WizardLauncher.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimer>

namespace finalist {

Session::Session(Prompter& prompter, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_integrity(new BackgroundTask(this))
    , m_backup(new BackgroundTask(this))
{
    connect(m_integrity, &BackgroundTask::finished, this, &Session::integrityChecked);
    connect(m_backup, &BackgroundTask::finished, this, &Session::dailyBackupWritten);
}

Session::~Session() = default;

void Session::attach(MainWindow* window)
{
    m_window = window;
    connect(window, &MainWindow::newDatabaseRequested, this, &Session::newDatabase);
    connect(window, &MainWindow::openDatabaseRequested, this, &Session::openDatabase);
    connect(window, &MainWindow::backupRequested, this, &Session::backupNow);
    connect(window, &MainWindow::restoreRequested, this, &Session::restoreBackup);
    connect(window, &MainWindow::importContactsRequested, this, [this] {
        // The section runs it, so that Edit ▸ Undo can take the import back.
        if (m_contacts && m_contacts->importContacts())
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
    connect(this, &Session::databaseChanged, window, &MainWindow::showDatabase);
    connect(this, &Session::message, window, &MainWindow::showMessage);
    connect(this, &Session::backupStateChanged, window, &MainWindow::showBackupState);
    window->setCloseGuard([this] {
        const bool opportunitySaved = !m_opportunities || m_opportunities->flush();
        const bool saved = (!m_journal || m_journal->flush()) && opportunitySaved;
        rememberWhatIsShown();
        return saved;
    });
    if (m_database) {
        buildViews(*m_database);
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
        DatabaseOptions options;
        options.useEmptyFile = path == agreedEmptyFile;
        // The whole file is checked in the background once the window is up (SessionDamage).
        options.checkWholeFile = false;
        auto opened = Database::open(path, m_clock, options);
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
    buildViews(*database);
    m_database = std::move(database);
    emit databaseChanged(m_database->path());
    if (!m_database->staleLockNotice().isEmpty())
        emit message(m_database->staleLockNotice()); // a lock left by a crash, replaced
    if (m_window)
        m_window->setAboutDetails(tr("<p>Database: %1<br>Schema version %2</p>")
                                      .arg(m_database->path().toHtmlEscaped())
                                      .arg(m_database->schemaVersion()));
    showWhatWasRemembered();
    applySpelling();
    if (m_settings)
        m_settings->noteOpened(m_database->path());
    // Asked once the window is up, not in the middle of opening.
    QTimer::singleShot(0, this, &Session::askForNameOnce);
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
    QTimer::singleShot(0, this, [this] {
        if (m_afterOpening == AfterOpening::CheckScheduled)
            startIntegrityCheck();
    });
    return true;
}

void Session::setSettings(AppSettings* settings)
{
    m_settings = settings;
    connect(settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::SpellLanguage)
            applySpelling();
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
    if (auto* network = qobject_cast<NetworkView*>(m_window->sectionWidget(MainWindow::Network)))
        m_settings->setState(QStringLiteral("networkView"), network->saveViewState());
}

void Session::showWhatWasRemembered()
{
    if (!m_settings || !m_window)
        return;
    m_window->restoreLayout();
    // Nothing remembered for this file: the newest entry and the first contact, rather than
    // empty forms beside full lists.
    const auto showSomething = qScopeGuard([this] {
        if (m_journal)
            m_journal->selectFirst();
        if (m_contacts)
            m_contacts->selectFirst();
    });
    if (m_settings->text(AppSettings::LastDatabase) != m_database->path())
        return; // ids from another file would point at other records
    if (const qint64 entry = m_settings->id(AppSettings::LastEntry); entry > 0 && m_journal)
        m_journal->select(entry);
    if (const qint64 contact = m_settings->id(AppSettings::LastContact); contact > 0 && m_contacts)
        m_contacts->select(contact);
    if (m_opportunities) {
        m_opportunities->setBoardMode(!m_settings->flag(AppSettings::OpportunitiesAsList));
        if (const qint64 id = m_settings->id(AppSettings::LastOpportunity); id > 0)
            m_opportunities->showOpportunity(id);
    }
    if (auto* network = qobject_cast<NetworkView*>(m_window->sectionWidget(MainWindow::Network)))
        network->restoreViewState(m_settings->state(QStringLiteral("networkView")));
}

void Session::askForNameOnce()
{
    if (!m_database || !m_window)
        return;
    ProfileRepository profiles(*m_database);
    const Profile profile = profiles.load().value_or(Profile{});
    if (profiles.wasAsked().value_or(true) || !profile.name.trimmed().isEmpty())
        return;
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

void Session::buildViews(Database& database)
{
    if (!m_window)
        return;
    m_today = new TodayView(database, m_window);
    m_window->setSectionWidget(MainWindow::Today, m_today);
    m_opportunities = new OpportunitiesView(database, m_window);
    m_window->setSectionWidget(MainWindow::Opportunities, m_opportunities);
    m_journal = new JournalView(database, m_window);
    m_window->setSectionWidget(MainWindow::Journal, m_journal);
    connect(m_opportunities, &OpportunitiesView::reflectionRequested, this, [this](qint64 id) {
        m_window->showSection(MainWindow::Journal);
        m_journal->newEntryFromOpportunity(id);
    });
    connect(m_opportunities, &OpportunitiesView::answerRejectionRequested, this,
            &Session::answerRejection);
    connect(m_opportunities, &OpportunitiesView::entryRequested, this, [this](qint64 id) {
        m_window->showSection(MainWindow::Journal);
        m_journal->select(id);
    });
    auto* wins = new WinsView(database, m_window);
    m_window->setSectionWidget(MainWindow::Wins, wins);
    connect(wins, &WinsView::answerRejectionRequested, this, &Session::answerRejection);
    auto* lessons = new LessonsView(database, m_window);
    m_window->setSectionWidget(MainWindow::Lessons, lessons);
    m_contacts = new ContactsView(database, m_window);
    m_window->setSectionWidget(MainWindow::Contacts, m_contacts);
    auto* network = new NetworkView(database, m_window);
    m_window->setSectionWidget(MainWindow::Network, network);
    m_outreach = new OutreachView(database, m_window);
    m_window->setSectionWidget(MainWindow::Outreach, m_outreach);
    m_window->setSearchBox(MainWindow::Opportunities, m_opportunities->searchBox());
    m_window->setSearchBox(MainWindow::Journal, m_journal->searchBox());
    m_window->setSearchBox(MainWindow::Contacts, m_contacts->searchBox());
    m_window->setSearchBox(MainWindow::Outreach, m_outreach->searchEdit());
    connect(m_outreach, &OutreachView::answerRejectionRequested, m_window,
            &MainWindow::answerRejectionRequested);
    connect(m_outreach, &OutreachView::templatesRequested, m_window, [this, &database] {
        TemplateEditor editor(database, m_window);
        editor.exec();
    });

    // What is due, said once on opening: in the tray where there is one, else the status bar.
    if (const QString due = DueNotice::notify(database, m_window); !due.isEmpty())
        emit message(due);
    // Today opens what a follow-up is about, and plans a check-in through the wizard.
    connect(m_today, &TodayView::answerRejectionRequested, this, &Session::answerRejection);
    // The process just finished was lost at the end: it starts as a runner-up, not as applied.
    connect(m_today, &TodayView::recordProcessRequested, this,
            [this] { newOpportunity({}, Stage::RunnerUp); });
    connect(m_today, &TodayView::importContactsRequested, m_window,
            &MainWindow::importContactsRequested);
    connect(m_today, &TodayView::demoRequested, this, &Session::openDemo);
    connect(m_today, &TodayView::preferencesRequested, this,
            [this] { showPreferences(PreferencesDialog::OutreachPage); });
    connect(m_today, &TodayView::contactRequested, this, [this](qint64 id) {
        m_window->showSection(MainWindow::Contacts);
        m_contacts->select(id);
    });
    const auto openNote = [this](qint64 id) {
        m_window->showSection(MainWindow::Outreach);
        m_outreach->selectNote(id);
    };
    connect(m_today, &TodayView::noteRequested, this, openNote);
    connect(m_opportunities, &OpportunitiesView::noteRequested, this, openNote);
    const auto newAtCompany = [this](const QString& company) { newOpportunity(company); };
    connect(m_contacts->detail(), &ContactDetail::newOpportunityRequested, this, newAtCompany);
    connect(m_today, &TodayView::entryRequested, this, [this](qint64 id) {
        m_window->showSection(MainWindow::Journal);
        m_journal->select(id);
    });
    // The same person stays selected in the table and the graph.
    connect(network, &NetworkView::contactSelected, m_contacts, &ContactsView::select);
    connect(m_contacts->detail(), &ContactDetail::shown, network, &NetworkView::selectContact);
    // The network opens what is double-clicked, and does a person's quick actions where the
    // Contacts section does them (only once that person is really on show there).
    const auto showContact = [this](qint64 id) {
        m_window->showSection(MainWindow::Contacts);
        m_contacts->select(id);
        return m_contacts->detail()->contactId() == id;
    };
    connect(network, &NetworkView::contactRequested, this, showContact);
    connect(network, &NetworkView::opportunityRequested, this, [this](qint64 id) {
        m_window->showSection(MainWindow::Opportunities);
        m_opportunities->showOpportunity(id);
    });
    connect(network, &NetworkView::newOpportunityRequested, this, newAtCompany);
    connect(network, &NetworkView::draftNoteRequested, this, [this, showContact](qint64 id) {
        if (showContact(id))
            m_contacts->detail()->draftNote();
    });
    connect(network, &NetworkView::thankYouSentRequested, this, [this, showContact](qint64 id) {
        if (showContact(id))
            m_contacts->detail()->markThankYouSent();
    });
    // A lesson opens the entry it came from.
    connect(lessons, &LessonsView::entryRequested, m_window, [this](qint64 entryId) {
        m_window->showSection(MainWindow::Journal);
        m_journal->select(entryId);
    });
    // Sections read what other sections wrote when they are shown again.
    // Tied to this set of views (Today stands for all of them): when another database brings
    // new views, this connection goes with the old ones instead of calling into them.
    connect(m_window, &MainWindow::sectionShown, m_today,
            [wins, lessons, network, this](MainWindow::Section section) {
                if (section == MainWindow::Today)
                    m_today->reload();
                else if (section == MainWindow::Opportunities)
                    m_opportunities->reload();
                else if (section == MainWindow::Journal)
                    m_journal->refreshOpportunities();
                else if (section == MainWindow::Wins)
                    wins->reload();
                else if (section == MainWindow::Lessons)
                    lessons->reload();
                else if (section == MainWindow::Contacts)
                    m_contacts->reload();
                else if (section == MainWindow::Outreach)
                    m_outreach->reload();
                else if (section == MainWindow::Network && !network->isLayingOut())
                    network->reload();
            });
}

void Session::editPreferences()
{
    showPreferences(PreferencesDialog::YouPage);
}

void Session::showPreferences(int page)
{
    if (!m_database)
        return;
    PreferencesDialog dialog(*m_database, m_window, m_settings);
    dialog.showPage(static_cast<PreferencesDialog::Page>(page));
    if (dialog.exec() == QDialog::Accepted && m_today)
        m_today->reload();
}

void Session::newOpportunity(const QString& company, Stage stage)
{
    if (!m_opportunities)
        return;
    m_window->showSection(MainWindow::Opportunities);
    m_opportunities->newOpportunity(company, stage);
}

void Session::importInvitation()
{
    if (!m_opportunities)
        return;
    m_window->showSection(MainWindow::Opportunities);
    m_opportunities->importInvitation();
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

void Session::startDailyBackup()
{
    if (!m_database || !m_dailyTarget) {
        m_afterOpening = AfterOpening::Done;
        return;
    }
    m_afterOpening = AfterOpening::BackingUp;
    const QString path = m_database->path();
    const QString target = *std::exchange(m_dailyTarget, std::nullopt);
    m_backup->start(path, [path, target] { return BackupStore::writeSnapshot(path, target); });
}

void Session::dailyBackupWritten(const QString& path, const Status& result)
{
    if (!m_database || m_database->path() != path)
        return; // a backup of a file no longer open: its own next opening rotates
    m_afterOpening = AfterOpening::Done;
    if (!result) {
        showBackupFailed(result.error());
        return;
    }
    BackupStore backups(*m_database);
    backups.rotateByPolicy();
    // Success needs no passing message: the lasting label says it, its tooltip says where.
    emit backupStateChanged(tr("Backed up today"),
                            tr("Backups are kept in %1").arg(backups.folder()));
}

void Session::showBackupFailed(const Error& error)
{
    emit backupStateChanged(tr("Not backed up today"), error.message);
    emit message(tr("Today's automatic backup failed: %1").arg(error.message));
}

void Session::waitForBackgroundWork()
{
    while (m_afterOpening != AfterOpening::Done) {
        if (m_afterOpening == AfterOpening::CheckScheduled)
            startIntegrityCheck();
        m_integrity->waitForDone();
        m_backup->waitForDone();
        // Their answers are queued to this thread; each may start the next step.
        QCoreApplication::sendPostedEvents(m_integrity, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(m_backup, QEvent::MetaCall);
    }
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

void Session::backupNow()
{
    if (!m_database)
        return;
    BackupStore backups(*m_database);
    auto written = backups.snapshot(QStringLiteral("manual"));
    if (!written) {
        m_prompter.tell(tr("Backup failed"), written.error().message);
        return;
    }
    emit backupStateChanged(tr("Backed up today"),
                            tr("Backups are kept in %1").arg(backups.folder()));
    emit message(tr("Backed up to %1").arg(written.value()));
}

void Session::restoreBackup()
{
    if (!m_database)
        return;
    BackupStore backups(*m_database);
    const std::vector<BackupInfo> list = backups.list();
    const QString chosen = m_prompter.chooseBackup(list);
    if (chosen.isEmpty())
        return;
    const auto info = std::find_if(list.begin(), list.end(),
                                   [&](const BackupInfo& b) { return b.path == chosen; });
    const QString which
        = info != list.end() ? RestoreBackupDialog::takenAt(*info) : QFileInfo(chosen).fileName();
    if (!m_prompter.confirm(tr("Restore from Backup"),
                            tr("Replace everything in “%1” with the backup from %2?\n\nWhat it "
                               "holds now is backed up first, so you can come back to it.")
                                .arg(QFileInfo(m_database->path()).fileName(), which),
                            tr("Restore")))
        return;
    if (!mayLeaveViews()) // what was typed goes into the safety backup, not lost
        return;
    // A reader of its own must not be left on the file while it is replaced.
    waitForBackgroundWork();
    if (m_database->writingStopped())
        return; // the check found damage meanwhile, and its own choices were offered
    if (auto restored = backups.restoreFrom(chosen); !restored) {
        m_prompter.tell(tr("Restore failed"), restored.error().message);
        return;
    }
    buildViews(*m_database); // the restored file holds other entries
    emit databaseChanged(m_database->path());
    emit message(tr("Restored the backup. The state just before it was backed up too."));
}

} // namespace finalist
