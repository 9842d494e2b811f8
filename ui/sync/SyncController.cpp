#include "SyncController.h"

#include "credentials/PasswordStore.h"
#include "engine/SyncRun.h"
#include "settings/AppSettings.h"
#include "storage/BackgroundTask.h"
#include "storage/Database.h"
#include "storage/SyncState.h"

#include <memory>
#include <QLocale>
#include <QTime>

namespace finalist {

namespace {

// What one sync in the thread found, handed back to the window's thread.
struct Outcome
{
    sync::SyncReport report;
};

} // namespace

SyncController::SyncController(QObject* parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    setIntervalMinutes(15); // until the settings say otherwise
}

SyncController::~SyncController() = default;

void SyncController::stopAndWait()
{
    if (m_stop)
        *m_stop = true;
    m_task->waitForDone();
}

void SyncController::setDatabase(Database* database)
{
    stopAndWait(); // a sync of the journal being closed stops first
    m_running = false;
    m_database = database;
    m_state.clear();
    if (!hasAccount()) {
        setState(QString(), QString());
        return;
    }
    // Soon after the window is up, not before: opening stays as fast without an account.
    QTimer::singleShot(3000, this, &SyncController::syncNow);
}

void SyncController::setIntervalMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::minutes(minutes));
}

bool SyncController::hasAccount() const
{
    if (!m_database)
        return false;
    auto account = SyncState(*m_database).account();
    return account && account.value().has_value();
}

void SyncController::accountChanged()
{
    if (!hasAccount()) {
        setState(QString(), QString());
        return;
    }
    syncNow();
}

bool SyncController::syncNow()
{
    if (!hasAccount() || isRunning() || m_database->writingStopped())
        return false;
    const QString path = m_database->path();
    const QString given = m_password;
    const QString region = AppSettings().text(AppSettings::PhoneRegion);
    auto outcome = std::make_shared<Outcome>();
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    m_running = true;
    setState(tr("Syncing…"), QString());
    // Told from the sync's thread; shown by this one (dropped if the controller is gone).
    const auto progress = [this](const sync::SyncProgress& now) {
        QMetaObject::invokeMethod(
            this, [this, now] { showProgress(now); }, Qt::QueuedConnection);
    };
    m_task->start(
        path,
        [path, given, region, outcome, progress, stop]() -> Status {
            DatabaseOptions options;
            options.besideHolder = true;
            options.checkWholeFile = false;
            auto db = Database::open(path, Clock::system(), options);
            if (!db)
                return db.error();
            auto account = SyncState(*db.value()).account();
            if (!account)
                return account.error();
            if (!account.value())
                return {}; // stopped meanwhile
            sync::SyncRunOptions run;
            run.password = given;
            if (run.password.isEmpty()) {
                auto kept = sync::PasswordStore::read(account.value()->serverUrl,
                                                      account.value()->userName);
                if (!kept) {
                    Error asked = kept.error();
                    asked.detail = asked.message + QLatin1Char(' ') + asked.detail;
                    asked.message = tr("The password is needed again: enter it in Preferences ▸ "
                                       "Sync and choose Set Up Again.");
                    return asked;
                }
                run.password = kept.value();
            }
            run.phoneRegion = region;
            run.progress = progress;
            run.stopRequested = [stop] { return stop->load(); };
            auto done = sync::syncNow(*db.value(), run);
            if (!done)
                return done.error();
            outcome->report = done.value();
            return {};
        },
        [this, outcome](const Status& result) {
            const sync::SyncReport& r = outcome->report;
            syncDone(result, r.added + r.updated + r.removed + r.keptEdited + r.conflicts,
                     r.summary());
        });
    return true;
}

void SyncController::syncDone(const Status& result, int changes, const QString& summary)
{
    m_running = false;
    if (!result && result.error().code == Error::Code::Cancelled)
        return; // stopped for a closing journal: nothing to say about it
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (changes > 0 && m_database) {
        m_database->noteChangedElsewhere();
        emit recordsChanged();
    }
    if (result)
        setState(tr("Synced at %1: %2").arg(at, summary), QString());
    else
        setState(tr("Sync stopped at %1: %2").arg(at, result.error().message),
                 result.error().detail);
    emit finished(result.ok());
}

void SyncController::showProgress(const sync::SyncProgress& now)
{
    if (!m_running)
        return; // a late word from a sync already answered
    QString what;
    switch (now.kind) {
    case SyncKind::Contacts:
        what = tr("contacts");
        break;
    case SyncKind::FollowUps:
        what = tr("follow-ups");
        break;
    case SyncKind::Journal:
        what = tr("journal entries");
        break;
    }
    const QLocale locale;
    if (now.total <= 0)
        setState(tr("Syncing %1…").arg(what), QString());
    else if (now.sending)
        setState(tr("Syncing %1: %2 of %3 sent")
                     .arg(what, locale.toString(now.done), locale.toString(now.total)),
                 QString());
    else
        setState(tr("Syncing %1: %2 of %3 received")
                     .arg(what, locale.toString(now.done), locale.toString(now.total)),
                 QString());
}

void SyncController::setState(const QString& text, const QString& detail)
{
    m_state = text;
    emit stateChanged(text, detail);
}

} // namespace finalist
