#pragma once

#include <QString>

class QWidget;

namespace finalist {

class Database;

// On start, a desktop notification (in the system tray where there is one) for the follow-ups
// due today or overdue; nothing at all when there are none.
class DueNotice
{
public:
    // The notification's text; empty when nothing is due.
    static QString text(Database& db);
    // Shows it in the tray if the desktop has one; returns the text shown (empty: none).
    static QString notify(Database& db, QWidget* window);
};

} // namespace finalist
