#include "SyncReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace finalist::sync {

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)
};
} // namespace

SyncReport& SyncReport::operator+=(const SyncReport& other)
{
    added += other.added;
    updated += other.updated;
    removed += other.removed;
    sent += other.sent;
    deletedOnServer += other.deletedOnServer;
    conflicts += other.conflicts;
    keptEdited += other.keptEdited;
    unreadable += other.unreadable;
    requests += other.requests;
    return *this;
}

bool SyncReport::changedAnything() const
{
    return added + updated + removed + sent + deletedOnServer + conflicts + keptEdited > 0;
}

QString SyncReport::summary() const
{
    QStringList parts;
    if (const int received = added + updated + removed; received > 0)
        parts << Texts::tr("%1 received").arg(received);
    if (const int written = sent + deletedOnServer; written > 0)
        parts << Texts::tr("%1 sent").arg(written);
    if (conflicts > 0)
        parts << Texts::tr("%n conflict(s) to look at", nullptr, conflicts);
    if (keptEdited > 0)
        parts << Texts::tr("%n deletion(s) not carried out: edited on the other side", nullptr,
                           keptEdited);
    if (unreadable > 0)
        parts << Texts::tr("%n record(s) on the server could not be read", nullptr, unreadable);
    if (parts.isEmpty())
        return Texts::tr("Up to date");
    return parts.join(QStringLiteral(", "));
}

} // namespace finalist::sync
