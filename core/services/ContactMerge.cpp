#include "ContactMerge.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/StoredRows.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace finalist {

namespace {

Contact combined(const Contact& keep, const Contact& other)
{
    Contact c = keep;
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty()) {
        c.firstName = other.firstName;
        c.lastName = other.lastName;
    }
    fillMissing(c, other);
    if (c.role == RoleCategory::Other)
        c.role = other.role;
    c.warmth = std::max(c.warmth, other.warmth);
    if (!other.notes.trimmed().isEmpty() && !c.notes.contains(other.notes.trimmed()))
        c.notes = c.notes.trimmed().isEmpty()
            ? other.notes
            : c.notes.trimmed() + QStringLiteral("\n\n") + other.notes.trimmed();
    return c;
}

} // namespace

void fillMissing(Contact& into, const Contact& from)
{
    for (auto [field, value] :
         { std::pair{ &into.title, &from.title }, std::pair{ &into.company, &from.company },
           std::pair{ &into.email, &from.email }, std::pair{ &into.phone, &from.phone },
           std::pair{ &into.linkedInUrl, &from.linkedInUrl },
           std::pair{ &into.namePrefix, &from.namePrefix },
           std::pair{ &into.middleName, &from.middleName },
           std::pair{ &into.nameSuffix, &from.nameSuffix },
           std::pair{ &into.nickname, &from.nickname },
           std::pair{ &into.department, &from.department },
           std::pair{ &into.birthday, &from.birthday } })
        if (field->trimmed().isEmpty())
            *field = *value;
    // Every address the other has and this one lacks joins it, behind this one's preferred.
    for (ContactPoint detail : from.details) {
        detail.preferred = false;
        into.addDetail(detail);
    }
    into.syncPreferred();
    if (int(from.linkedInStatus) > int(into.linkedInStatus)) {
        into.linkedInStatus = from.linkedInStatus;
        into.linkedInStatusOn = from.linkedInStatusOn;
    }
}

Result<Contact> mergeContacts(Database& db, qint64 keepId, qint64 otherId)
{
    auto merged = mergeContactsUndoably(db, keepId, otherId);
    if (!merged)
        return merged.error();
    return merged.value().kept;
}

Result<MergedContacts> mergeContactsUndoably(Database& db, qint64 keepId, qint64 otherId)
{
    if (keepId == otherId)
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("ContactMerge",
                                                  "A contact cannot be merged with itself."),
                      {},
                      {} };
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    ContactRepository contacts(db);
    auto keep = contacts.get(keepId);
    if (!keep)
        return keep.error();
    auto other = contacts.get(otherId);
    if (!other)
        return other.error();
    StoredRows rows(db);
    auto keptBefore = rows.find(QStringLiteral("contacts"), keepId);
    auto otherBefore = rows.find(QStringLiteral("contacts"), otherId);
    auto pointing = rows.pointingAtContact(otherId);
    if (!keptBefore)
        return keptBefore.error();
    if (!otherBefore)
        return otherBefore.error();
    if (!pointing)
        return pointing.error();

    if (auto moved = contacts.reassignRelations(otherId, keepId); !moved)
        return moved.error();
    MergedContacts merge;
    merge.kept = combined(keep.value(), other.value());
    merge.other = other.value();
    if (auto removed = contacts.remove(otherId); !removed)
        return removed.error();
    if (auto saved = contacts.update(merge.kept); !saved)
        return saved.error();

    auto keptAfter = rows.find(QStringLiteral("contacts"), keepId);
    if (!keptAfter)
        return keptAfter.error();
    merge.keptBefore = *keptBefore.value();
    merge.keptAfter = *keptAfter.value();
    merge.otherBefore = *otherBefore.value();
    for (StoredRow& row : pointing.value()) {
        auto now = rows.find(row.table, row.id());
        if (!now)
            return now.error();
        (now.value() ? merge.moved : merge.dropped).push_back(std::move(row));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return merge;
}

Status unmergeContacts(Database& db, const MergedContacts& merge)
{
    const auto refused = [&](const char* text, const QString& detail = {}) -> Status {
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("ContactMerge", text)
                          .arg(merge.other.displayName(), merge.kept.displayName()),
                      detail,
                      {} };
    };
    const qint64 keepId = merge.keptBefore.id();
    const qint64 otherId = merge.otherBefore.id();
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun();
    StoredRows rows(db);

    auto kept = rows.find(QStringLiteral("contacts"), keepId);
    if (!kept)
        return kept.error();
    if (!kept.value())
        return refused(QT_TRANSLATE_NOOP("ContactMerge",
                                         "The merge of “%1” into “%2” cannot be undone: “%2” "
                                         "has been deleted since."));
    if (!kept.value()->sameContent(merge.keptAfter))
        return refused(QT_TRANSLATE_NOOP("ContactMerge",
                                         "The merge of “%1” into “%2” cannot be undone: “%2” "
                                         "has been changed since, and undoing it would lose "
                                         "that change."));
    auto taken = rows.find(QStringLiteral("contacts"), otherId);
    if (!taken)
        return taken.error();
    // A contact added since may hold the other's old id; it then comes back under a new one.
    qint64 restoredId = otherId;
    if (taken.value()) {
        auto fresh = rows.insertAnew(merge.otherBefore);
        if (!fresh)
            return fresh.error();
        restoredId = fresh.value();
    } else if (auto back = rows.insert(merge.otherBefore); !back) {
        return back;
    }
    const auto pointedBack = [&](StoredRow row) {
        for (const ContactColumn& reference : StoredRows::contactColumns())
            if (reference.table == row.table && row.value(reference.column).toLongLong() == otherId)
                row.setValue(reference.column, restoredId);
        return row;
    };

    // What moved over goes back, only in the columns that named the other contact.
    for (const StoredRow& before : merge.moved) {
        auto now = rows.find(before.table, before.id());
        if (!now)
            return now.error();
        for (const ContactColumn& reference : StoredRows::contactColumns()) {
            if (reference.table != before.table
                || before.value(reference.column).toLongLong() != otherId)
                continue;
            if (!now.value() || now.value()->value(reference.column).toLongLong() != keepId)
                return refused(QT_TRANSLATE_NOOP("ContactMerge",
                                                 "The merge of “%1” into “%2” cannot be undone: a "
                                                 "note, meeting, link or follow-up that moved "
                                                 "over has been deleted or moved since."),
                               QStringLiteral("%1 %2").arg(before.table).arg(before.id()));
            if (auto written = rows.write(before.table, before.id(), reference.column, restoredId);
                !written)
                return written;
        }
    }
    for (const StoredRow& row : merge.dropped)
        if (auto back = rows.insert(pointedBack(row)); !back)
            return refused(QT_TRANSLATE_NOOP("ContactMerge",
                                             "The merge of “%1” into “%2” cannot be undone: a "
                                             "round “%1” met or a person they were linked to "
                                             "has been deleted since."),
                           back.error().detail);
    if (auto restored = rows.overwrite(merge.keptBefore); !restored)
        return restored;
    return transaction.commit();
}

} // namespace finalist
