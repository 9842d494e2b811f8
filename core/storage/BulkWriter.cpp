#include "BulkWriter.h"

#include "ContactRepository.h"
#include "Database.h"
#include "domain/Enums.h"
#include "Sql.h"

#include <atomic>
#include <memory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <span>

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
    , m_opportunities(statement(
          QStringLiteral("opportunities"),
          { QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("source"),
            QStringLiteral("applied_on"), QStringLiteral("location"), QStringLiteral("stage"),
            QStringLiteral("decided_on"), QStringLiteral("reason_given"), QStringLiteral("praise"),
            QStringLiteral("chosen_hire_start_on") }))
    , m_stages(statement(QStringLiteral("opportunity_stages"),
                         { QStringLiteral("opportunity_id"), QStringLiteral("stage"),
                           QStringLiteral("entered_on"), QStringLiteral("created_at") },
                         false))
    , m_rounds(statement(QStringLiteral("rounds"),
                         { QStringLiteral("opportunity_id"), QStringLiteral("kind"),
                           QStringLiteral("held_on"), QStringLiteral("outcome"),
                           QStringLiteral("notes") }))
    , m_contacts(statement(QStringLiteral("contacts"), ContactRepository::columns()))
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
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.query.bindValue(int(i), sql::bindable(values.at(i)));
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

Status BulkWriter::add(Opportunity& o, std::vector<StageEntry> history)
{
    if (auto added = insert(m_opportunities,
                            { o.company.trimmed(), o.role, o.source, sql::dateOrNull(o.appliedOn),
                              o.location, enumKey(o.stage), sql::dateOrNull(o.decidedOn),
                              o.reasonGiven, o.praise, sql::dateOrNull(o.chosenHireStartOn) },
                            o);
        !added)
        return added;
    if (history.empty())
        history.push_back(
            { o.id, o.stage, o.appliedOn.isValid() ? o.appliedOn : m_db.clock().today() });
    for (const StageEntry& entry : history) {
        if (auto moved
            = run(m_stages, { o.id, enumKey(entry.stage), toIsoDate(entry.enteredOn), m_now });
            !moved)
            return moved.error();
    }
    return {};
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

namespace {

// An imported batch often has columns with one value in every row (no phone, no notes, the same
// LinkedIn state): those are written into the statement once instead of bound row by row.
// Text with a NUL character cannot be a literal and stays bound.
bool sameInEveryRow(std::span<const QVariantList> rows, int column)
{
    const QVariant& first = rows.front().at(column);
    for (const QVariantList& row : rows) {
        const QVariant& value = row.at(column);
        if (value.isNull() != first.isNull() || value != first)
            return false;
    }
    return first.typeId() != QMetaType::QString || !first.toString().contains(QChar(0));
}

constexpr std::size_t kRowsPerStatement = 64;

QVariantList contactRow(const Contact& contact)
{
    QVariantList values = ContactRepository::values(contact);
    for (QVariant& value : values)
        value = sql::bindable(value);
    return values;
}

} // namespace

Status BulkWriter::addContacts(const std::vector<Contact>& contacts,
                               const std::function<bool(int)>& progress)
{
    // Making a row (its details as JSON, its search words) costs a quarter of writing it: a
    // second thread makes them a batch ahead while this one writes. Only values cross over.
    std::vector<QVariantList> rows(contacts.size());
    std::atomic<std::size_t> made{ 0 };
    std::atomic<bool> stop{ false };
    std::unique_ptr<QThread> maker(QThread::create([&] {
        for (std::size_t i = 0; i < contacts.size() && !stop.load(std::memory_order_relaxed); ++i) {
            rows[i] = contactRow(contacts[i]);
            if ((i + 1) % kRowsPerStatement == 0 || i + 1 == contacts.size()) {
                made.store(i + 1, std::memory_order_release);
                made.notify_one();
            }
        }
    }));
    maker->start();
    const auto finished = qScopeGuard([&] {
        stop = true;
        maker->wait();
    });
    const auto ready = [&made](std::size_t end) {
        for (std::size_t now = made.load(std::memory_order_acquire); now < end;
             now = made.load(std::memory_order_acquire))
            made.wait(now, std::memory_order_acquire);
    };
    return writeContactRows(rows, ready, progress);
}

Status BulkWriter::writeContactRows(const std::vector<QVariantList>& all,
                                    const std::function<void(std::size_t end)>& rowsReady,
                                    const std::function<bool(int)>& progress)
{
    // Sixty-four rows per statement, the timestamps and the batch's constant columns written
    // into the statement itself: most of an import's time is binding values one by one. The
    // rest are bound by name, which Qt looks up, rather than by position, which it first formats
    // as a name. m_now is our own ISO 8601 text.
    const int columns = int(m_contacts.columns.size()) - 2;
    const QString head = QStringLiteral("INSERT INTO contacts (%1) VALUES ")
                             .arg(m_contacts.columns.join(QStringLiteral(", ")));
    const QString stamps = QStringLiteral("'%1','%1')").arg(m_now);
    QStringList names;
    for (int i = 0; i < int(kRowsPerStatement) * columns; ++i)
        names << QStringLiteral(":v%1").arg(i);
    QHash<QString, QSqlQuery>& statements = m_contactStatements; // batches mostly share a shape
    for (std::size_t start = 0; start < all.size(); start += kRowsPerStatement) {
        const std::size_t end = std::min(all.size(), start + kRowsPerStatement);
        rowsReady(end);
        const auto rows = std::span(all).subspan(start, end - start);
        std::vector<bool> constant(std::size_t(columns), false);
        QStringList literals(columns);
        for (int column = 0; column < columns; ++column) {
            constant[std::size_t(column)] = sameInEveryRow(rows, column);
            if (constant[std::size_t(column)])
                sql::appendLiteral(literals[column], rows.front().at(column));
        }
        QString text = head;
        for (std::size_t row = 0; row < rows.size(); ++row) {
            text += row == 0 ? QLatin1String("(") : QLatin1String(",(");
            for (int column = 0; column < columns; ++column) {
                text += constant[std::size_t(column)] ? literals.at(column)
                                                      : names.at(int(row) * columns + column);
                text += QLatin1Char(',');
            }
            text += stamps;
        }
        auto found = statements.find(text);
        if (found == statements.end()) {
            if (statements.size() >= 16)
                statements.clear(); // shapes that keep changing: do not hoard statements
            QSqlQuery query(m_db.connection());
            if (!query.prepare(text))
                return sql::errorFrom(query.lastError(), text.left(200));
            found = statements.insert(text, query);
        }
        QSqlQuery& batch = found.value();
        for (std::size_t row = 0; row < rows.size(); ++row)
            for (int column = 0; column < columns; ++column)
                if (!constant[std::size_t(column)])
                    batch.bindValue(names.at(int(row) * columns + column), rows[row].at(column));
        if (!batch.exec())
            return sql::errorFrom(batch.lastError(), text.left(200));
        if (progress && !progress(int(end)))
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
