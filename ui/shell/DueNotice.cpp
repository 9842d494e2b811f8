#include "DueNotice.h"

#include "services/DueFollowUps.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DueNotice", text);
}

} // namespace

QString DueNotice::text(Database& db)
{
    auto due = DueFollowUps(db).pending(db.clock().today());
    if (!due || due.value().empty())
        return {};
    const FollowUpLine& first = due.value().front();
    const QString what = first.contactName.isEmpty()
        ? first.followUp.reason
        : tr("%1 (%2)").arg(first.followUp.reason, first.contactName);
    if (due.value().size() == 1)
        return tr("One follow-up is due: %1.").arg(what);
    return QCoreApplication::translate("DueNotice", "%n follow-up(s) are due, starting with %1.",
                                       nullptr, int(due.value().size()))
        .arg(what);
}

QString DueNotice::notify(Database& db, QWidget* window)
{
    const QString message = text(db);
    if (message.isEmpty() || !QSystemTrayIcon::isSystemTrayAvailable())
        return message;
    auto* tray = new QSystemTrayIcon(QApplication::windowIcon(), window);
    tray->setToolTip(QStringLiteral("Finalist"));
    tray->show();
    tray->showMessage(tr("Finalist: due today"), message, QSystemTrayIcon::Information, 8000);
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
