#include "EntryFollowUps.h"

#include "domain/JournalEdits.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist {

Status EntryFollowUps::saveEntry(JournalEntry& edited, const JournalEntry& before)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    JournalRepository entries(m_db);
    auto stored = entries.get(edited.id);
    if (!stored && stored.error().code != Error::Code::NotFound)
        return stored.error();
    if (!stored) {
        // Deleted elsewhere (by a sync) while being written in here: kept, as a new entry.
        edited.id = 0;
        if (auto added = entries.add(edited); !added)
            return added;
        if (auto revisit = syncRevisit(edited); !revisit)
            return revisit;
        return transaction.commit();
    }
    // Written over what is stored now: a sync may have changed fields not typed in since.
    edited = withEdits(journalEditableFields(), before, edited, stored.value());
    if (auto saved = entries.update(edited); !saved)
        return saved;
    const auto moved = [&edited](const JournalEntry& was) {
        return edited.revisitOn != was.revisitOn || edited.title != was.title
            || edited.opportunityId != was.opportunityId;
    };
    if (moved(before) || moved(stored.value())) {
        if (auto revisit = syncRevisit(edited); !revisit)
            return revisit;
    }
    return transaction.commit();
}

Status EntryFollowUps::syncRevisit(const JournalEntry& entry)
{
    if (entry.id <= 0)
        return {};
    FollowUpRepository followUps(m_db);
    FollowUpFilter filter;
    filter.entryId = entry.id;
    filter.kind = FollowUpKind::Revisit;
    filter.status = FollowUpStatus::Open;
    auto open = followUps.list(filter);
    if (!open)
        return open.error();
    std::vector<FollowUp>& existing = open.value();
    const QString title = entry.title.trimmed().isEmpty()
        ? QCoreApplication::translate("EntryFollowUps", "your reflection")
        : QStringLiteral("“%1”").arg(entry.title.trimmed());
    const QString reason
        = QCoreApplication::translate("EntryFollowUps", "Read %1 again: what has surfaced since?")
              .arg(title);

    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    // Duplicates from an older run are folded into the first one.
    for (std::size_t i = entry.revisitOn.isValid() ? 1 : 0; i < existing.size(); ++i) {
        if (auto removed = followUps.remove(existing[i].id); !removed)
            return removed;
    }
    if (entry.revisitOn.isValid()) {
        FollowUp revisit = existing.empty() ? FollowUp{} : existing.front();
        if (!existing.empty() && revisit.dueOn == entry.revisitOn && revisit.reason == reason)
            return transaction.commit();
        revisit.entryId = entry.id;
        revisit.opportunityId = entry.opportunityId;
        revisit.kind = FollowUpKind::Revisit;
        revisit.reason = reason;
        revisit.dueOn = entry.revisitOn;
        auto saved = revisit.id > 0 ? followUps.update(revisit) : followUps.add(revisit);
        if (!saved)
            return saved;
    }
    return transaction.commit();
}

Result<std::vector<FollowUp>> EntryFollowUps::nextActions(qint64 entryId) const
{
    FollowUpFilter filter;
    filter.entryId = entryId;
    filter.kind = FollowUpKind::Action;
    return FollowUpRepository(m_db).list(filter);
}

Result<FollowUp> EntryFollowUps::addNextAction(const JournalEntry& entry, const QString& text,
                                               const QDate& dueOn)
{
    FollowUp action;
    action.entryId = entry.id;
    action.opportunityId = entry.opportunityId;
    action.kind = FollowUpKind::Action;
    action.reason = text.trimmed();
    action.dueOn = dueOn;
    if (auto added = FollowUpRepository(m_db).add(action); !added)
        return added.error();
    return action;
}

} // namespace finalist
