#include "FollowUpAdapter.h"

#include "records/CalendarObject.h"
#include "records/CalendarPatch.h"
#include "records/FollowUpFields.h"
#include "records/TodoComponent.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/SyncState.h"

namespace finalist::sync {

FollowUpAdapter::FollowUpAdapter(Database& db)
    : m_db(db)
    , m_links(db)
{
}

RecordFields FollowUpAdapter::fieldsOf(const FollowUp& f, const RecordFields& agreed)
{
    FollowUpLinks links;
    if (f.contactId > 0) {
        links.contact = m_links.contactText(f.contactId);
        links.contactUid = m_links.contactUid(f.contactId);
    }
    if (f.opportunityId > 0)
        links.opportunity = m_links.opportunityText(f.opportunityId);
    RecordFields fields = followUpFields(f, links);
    // A contact or opportunity this journal does not have is no change made here.
    if (f.contactId <= 0)
        keepFields(fields, agreed, { QStringLiteral("contact"), QStringLiteral("contactUid") });
    if (f.opportunityId <= 0)
        keepFields(fields, agreed, { QStringLiteral("opportunity") });
    keepFields(fields, agreed, { QStringLiteral("description") });
    return fields;
}

void FollowUpAdapter::link(FollowUp& f, const RecordFields& fields)
{
    const FollowUpLinks wanted = followUpLinksOf(fields);
    // By the card's UID alone: the name beside it is for people to read.
    const QString uidNow = f.contactId > 0 ? m_links.contactUid(f.contactId) : QString();
    if (f.contactId <= 0 || wanted.contactUid != uidNow)
        f.contactId = m_links.contactIdOfUid(wanted.contactUid);
    const QString opportunityNow
        = f.opportunityId > 0 ? m_links.opportunityText(f.opportunityId) : QString();
    if (f.opportunityId <= 0 || wanted.opportunity != opportunityNow)
        f.opportunityId = m_links.opportunityIdOf(wanted.opportunity);
}

Result<std::vector<LocalRecord>> FollowUpAdapter::list()
{
    auto followUps = FollowUpRepository(m_db).list();
    if (!followUps)
        return followUps.error();
    auto agreedFields = agreedFieldsOf(m_db, kind());
    if (!agreedFields)
        return agreedFields.error();
    const QHash<qint64, RecordFields>& agreed = agreedFields.value();
    QList<qint64> contactIds;
    for (const FollowUp& f : followUps.value())
        contactIds << f.contactId;
    if (auto loaded = m_links.loadContacts(contactIds); !loaded)
        return loaded.error();
    std::vector<LocalRecord> records;
    records.reserve(followUps.value().size());
    for (const FollowUp& f : followUps.value())
        records.push_back({ f.id, f.createdAt, fieldsOf(f, agreed.value(f.id)) });
    if (!m_links.status())
        return m_links.status().error();
    return records;
}

std::optional<ServerRecord> FollowUpAdapter::parse(const QByteArray& data) const
{
    const std::optional<CalendarComponent> calendar = readCalendar(data);
    const CalendarComponent* todo = calendar ? calendar->main("VTODO") : nullptr;
    if (!todo)
        return std::nullopt;
    return ServerRecord{ todo->text("UID").trimmed(), todoFields(*todo) };
}

Result<LocalRecord> FollowUpAdapter::create(const RecordFields& fields)
{
    FollowUp f;
    applyFollowUpFields(f, fields);
    link(f, fields);
    if (!m_links.status())
        return m_links.status().error();
    if (auto added = FollowUpRepository(m_db).add(f); !added)
        return added.error();
    return LocalRecord{ f.id, f.createdAt, fieldsOf(f, fields) };
}

Status FollowUpAdapter::update(qint64 id, const RecordFields& fields)
{
    FollowUpRepository followUps(m_db);
    auto f = followUps.get(id);
    if (!f)
        return f.error();
    applyFollowUpFields(f.value(), fields);
    link(f.value(), fields);
    if (!m_links.status())
        return m_links.status();
    return followUps.update(f.value());
}

Status FollowUpAdapter::remove(qint64 id)
{
    return FollowUpRepository(m_db).remove(id);
}

QByteArray FollowUpAdapter::write(const RecordFields& fields, const QByteArray& serverData,
                                  const QString& uid) const
{
    const std::optional<CalendarComponent> server
        = serverData.isEmpty() ? std::nullopt : readCalendar(serverData);
    const CalendarRecord record = todoRecord(fields, server ? server->main("VTODO") : nullptr);
    return patchCalendar(serverData, record, uid, m_db.clock().now());
}

QString FollowUpAdapter::fieldLabel(const QString& field) const
{
    return followUpFieldLabel(field);
}

QString FollowUpAdapter::fieldText(const QString& field, const QString& value) const
{
    if (field == QLatin1String("status")) {
        if (const auto status = enumFromKey<FollowUpStatus>(value))
            return enumLabel(*status);
    }
    if (field == QLatin1String("kind")) {
        if (const auto kind = enumFromKey<FollowUpKind>(value))
            return enumLabel(*kind);
    }
    return RecordAdapter::fieldText(field, value);
}

} // namespace finalist::sync
