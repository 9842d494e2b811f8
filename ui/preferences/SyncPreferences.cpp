#include "SyncPreferences.h"

#include "common/HintLabel.h"
#include "common/InlineMessage.h"
#include "credentials/PasswordStore.h"
#include "engine/SyncSetup.h"
#include "settings/AppSettings.h"
#include "storage/BackgroundTask.h"
#include "storage/Database.h"
#include "storage/SyncState.h"
#include "sync/SyncController.h"

#include <memory>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString kindLabel(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Contacts:
        return SyncPreferences::tr("&Contacts");
    case SyncKind::FollowUps:
        return SyncPreferences::tr("&Follow-ups, as tasks");
    case SyncKind::Journal:
        return SyncPreferences::tr("&Journal entries");
    }
    return {};
}

// What the server answered, carried back from its thread.
struct Found
{
    std::optional<sync::DavAccount> account;
    QStringList created;
    QString keychainProblem;
};

} // namespace

SyncPreferences::SyncPreferences(Database& db, SyncController* controller, AppSettings* settings,
                                 QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_controller(controller)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_setUp(new QPushButton(tr("Set &Up Sync"), this))
    , m_stop(new QPushButton(tr("&Stop Syncing…"), this))
    , m_minutes(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_task(new BackgroundTask(this))
{
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(tr("https://cloud.example.com/"));
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("An app password, where your provider offers them"));
    m_test->setObjectName(QStringLiteral("syncTest"));
    m_setUp->setObjectName(QStringLiteral("syncSetUp"));
    m_stop->setObjectName(QStringLiteral("syncStop"));
    m_state->setObjectName(QStringLiteral("syncAccountState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Ser&ver"), m_server);
    form->addRow(tr("U&ser name"), m_user);
    form->addRow(tr("&Password"), m_password);

    auto* kinds = new QGridLayout;
    for (SyncKind kind : { SyncKind::Contacts, SyncKind::FollowUps, SyncKind::Journal }) {
        auto* box = new QCheckBox(kindLabel(kind), this);
        box->setObjectName(QStringLiteral("syncKind_") + syncKindKey(kind));
        auto* collection = new QComboBox(this);
        collection->setObjectName(QStringLiteral("syncCollection_") + syncKindKey(kind));
        collection->addItem(tr("“%1” (Finalist's own)").arg(sync::ownCollectionName(kind)),
                            QString());
        collection->setToolTip(tr("Finalist's own collection is made on the server if it is "
                                  "not there yet; Test Connection lists the others you have."));
        collection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        collection->setMinimumContentsLength(18);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, collection, &QWidget::setEnabled);
        const int row = kinds->rowCount();
        kinds->addWidget(box, row, 0);
        kinds->addWidget(collection, row, 1);
        m_kinds.push_back({ kind, box, collection });
    }
    kinds->setColumnStretch(1, 1);

    m_minutes->setObjectName(QStringLiteral("syncMinutes"));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setSpecialValueText(tr("only when asked"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(settings ? settings->number(AppSettings::SyncMinutes) : 15);
    m_minutes->setEnabled(settings != nullptr);
    auto* every = new QHBoxLayout;
    every->addWidget(new QLabel(tr("Sync &every"), this));
    every->itemAt(0)->widget()->setProperty("buddyOf", QStringLiteral("syncMinutes"));
    qobject_cast<QLabel*>(every->itemAt(0)->widget())->setBuddy(m_minutes);
    every->addWidget(m_minutes);
    every->addStretch(1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_setUp);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        hintLabel(tr("Sync keeps this journal in step with the contacts and calendar "
                     "server you already use (Nextcloud, Fastmail, iCloud, Radicale…), "
                     "so your phone sees the people you met and your follow-ups. "
                     "Nothing leaves this computer until you set up an account here."),
                  this));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What syncs, and where:"), this));
    layout->addLayout(kinds);
    layout->addLayout(every);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &SyncPreferences::testConnection);
    connect(m_setUp, &QPushButton::clicked, this, &SyncPreferences::setUp);
    connect(m_stop, &QPushButton::clicked, this, &SyncPreferences::stopSyncing);
    if (m_controller)
        connect(m_controller, &SyncController::finished, this, &SyncPreferences::showAccount);
    showAccount();
}

