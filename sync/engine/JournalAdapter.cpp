#include "JournalAdapter.h"

#include "records/CalendarObject.h"
#include "records/CalendarPatch.h"
#include "records/JournalComponent.h"
#include "records/JournalFields.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/SyncState.h"

namespace finalist::sync {

JournalAdapter::JournalAdapter(Database& db)
    : m_db(db)
    , m_links(db)
{
}

RecordFields JournalAdapter::fieldsOf(const JournalEntry& entry, const RecordFields& agreed)
{
    RecordFields fields = journalFields(
        entry, entry.opportunityId > 0 ? m_links.opportunityText(entry.opportunityId) : QString());
    // An opportunity this journal does not have is no change made here.
    if (entry.opportunityId <= 0)
        keepFields(fields, agreed, { QStringLiteral("opportunity") });
    // Tags are one per name whatever the letter case, and this journal may have had the name
    // first in another case: no change either.
    const QString tags = QStringLiteral("tags");
    if (fields.value(tags).compare(agreed.value(tags), Qt::CaseInsensitive) == 0)
        keepFields(fields, agreed, { tags });
    return fields;
}

Result<std::vector<LocalRecord>> JournalAdapter::list()
{
    auto entries = JournalRepository(m_db).list();
    if (!entries)
        return entries.error();
    auto agreedFields = agreedFieldsOf(m_db, kind());
    if (!agreedFields)
        return agreedFields.error();
    const QHash<qint64, RecordFields>& agreed = agreedFields.value();
    std::vector<LocalRecord> records;
    records.reserve(entries.value().size());
    for (const JournalEntry& entry : entries.value())
        records.push_back({ entry.id, entry.createdAt, fieldsOf(entry, agreed.value(entry.id)) });
    if (!m_links.status())
        return m_links.status().error();
    return records;
}

std::optional<ServerRecord> JournalAdapter::parse(const QByteArray& data) const
{
    const std::optional<CalendarComponent> calendar = readCalendar(data);
    const CalendarComponent* journal = calendar ? calendar->main("VJOURNAL") : nullptr;
    if (!journal)
        return std::nullopt;
    return ServerRecord{ journal->text("UID").trimmed(), journalComponentFields(*journal) };
}

Result<LocalRecord> JournalAdapter::create(const RecordFields& fields)
{
    JournalEntry entry;
    applyJournalFields(entry, fields);
    entry.opportunityId = m_links.opportunityIdOf(fields.value(QStringLiteral("opportunity")));
    if (!m_links.status())
        return m_links.status().error();
    if (auto added = JournalRepository(m_db).add(entry); !added)
        return added.error();
    return LocalRecord{ entry.id, entry.createdAt, fieldsOf(entry, fields) };
}

Status JournalAdapter::update(qint64 id, const RecordFields& fields)
{
    JournalRepository entries(m_db);
    auto entry = entries.get(id);
    if (!entry)
        return entry.error();
    const QString now = entry.value().opportunityId > 0
        ? m_links.opportunityText(entry.value().opportunityId)
        : QString();
    applyJournalFields(entry.value(), fields);
    const QString wanted = fields.value(QStringLiteral("opportunity"));
    if (entry.value().opportunityId <= 0 || wanted != now)
        entry.value().opportunityId = m_links.opportunityIdOf(wanted);
    if (!m_links.status())
        return m_links.status();
    return entries.update(entry.value());
}

Status JournalAdapter::remove(qint64 id)
{
    return JournalRepository(m_db).remove(id);
}

QByteArray JournalAdapter::write(const RecordFields& fields, const QByteArray& serverData,
                                 const QString& uid) const
{
    const std::optional<CalendarComponent> server
        = serverData.isEmpty() ? std::nullopt : readCalendar(serverData);
    const CalendarRecord record
        = journalRecord(fields, server ? server->main("VJOURNAL") : nullptr);
    return patchCalendar(serverData, record, uid, m_db.clock().now());
}

QString JournalAdapter::fieldLabel(const QString& field) const
{
    return journalFieldLabel(field);
}

} // namespace finalist::sync
