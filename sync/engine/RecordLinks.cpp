#include "RecordLinks.h"

#include "records/FollowUpFields.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SyncState.h"

namespace finalist::sync {

RecordLinks::RecordLinks(Database& db)
    : m_db(db)
{
}

void RecordLinks::loadOpportunities()
{
    if (m_opportunitiesRead)
        return;
    m_opportunitiesRead = true;
    auto all = OpportunityRepository(m_db).list();
    if (!all) {
        m_status = all.error();
        return;
    }
    for (const Opportunity& o : all.value())
        m_opportunities.insert(o.id, opportunityLinkText(o.company, o.role));
}

QString RecordLinks::opportunityText(qint64 id)
{
    loadOpportunities();
    return m_opportunities.value(id);
}

qint64 RecordLinks::opportunityIdOf(const QString& text)
{
    loadOpportunities();
    qint64 found = 0;
    if (text.isEmpty())
        return found;
    for (auto it = m_opportunities.constBegin(); it != m_opportunities.constEnd(); ++it) {
        if (it.value() == text && (found == 0 || it.key() < found))
            found = it.key();
    }
    return found;
}

Status RecordLinks::loadContacts(const QList<qint64>& ids)
{
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (id > 0 && !m_contacts.contains(id))
            missing << id;
    }
    if (missing.isEmpty())
        return {};
    auto contacts = ContactRepository(m_db).withIds(missing);
    if (!contacts)
        return contacts.error();
    SyncState state(m_db);
    for (const finalist::Contact& c : contacts.value()) {
        auto uid = state.uidOf(SyncKind::Contacts, c.id);
        if (!uid)
            return uid.error();
        m_contacts.insert(c.id, { contactLinkText(c.displayName(), c.company), uid.value() });
    }
    return {};
}

QString RecordLinks::contactText(qint64 id)
{
    if (auto loaded = loadContacts({ id }); !loaded)
        m_status = loaded;
    return m_contacts.value(id).text;
}

QString RecordLinks::contactUid(qint64 id)
{
    if (auto loaded = loadContacts({ id }); !loaded)
        m_status = loaded;
    return m_contacts.value(id).uid;
}

qint64 RecordLinks::contactIdOfUid(const QString& uid)
{
    auto id = SyncState(m_db).localIdOfUid(SyncKind::Contacts, uid);
    if (!id)
        m_status = id.error();
    return id ? id.value() : 0;
}

void keepFields(RecordFields& fields, const RecordFields& from, const QStringList& names)
{
    for (const QString& name : names) {
        if (from.contains(name))
            fields.insert(name, from.value(name));
        else
            fields.remove(name);
    }
}

} // namespace finalist::sync