SyncPreferences::~SyncPreferences()
{
    m_task->waitForDone();
}

QCheckBox* SyncPreferences::kindBox(SyncKind kind) const
{
    for (const KindRow& row : m_kinds) {
        if (row.kind == kind)
            return row.box;
    }
    return nullptr;
}

QComboBox* SyncPreferences::collectionBox(SyncKind kind) const
{
    for (const KindRow& row : m_kinds) {
        if (row.kind == kind)
            return row.collection;
    }
    return nullptr;
}

void SyncPreferences::save()
{
    if (m_settings)
        m_settings->set(AppSettings::SyncMinutes, m_minutes->value());
}

void SyncPreferences::showAccount()
{
    auto account = SyncState(m_db).account();
    const bool setUp = account && account.value();
    m_stop->setVisible(setUp);
    m_setUp->setText(setUp ? tr("Set &Up Again") : tr("Set &Up Sync"));
    if (!setUp) {
        m_state->setText(tr("No account: this journal stays on this computer."));
        return;
    }
    const SyncAccount& a = *account.value();
    if (m_server->text().isEmpty())
        m_server->setText(a.serverUrl);
    if (m_user->text().isEmpty())
        m_user->setText(a.userName);
    QString state
        = tr("Syncing as %1 with %2.").arg(a.userName.toHtmlEscaped(), a.serverUrl.toHtmlEscaped());
    state += QLatin1Char(' ')
        + (a.lastSyncAt.isEmpty()
               ? tr("Not synced yet.")
               : tr("Last sync %1: %2")
                     .arg(QLocale().toString(
                              QDateTime::fromString(a.lastSyncAt, Qt::ISODate).toLocalTime(),
                              QLocale::ShortFormat),
                          (a.lastError.isEmpty() ? a.lastResult : a.lastError).toHtmlEscaped()));
    m_state->setText(state);
    if (auto collections = SyncState(m_db).collections()) {
        for (KindRow& row : m_kinds) {
            row.box->setChecked(false);
            for (const SyncCollection& c : collections.value()) {
                if (c.kind != row.kind)
                    continue;
                row.box->setChecked(c.enabled);
                const QString path = QUrl(c.url).path();
                // Finalist's own is the first choice already: chosen again, not listed twice.
                if (path.endsWith(QLatin1Char('/') + sync::ownCollectionSlug(c.kind)
                                  + QLatin1Char('/'))) {
                    row.collection->setCurrentIndex(0);
                    continue;
                }
                if (row.collection->findData(c.url) < 0)
                    row.collection->addItem(path, c.url);
                row.collection->setCurrentIndex(row.collection->findData(c.url));
            }
        }
    }
}

bool SyncPreferences::formIsComplete()
{
    for (QLineEdit* edit : { m_server, m_user, m_password }) {
        if (edit->text().trimmed().isEmpty()) {
            m_message->showError(tr("Give the server, your user name and your password."));
            edit->setFocus();
            return false;
        }
    }
    return true;
}

void SyncPreferences::setBusy(bool busy)
{
    m_asking = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{ m_test, m_setUp, m_stop })
        w->setEnabled(!busy);
    if (busy)
        m_message->showInfo(tr("Asking the server…"));
}

void SyncPreferences::offerCollections(const sync::DavAccount& account)
{
    for (KindRow& row : m_kinds) {
        const bool contacts = row.kind == SyncKind::Contacts;
        const QString kept = row.collection->currentData().toString();
        while (row.collection->count() > 1)
            row.collection->removeItem(1);
        for (const sync::DavCollectionInfo& c :
             contacts ? account.addressBooks : account.calendars) {
            if (!sync::collectionFits(c, row.kind, contacts))
                continue;
            const QString name = c.displayName.isEmpty() ? c.url.path() : c.displayName;
            // Finalist's own, found again: the first item says so already.
            if (name == sync::ownCollectionName(row.kind))
                continue;
            row.collection->addItem(name, c.url.toString());
        }
        row.collection->setCurrentIndex(std::max(0, row.collection->findData(kept)));
    }
}

