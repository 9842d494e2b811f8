#include "BackupPolicy.h"

#include "SettingsStore.h"

#include <QCoreApplication>

namespace finalist {

namespace {

const QString kDaily = QStringLiteral("backup.keep_daily");
const QString kWeekly = QStringLiteral("backup.keep_weekly");

int stored(const QHash<QString, QString>& values, const QString& key, int fallback, int low,
           int high)
{
    bool ok = false;
    const int number = values.value(key).toInt(&ok);
    return ok && number >= low && number <= high ? number : fallback;
}

} // namespace

BackupPolicy BackupPolicy::load(Database& db)
{
    BackupPolicy policy;
    auto values = SettingsStore(db).values(QStringLiteral("backup."));
    if (!values)
        return policy;
    policy.keepDaily = stored(values.value(), kDaily, policy.keepDaily, kMinDaily, kMaxDaily);
    policy.keepWeekly = stored(values.value(), kWeekly, policy.keepWeekly, 0, kMaxWeekly);
    return policy;
}

Status BackupPolicy::save(Database& db, const BackupPolicy& policy)
{
    if (policy.keepDaily < kMinDaily || policy.keepDaily > kMaxDaily)
        return Error::invalid(kDaily,
                              QCoreApplication::translate("BackupPolicy",
                                                          "Keep between %1 and %n daily "
                                                          "backup(s).",
                                                          nullptr, int(kMaxDaily))
                                  .arg(kMinDaily));
    if (policy.keepWeekly < 0 || policy.keepWeekly > kMaxWeekly)
        return Error::invalid(kWeekly,
                              QCoreApplication::translate("BackupPolicy",
                                                          "Keep at most %n weekly backup(s).",
                                                          nullptr, int(kMaxWeekly)));
    return SettingsStore(db).set({ { kDaily, QString::number(policy.keepDaily) },
                                   { kWeekly, QString::number(policy.keepWeekly) } });
}

} // namespace finalist
