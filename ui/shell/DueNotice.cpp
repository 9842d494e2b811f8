#include "DueNotice.h"

#include "common/Resources.h"
#include "services/DueFollowUps.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DueNotice)
};

} // namespace

QString DueNotice::text(Database& db)
{
    auto due = DueFollowUps(db).pending(db.clock().today());
    if (!due || due.value().empty())
        return {};
    const FollowUpLine& first = due.value().front();
    const QString what = first.contactName.isEmpty()
        ? first.followUp.reason
        : Texts::tr("%1 (%2)").arg(first.followUp.reason, first.contactName);
    if (due.value().size() == 1)
        return Texts::tr("One follow-up is due: %1.").arg(what);
    return QCoreApplication::translate("DueNotice", "%n follow-up(s) are due, starting with %1.",
                                       nullptr, int(due.value().size()))
        .arg(what);
}

QString DueNotice::notify(Database& db, QWidget* window)
{
    const QString message = text(db);
    if (message.isEmpty() || !QSystemTrayIcon::isSystemTrayAvailable())
        return message;
    auto* tray
        = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/finalist-symbolic.svg")), window);
    tray->setToolTip(QStringLiteral("Finalist"));
    tray->show();
    tray->showMessage(Texts::tr("Finalist: due today"), message, QSystemTrayIcon::Information,
                      8000);
    QObject::connect(tray, &QSystemTrayIcon::messageClicked, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    // The icon is there for the message only; it leaves with it.
    QTimer::singleShot(10000, tray, &QObject::deleteLater);
    return message;
}

} // namespace finalist
