#include "BulkWriter.h"

#include "ContactRepository.h"
#include "Database.h"
#include "domain/Enums.h"
#include "Sql.h"

#include <QSet>
#include <QSqlError>

namespace finalist {

namespace {

// Ratings and moods: 0 means "not set", stored as NULL so the schema's range check holds.
QVariant ratingOrNull(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

BulkWriter::BulkWriter(Database& db)
    : m_db(db)
    , m_now(db.clock().nowIso())
    , m_opportunities(
          statement(QStringLiteral("opportunities"),
                    { QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("source"),
                      QStringLiteral("applied_on"), QStringLiteral("status"),
                      QStringLiteral("decided_on"), QStringLiteral("reason_given"),
                      QStringLiteral("praise"), QStringLiteral("chosen_hire_start_on") }))
    , m_rounds(statement(QStringLiteral("rounds"),
                         { QStringLiteral("opportunity_id"), QStringLiteral("kind"),
                           QStringLiteral("held_on"), QStringLiteral("outcome"),
                           QStringLiteral("notes") }))
    , m_contacts(statement(
          QStringLiteral("contacts"),
          { QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("title"),
            QStringLiteral("role_category"), QStringLiteral("company"), QStringLiteral("email"),
            QStringLiteral("phone"), QStringLiteral("linkedin_url"),
            QStringLiteral("linkedin_status"), QStringLiteral("linkedin_status_on"),
            QStringLiteral("warmth"), QStringLiteral("notes") }))
    , m_meetings(statement(
          QStringLiteral("meetings"),
          { QStringLiteral("round_id"), QStringLiteral("contact_id"), QStringLiteral("notes") }))
    , m_links(statement(QStringLiteral("contact_links"),
                        { QStringLiteral("from_contact_id"), QStringLiteral("to_contact_id"),
                          QStringLiteral("kind") }))
    , m_entries(statement(QStringLiteral("journal_entries"),
                          { QStringLiteral("opportunity_id"), QStringLiteral("title"),
                            QStringLiteral("written_on"), QStringLiteral("experience"),
                            QStringLiteral("job_ideal"), QStringLiteral("job_not_ideal"),
                            QStringLiteral("gut_rating"), QStringLiteral("gut_reason"),
                            QStringLiteral("relationships"), QStringLiteral("learned"),
                            QStringLiteral("momentum"), QStringLiteral("notes"),
                            QStringLiteral("mood"), QStringLiteral("revisit_on") }))
    , m_entryTags(statement(QStringLiteral("entry_tags"),
                            { QStringLiteral("entry_id"), QStringLiteral("tag_id") }, false))
{
}

BulkWriter::Statement BulkWriter::statement(const QString& table, QStringList columns, bool stamped)
{
    if (stamped)
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    return { table, columns, QSqlQuery(m_db.connection()), false };
}

Result<qint64> BulkWriter::run(Statement& insert, const QVariantList& values)
{
    if (!insert.prepared) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), insert.columns.size());
        const QString text = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(insert.table, insert.columns.join(QStringLiteral(", ")),
                                      marks.join(QStringLiteral(", ")));
        if (!insert.query.prepare(text))
            return sql::errorFrom(insert.query.lastError(), text);
        insert.prepared = true;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        // As in sql::exec: a null QString would bind as NULL, but empty text is still text.
        const QVariant& value = values.at(i);
        const bool emptyText
            = !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        insert.query.bindValue(int(i), emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!insert.query.exec())
        return sql::errorFrom(insert.query.lastError(), insert.query.lastQuery());
    return insert.query.lastInsertId().toLongLong();
}

Status BulkWriter::insert(Statement& insert, QVariantList values, Record& record)
{
    values << m_now << m_now;
    auto id = run(insert, values);
    if (!id)
        return id.error();
    record.id = id.value();
    record.createdAt = m_now;
    record.updatedAt = m_now;
    return {};
}

Status BulkWriter::add(Opportunity& o)
{
    return insert(m_opportunities,
                  { o.company.trimmed(), o.role, o.source, sql::dateOrNull(o.appliedOn),
                    enumKey(o.status), sql::dateOrNull(o.decidedOn), o.reasonGiven, o.praise,
                    sql::dateOrNull(o.chosenHireStartOn) },
                  o);
}

Status BulkWriter::add(Round& r)
{
    return insert(m_rounds,
                  { r.opportunityId, enumKey(r.kind), sql::dateOrNull(r.heldOn), enumKey(r.outcome),
                    r.notes },
                  r);
}

Status BulkWriter::add(Contact& c)
{
    return insert(m_contacts, ContactRepository::values(c), c);
}

Status BulkWriter::addContacts(const std::vector<Contact>& contacts,
                               const std::function<bool(int)>& progress)
{
    // Sixty-four rows per statement, the timestamps written into the statement itself: most of
    // an import's time is binding values one by one. Values are bound by name, which Qt
    // looks up, rather than by position, which it first formats as a name. m_now is our own
    // ISO 8601 text.
    constexpr int kRows = 64;
    const int bound = int(m_contacts.columns.size()) - 2;
    QStringList names;
    QStringList tuples;
    for (int row = 0; row < kRows; ++row) {
        QStringList tuple;
        for (int column = 0; column < bound; ++column) {
            const QString name = QStringLiteral(":v%1").arg(names.size());
            names << name;
            tuple << name;
        }
        tuples << QStringLiteral("(%1,'%2','%2')").arg(tuple.join(QLatin1Char(',')), m_now);
    }
    QSqlQuery batch(m_db.connection());
    QString prepared;
    for (std::size_t start = 0; start < contacts.size(); start += kRows) {
        const int rows = int(std::min<std::size_t>(kRows, contacts.size() - start));
        const QString text = QStringLiteral("INSERT INTO contacts (%1) VALUES %2")
                                 .arg(m_contacts.columns.join(QStringLiteral(", ")),
                                      tuples.mid(0, rows).join(QLatin1Char(',')));
        if (text != prepared) {
            if (!batch.prepare(text))
                return sql::errorFrom(batch.lastError(), text.left(200));
            prepared = text;
        }
        int position = 0;
        for (int row = 0; row < rows; ++row) {
            for (const QVariant& value :
                 ContactRepository::values(contacts[start + std::size_t(row)])) {
                // As in sql::exec: a null QString binds as NULL, but empty text is text.
                const bool emptyText = !value.isNull() && value.typeId() == QMetaType::QString
                    && value.toString().isNull();
                batch.bindValue(names.at(position++),
                                emptyText ? QVariant(QStringLiteral("")) : value);
            }
        }
        if (!batch.exec())
            return sql::errorFrom(batch.lastError(), text.left(200));
        if (progress && !progress(int(start) + rows))
            return Error{ Error::Code::Invalid, QString(), {}, {} };
    }
    return {};
}

Status BulkWriter::add(Meeting& m)
{
    return insert(m_meetings, { m.roundId, m.contactId, m.notes }, m);
}

Status BulkWriter::add(ContactLink& l)
{
    return insert(m_links, { l.fromContactId, l.toContactId, enumKey(l.kind) }, l);
}

Status BulkWriter::add(JournalEntry& e)
{
    auto added = insert(m_entries,
                        { sql::idOrNull(e.opportunityId), e.title, sql::dateOrNull(e.writtenOn),
                          e.experience, e.jobIdeal, e.jobNotIdeal, ratingOrNull(e.gutRating),
                          e.gutReason, e.relationships, e.learned, e.momentum, e.notes,
                          ratingOrNull(e.mood), sql::dateOrNull(e.revisitOn) },
                        e);
    if (!added)
        return added;
    QSet<QString> seen; // "Panel" and "panel" are one tag, linked once
    for (const QString& name : e.tags) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toLower()))
            continue;
        seen.insert(trimmed.toLower());
        if (auto tagged = tag(e.id, trimmed); !tagged)
            return tagged;
    }
    return {};
}

Status BulkWriter::tag(qint64 entryId, const QString& name)
{
    auto known = m_tagIds.constFind(name.toLower());
    if (known == m_tagIds.constEnd()) {
        // A tag may exist already, spelled with other capitals: reuse its row.
        const QSqlDatabase db = m_db.connection();
        auto added = sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES (?)"),
                               { name });
        if (!added)
            return added.error();
        auto id = sql::scalar(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), { name });
        if (!id)
            return id.error();
        known = m_tagIds.insert(name.toLower(), id.value().toLongLong());
    }
    if (auto linked = run(m_entryTags, { entryId, known.value() }); !linked)
        return linked.error();
    return {};
}

} // namespace finalist
