#include "Session.h"

#include "journal/JournalView.h"
#include "MainWindow.h"

#include <QFileInfo>

namespace finalist {

Session::Session(Prompter& prompter, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_clock(clock)
{
}

Session::~Session() = default;

void Session::attach(MainWindow* window)
{
    m_window = window;
    connect(window, &MainWindow::newDatabaseRequested, this, &Session::newDatabase);
    connect(window, &MainWindow::openDatabaseRequested, this, &Session::openDatabase);
    connect(window, &MainWindow::backupRequested, this, &Session::backupNow);
    connect(window, &MainWindow::restoreRequested, this, &Session::restoreBackup);
    connect(this, &Session::databaseChanged, window, &MainWindow::showDatabase);
    connect(this, &Session::message, window, &MainWindow::showMessage);
    window->setCloseGuard([this] { return !m_journal || m_journal->flush(); });
    if (m_database)
        window->showDatabase(m_database->path());
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
    if (m_database && m_database->path() == path)
        return true;
    while (true) {
        auto opened = Database::open(path, m_clock);
        if (opened) {
            adopt(std::move(opened).value());
            return true;
        }
        const Error error = opened.error();
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

void Session::adopt(std::unique_ptr<Database> database)
{
    // The new database is open before the old one is let go, so the window always has one;
    // the old views save what they hold before they go.
    if (m_journal)
        m_journal->flush();
    if (m_window) {
        m_journal = new JournalView(*database, m_window);
        m_window->setSectionWidget(MainWindow::Journal, m_journal);
    }
    m_database = std::move(database);
    BackupStore backups(*m_database);
    auto daily = backups.takeDailyIfDue();
    emit databaseChanged(m_database->path());
    if (!daily)
        emit message(tr("Today's automatic backup failed: %1").arg(daily.error().message));
    else if (daily.value())
        emit message(tr("Backed up today's copy into %1").arg(backups.folder()));
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
    auto written = BackupStore(*m_database).snapshot(QStringLiteral("manual"));
    if (!written) {
        m_prompter.tell(tr("Backup failed"), written.error().message);
        return;
    }
    emit message(tr("Backed up to %1").arg(written.value()));
}

void Session::restoreBackup()
{
    if (!m_database)
        return;
    BackupStore backups(*m_database);
    const QString chosen = m_prompter.chooseBackup(backups.list());
    if (chosen.isEmpty())
        return;
    if (m_journal)
        m_journal->flush(); // what was typed goes into the safety backup, not lost
    if (auto restored = backups.restoreFrom(chosen); !restored) {
        m_prompter.tell(tr("Restore failed"), restored.error().message);
        return;
    }
    if (m_journal && m_window) {
        m_journal = new JournalView(*m_database, m_window); // the restored file holds other entries
        m_window->setSectionWidget(MainWindow::Journal, m_journal);
    }
    emit databaseChanged(m_database->path());
    emit message(tr("Restored the backup. The state just before it was backed up too."));
}

} // namespace finalist
