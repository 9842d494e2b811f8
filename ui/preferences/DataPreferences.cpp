#include "DataPreferences.h"

#include "i18n/DateText.h"
#include "storage/BackupPolicy.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace finalist {

namespace {

QLabel* pathLabel(const QString& path, QWidget* parent)
{
    auto* label = new QLabel(QDir::toNativeSeparators(path), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setToolTip(label->text());
    return label;
}

} // namespace

DataPreferences::DataPreferences(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_daily(new QSpinBox(this))
    , m_weekly(new QSpinBox(this))
    , m_backupNow(new QPushButton(tr("&Back Up Now"), this))
    , m_state(new QLabel(this))
{
    const BackupStore backups(m_db);
    const BackupPolicy policy = BackupPolicy::load(m_db);
    m_daily->setObjectName(QStringLiteral("keepDaily"));
    m_daily->setRange(BackupPolicy::kMinDaily, BackupPolicy::kMaxDaily);
    m_daily->setValue(policy.keepDaily);
    m_daily->setAccessibleName(tr("Daily backups kept"));
    m_weekly->setObjectName(QStringLiteral("keepWeekly"));
    m_weekly->setRange(0, BackupPolicy::kMaxWeekly);
    m_weekly->setValue(policy.keepWeekly);
    m_weekly->setAccessibleName(tr("Weekly backups kept"));
    m_backupNow->setObjectName(QStringLiteral("backUpNow"));
    m_state->setObjectName(QStringLiteral("backupCount"));
    m_state->setWordWrap(true);

    auto* openFolder = new QPushButton(tr("Open &Folder"), this);
    openFolder->setObjectName(QStringLiteral("openBackupFolder"));
    connect(openFolder, &QPushButton::clicked, this, [folder = backups.folder()] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(pathLabel(backups.folder(), this), 1);
    folderRow->addWidget(openFolder);
    auto* daily = new QHBoxLayout;
    daily->addWidget(m_daily);
    auto* days = new QLabel(this);
    daily->addWidget(days);
    daily->addWidget(m_weekly);
    auto* weeks = new QLabel(this);
    daily->addWidget(weeks);
    // The words after each number follow it: "1 day", "7 days".
    const auto name = [days, weeks, this] {
        days->setText(tr("day(s), then one a week for", nullptr, m_daily->value()));
        weeks->setText(tr("week(s)", nullptr, m_weekly->value()));
    };
    connect(m_daily, &QSpinBox::valueChanged, this, name);
    connect(m_weekly, &QSpinBox::valueChanged, this, name);
    name();
    daily->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Database:"), pathLabel(m_db.path(), this));
    form->addRow(tr("Backups:"), folderRow);
    auto* keep = new QLabel(tr("&Keep one a day for"), this);
    keep->setBuddy(m_daily);
    form->addRow(keep, daily);
    auto* now = new QHBoxLayout;
    now->addWidget(m_backupNow);
    now->addWidget(m_state, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(now);
    auto* hint = new QLabel(tr("A backup is made the first time the journal is opened each day, "
                               "and before an upgrade or a restore. Older ones are removed as "
                               "the numbers above say."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);
    connect(m_backupNow, &QPushButton::clicked, this, &DataPreferences::backUpNow);
    showBackups();
}

void DataPreferences::showBackups()
{
    const auto all = BackupStore(m_db).list();
    if (all.empty()) {
        m_state->setText(tr("No backup yet."));
        return;
    }
    m_state->setText(tr("%n backup(s), the newest from %1.", nullptr, int(all.size()))
                         .arg(dates::dateTime(all.front().takenAt.toLocalTime())));
}

void DataPreferences::backUpNow()
{
    if (auto taken = BackupStore(m_db).snapshot(QStringLiteral("manual")); !taken) {
        m_state->setText(tr("The backup could not be made: %1").arg(taken.error().message));
        return;
    }
    showBackups();
}

QString DataPreferences::save()
{
    BackupPolicy policy;
    policy.keepDaily = m_daily->value();
    policy.keepWeekly = m_weekly->value();
    if (auto saved = BackupPolicy::save(m_db, policy); !saved)
        return saved.error().message;
    return {};
}

} // namespace finalist
