#include "Sync.h"

namespace finalist {

QString syncKindKey(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Contacts:
        return QStringLiteral("contacts");
    case SyncKind::FollowUps:
        return QStringLiteral("followups");
    case SyncKind::Journal:
        return QStringLiteral("journal");
    }
    return {};
}

bool syncKindFromKey(const QString& key, SyncKind& kind)
{
    for (SyncKind candidate : { SyncKind::Contacts, SyncKind::FollowUps, SyncKind::Journal }) {
        if (syncKindKey(candidate) == key) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace finalist
