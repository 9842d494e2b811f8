#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace finalist {

class Database;

// What happened with a person, newest first: notes sent, follow-ups, and what syncs changed.
QStringList contactTimeline(Database& db, qint64 contactId);

// The translation context of its lines ("finalist::ContactDetail", where they were written).
struct ContactTimeline
{
    Q_DECLARE_TR_FUNCTIONS(finalist::ContactDetail)
};

} // namespace finalist