void SyncPreferences::testConnection()
{
    if (!formIsComplete() || m_asking)
        return;
    sync::SyncSetupOptions options;
    options.serverUrl = m_server->text().trimmed();
    options.userName = m_user->text().trimmed();
    options.password = m_password->text();
    auto found = std::make_shared<Found>();
    setBusy(true);
    const auto answered = [this, found](const Status& result) {
        setBusy(false);
        if (!result) {
            m_message->showError(result.error().message);
            m_message->setToolTip(result.error().detail);
            return;
        }
        offerCollections(*found->account);
        m_message->showInfo(
            tr("Connected: %n address book(s)", nullptr, int(found->account->addressBooks.size()))
            + QStringLiteral(", ")
            + tr("%n calendar(s).", nullptr, int(found->account->calendars.size())));
    };
    m_task->start(
        options.serverUrl,
        [options, found]() -> Status {
            auto account = sync::discoverAccount(options);
            if (!account)
                return account.error();
            found->account = account.value();
            return {};
        },
        answered);
}

void SyncPreferences::setUp()
{
    if (!formIsComplete() || m_asking)
        return;
    sync::SyncSetupOptions options;
    options.serverUrl = m_server->text().trimmed();
    options.userName = m_user->text().trimmed();
    options.password = m_password->text();
    options.kinds.clear();
    for (const KindRow& row : m_kinds) {
        if (!row.box->isChecked())
            continue;
        options.kinds << row.kind;
        if (const QString chosen = row.collection->currentData().toString(); !chosen.isEmpty())
            options.chosen.insert(row.kind, chosen);
    }
    if (options.kinds.isEmpty()) {
        m_message->showError(tr("Choose at least one kind of record to sync."));
        return;
    }
    // The sync that follows must not start on the old account's collections.
    if (m_controller && m_controller->isRunning()) {
        m_message->showError(tr("A sync is running; try again in a moment."));
        return;
    }
    auto found = std::make_shared<Found>();
    setBusy(true);
    const auto setUpDone = [this, found, password = options.password](const Status& result) {
        setBusy(false);
        if (!result) {
            m_message->showError(result.error().message);
            m_message->setToolTip(result.error().detail);
            return;
        }
        m_db.noteChangedElsewhere();
        QString said = tr("Sync is set up.");
        if (!found->created.isEmpty())
            said += QLatin1Char(' ')
                + tr("Made on the server: %1.").arg(found->created.join(QStringLiteral(", ")));
        if (!found->keychainProblem.isEmpty())
            said += QLatin1Char(' ') + found->keychainProblem;
        m_message->showInfo(said);
        m_password->clear();
        showAccount();
        if (m_controller) {
            m_controller->setPassword(password);
            m_controller->accountChanged();
        }
    };
    const QString path = m_db.path();
    m_task->start(
        path,
        [path, options, found]() -> Status {
            DatabaseOptions besideWindow;
            besideWindow.besideHolder = true;
            besideWindow.checkWholeFile = false;
            auto db = Database::open(path, Clock::system(), besideWindow);
            if (!db)
                return db.error();
            auto done = sync::setUpSync(*db.value(), options);
            if (!done)
                return done.error();
            found->created = done.value().created;
            auto account = SyncState(*db.value()).account();
            const QString server
                = account && account.value() ? account.value()->serverUrl : options.serverUrl;
            if (auto kept = sync::PasswordStore::store(server, options.userName, options.password);
                !kept)
                found->keychainProblem = kept.error().message;
            return {};
        },
        setUpDone);
}

void SyncPreferences::stopSyncing()
{
    auto account = SyncState(m_db).account();
    if (!account || !account.value())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Stop Syncing"),
        tr("Stop syncing with %1? Your records stay in this journal and on the server; the "
           "journal forgets where they are there, and the password is removed from the "
           "keychain.")
            .arg(account.value()->serverUrl),
        QMessageBox::StandardButtons(QMessageBox::Yes | QMessageBox::Cancel), QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_controller)
        m_controller->task()->waitForDone();
    if (auto forgotten = SyncState(m_db).forgetAccount(); !forgotten) {
        m_message->showError(forgotten.error().message);
        return;
    }
    sync::PasswordStore::forget(account.value()->serverUrl, account.value()->userName);
    if (m_controller)
        m_controller->accountChanged();
    m_message->showInfo(tr("Sync is off. Nothing leaves this computer."));
    showAccount();
}

} // namespace finalist
