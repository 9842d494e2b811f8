#include "AdapterFactory.h"

#include "ContactAdapter.h"
#include "FollowUpAdapter.h"
#include "JournalAdapter.h"

namespace finalist::sync {

std::unique_ptr<RecordAdapter> makeAdapter(SyncKind kind, Database& db, const QString& phoneRegion)
{
    switch (kind) {
    case SyncKind::Contacts:
        return std::make_unique<ContactAdapter>(db, phoneRegion);
    case SyncKind::FollowUps:
        return std::make_unique<FollowUpAdapter>(db);
    case SyncKind::Journal:
        return std::make_unique<JournalAdapter>(db);
    }
    return nullptr;
}

} // namespace finalist::sync
