#include "ImportWriter.h"

#include "storage/BulkWriter.h"
#include "storage/ContactDetailsJson.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DeferredSearchIndex.h"
#include "storage/ImportLog.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace finalist {

ImportWriter::ImportWriter(Database& db)
    : m_db(db)
{
}

ImportWriter::~ImportWriter() = default;

QString ImportWriter::snapshot(const Contact& c)
{
    QJsonObject o{ { QStringLiteral("first_name"), c.firstName },
                   { QStringLiteral("last_name"), c.lastName },
                   { QStringLiteral("title"), c.title },
                   { QStringLiteral("company"), c.company },
                   { QStringLiteral("email"), c.email },
                   { QStringLiteral("phone"), c.phone },
                   { QStringLiteral("linkedin_url"), c.linkedInUrl },
                   { QStringLiteral("linkedin_status"), enumKey(c.linkedInStatus) },
                   { QStringLiteral("linkedin_status_on"), toIsoDate(c.linkedInStatusOn) },
                   { QStringLiteral("role"), enumKey(c.role) },
                   { QStringLiteral("notes"), c.notes },
                   { QStringLiteral("name_prefix"), c.namePrefix },
                   { QStringLiteral("middle_name"), c.middleName },
                   { QStringLiteral("name_suffix"), c.nameSuffix },
                   { QStringLiteral("nickname"), c.nickname },
                   { QStringLiteral("department"), c.department },
                   { QStringLiteral("birthday"), c.birthday },
                   { QStringLiteral("details"), detailsToJson(c.details) } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ImportWriter::restore(Contact& c, const QString& snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    c.firstName = text("first_name");
    c.lastName = text("last_name");
    c.title = text("title");
    c.company = text("company");
    c.email = text("email");
    c.phone = text("phone");
    c.linkedInUrl = text("linkedin_url");
    c.linkedInStatus = enumFromKey<LinkedInStatus>(text("linkedin_status"))
                           .value_or(LinkedInStatus::NotConnected);
    c.linkedInStatusOn = fromIsoDate(text("linkedin_status_on"));
    c.notes = text("notes");
    // Snapshots written before the role was kept have none: the role stays as it is.
    if (o.contains(QStringLiteral("role")))
        c.role = enumFromKey<RoleCategory>(text("role")).value_or(c.role);
    c.namePrefix = text("name_prefix");
    c.middleName = text("middle_name");
    c.nameSuffix = text("name_suffix");
    c.nickname = text("nickname");
    c.department = text("department");
    c.birthday = text("birthday");
    // Before schema 11 a contact had one email and one phone: they make its details again.
    c.details = detailsFromJson(text("details"));
}

Status ImportWriter::begin(const QString& source, const QString& fileName)
{
    m_transaction = std::make_unique<Transaction>(m_db.connection());
    if (!m_transaction->begun())
        return m_transaction->begun();
    m_log = std::make_unique<ImportLog>(m_db);
    auto importId = m_log->begin(source, fileName);
    if (!importId)
        return importId.error();
    m_outcome.importId = importId.value();
    // Only this connection writes (the lock file), so the contacts above the current last id
    // are exactly the ones this import adds.
    auto deferred = DeferredSearchIndex::begin(m_db);
    if (!deferred)
        return deferred.error();
    m_deferred = std::make_unique<DeferredSearchIndex>(std::move(deferred).value());
    m_bulk = std::make_unique<BulkWriter>(m_db);
    m_contacts = std::make_unique<ContactRepository>(m_db);
    return {};
}

Status ImportWriter::merge(const Contact& existing, const Contact& updated)
{
    Contact written = updated;
    if (auto saved = m_contacts->update(written); !saved)
        return saved;
    if (auto logged = m_log->recordMerged(m_outcome.importId, updated.id, snapshot(existing));
        !logged)
        return logged;
    ++m_outcome.merged;
    return {};
}

Status ImportWriter::add(const std::vector<Contact>& contacts,
                         const std::function<bool(int done)>& progress)
{
    if (auto inserted = m_bulk->addContacts(contacts, progress); !inserted)
        return inserted;
    m_outcome.created += int(contacts.size());
    return {};
}

Result<ImportOutcome> ImportWriter::finish()
{
    if (auto indexed = m_deferred->finish(); !indexed)
        return indexed.error();
    if (auto logged = m_log->recordCreatedAfter(m_outcome.importId, m_deferred->lastIdBefore());
        !logged)
        return logged.error();
    if (auto finished = m_log->finish(m_outcome.importId, m_outcome.created, m_outcome.merged);
        !finished)
        return finished.error();
    if (auto committed = m_transaction->commit(); !committed)
        return committed.error();
    return m_outcome;
}

} // namespace finalist
