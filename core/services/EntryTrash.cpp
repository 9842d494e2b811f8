#include "EntryTrash.h"

#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/Transaction.h"

namespace finalist {

Result<DeletedEntry> deleteEntry(Database& db, qint64 entryId)
{
    DeletedEntry deleted;
    auto entry = JournalRepository(db).get(entryId);
    if (!entry)
        return entry.error();
    deleted.entry = entry.value();
    auto lessons = LessonRepository(db).listForEntry(entryId);
    if (!lessons)
        return lessons.error();
    deleted.lessons = lessons.value();
    FollowUpFilter ofEntry;
    ofEntry.entryId = entryId;
    auto followUps = FollowUpRepository(db).list(ofEntry);
    if (!followUps)
        return followUps.error();
    deleted.followUps = followUps.value();
    // The schema's cascades remove the lessons and follow-ups with the entry.
    if (auto removed = JournalRepository(db).remove(entryId); !removed)
        return removed.error();
    return deleted;
}

Result<qint64> restoreEntry(Database& db, const DeletedEntry& deleted)
{
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    JournalEntry entry = deleted.entry;
    entry.id = 0;
    if (auto added = JournalRepository(db).add(entry); !added)
        return added.error();
    for (Lesson lesson : deleted.lessons) {
        lesson.id = 0;
        lesson.entryId = entry.id;
        if (auto added = LessonRepository(db).add(lesson); !added)
            return added.error();
    }
    for (FollowUp followUp : deleted.followUps) {
        followUp.id = 0;
        followUp.entryId = entry.id;
        if (auto added = FollowUpRepository(db).add(followUp); !added)
            return added.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entry.id;
}

} // namespace finalist
