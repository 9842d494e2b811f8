#include "ContactAdapter.h"

#include "formats/VCard.h"
#include "records/CardPatch.h"
#include "records/ContactFields.h"
#include "storage/ContactRepository.h"

namespace finalist::sync {

ContactAdapter::ContactAdapter(Database& db, QString phoneRegion)
    : m_db(db)
    , m_phoneRegion(std::move(phoneRegion))
{
}

Result<std::vector<LocalRecord>> ContactAdapter::list()
{
    auto contacts = ContactRepository(m_db).list();
    if (!contacts)
        return contacts.error();
    std::vector<LocalRecord> records;
    records.reserve(contacts.value().size());
    for (const Contact& c : contacts.value())
        records.push_back({ c.id, c.createdAt, contactFields(c) });
    return records;
}

std::optional<ServerRecord> ContactAdapter::parse(const QByteArray& data) const
{
    auto read = VCard::read(data, TextEncoding::Utf8);
    if (!read || read.value().contacts.empty())
        return std::nullopt;
    const ImportedContact& person = read.value().contacts.front();
    return ServerRecord{ person.uid, contactFields(person.contact) };
}

Result<LocalRecord> ContactAdapter::create(const RecordFields& fields)
{
    Contact contact;
    applyContactFields(contact, fields, contactFieldNames());
    if (auto added = ContactRepository(m_db).add(contact); !added)
        return added.error();
    return LocalRecord{ contact.id, contact.createdAt, contactFields(contact) };
}

Status ContactAdapter::update(qint64 id, const RecordFields& fields)
{
    ContactRepository contacts(m_db);
    auto contact = contacts.get(id);
    if (!contact)
        return contact.error();
    applyContactFields(contact.value(), fields, contactFieldNames());
    return contacts.update(contact.value());
}

Status ContactAdapter::remove(qint64 id)
{
    return ContactRepository(m_db).remove(id);
}

QByteArray ContactAdapter::write(const RecordFields& fields, const QByteArray& serverData,
                                 const QString& uid) const
{
    Contact contact;
    applyContactFields(contact, fields, contactFieldNames());
    const bool v3 = serverData.isEmpty() || cardVersion(serverData) == "3.0";
    const QByteArray ours
        = VCard::write({ contact }, v3 ? VCard::Version::V30 : VCard::Version::V40, m_phoneRegion);
    return patchCard(serverData, ours, uid);
}

QString ContactAdapter::fieldText(const QString& field, const QString& value) const
{
    const QString shown = contactFieldText(field, value);
    return shown == value ? RecordAdapter::fieldText(field, value) : shown;
}

Result<RecordFields> ContactAdapter::fieldsOf(qint64 id)
{
    auto contact = ContactRepository(m_db).get(id);
    if (!contact)
        return contact.error();
    return contactFields(contact.value());
}

QString ContactAdapter::fieldLabel(const QString& field) const
{
    return contactFieldLabel(field);
}

} // namespace finalist::sync
