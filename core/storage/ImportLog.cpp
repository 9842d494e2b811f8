#include "ImportLog.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlError>

namespace finalist {

ImportLog::ImportLog(Database& db)
    : m_db(db)
    , m_change(db.connection())
{
}

Result<qint64> ImportLog::begin(const QString& source, const QString& fileName)
{
    const QString now = m_db.clock().nowIso();
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("INSERT INTO imports (source, file_name, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?)"),
                           { source, fileName, now, now });
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status ImportLog::recordChange(qint64 importId, qint64 contactId, const QString& action,
                               const QString& previous)
{
    if (!m_prepared) {
        const QString statement
            = QStringLiteral("INSERT INTO import_changes (import_id, "
                             "contact_id, action, previous) VALUES (?, ?, ?, ?)");
        if (!m_change.prepare(statement))
            return sql::errorFrom(m_change.lastError(), statement);
        m_prepared = true;
    }
    m_change.bindValue(0, importId);
    m_change.bindValue(1, contactId);
    m_change.bindValue(2, action);
    m_change.bindValue(3, previous.isNull() ? QStringLiteral("") : previous); // NOT NULL column
    if (!m_change.exec())
        return sql::errorFrom(m_change.lastError(), m_change.lastQuery());
    return {};
}

Status ImportLog::recordCreated(qint64 importId, qint64 contactId)
{
    return recordChange(importId, contactId, QStringLiteral("created"), QString());
}

Status ImportLog::recordCreatedAfter(qint64 importId, qint64 lastIdBefore)
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("INSERT INTO import_changes (import_id, contact_id, "
                                          "action, previous) SELECT ?, id, 'created', '' FROM "
                                          "contacts WHERE id > ? ORDER BY id"),
                           { importId, lastIdBefore });
    if (!query)
        return query.error();
    return {};
}

Status ImportLog::recordMerged(qint64 importId, qint64 contactId, const QString& previous)
{
    return recordChange(importId, contactId, QStringLiteral("merged"), previous);
}

Status ImportLog::finish(qint64 importId, int created, int merged)
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("UPDATE imports SET created_count = ?, merged_count = ? "
                                          "WHERE id = ?"),
                           { created, merged, importId });
    if (!query)
        return query.error();
    return {};
}

Result<std::vector<ImportRecord>> ImportLog::list() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT id, source, file_name, created_count, "
                                          "merged_count, created_at, undone_at FROM imports "
                                          "ORDER BY id DESC"));
    if (!query)
        return query.error();
    std::vector<ImportRecord> records;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.fileName = q.value(2).toString();
        r.created = q.value(3).toInt();
        r.merged = q.value(4).toInt();
        r.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        r.undoneAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        records.push_back(r);
    }
    return records;
}

Result<std::vector<ImportChange>> ImportLog::changes(qint64 importId) const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT contact_id, action, previous FROM "
                                          "import_changes WHERE import_id = ? ORDER BY id"),
                           { importId });
    if (!query)
        return query.error();
    std::vector<ImportChange> changes;
    while (query.value().next()) {
        const QSqlQuery& q = query.value();
        changes.push_back({ q.value(0).toLongLong(),
                            q.value(1).toString() == QLatin1String("created"),
                            q.value(2).toString() });
    }
    return changes;
}

Result<qint64> ImportLog::firstContact(qint64 importId) const
{
    auto first = sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT coalesce((SELECT contact_id FROM "
                                            "import_changes WHERE import_id = ? ORDER BY id "
                                            "LIMIT 1), 0)"),
                             { importId });
    if (!first)
        return first.error();
    return first.value().toLongLong();
}

Status ImportLog::removeCreated(qint64 importId)
{
    auto query
        = sql::exec(m_db.connection(),
                    QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT contact_id FROM "
                                   "import_changes WHERE import_id = ? AND action = "
                                   "'created')"),
                    { importId });
    if (!query)
        return query.error();
    return {};
}

Status ImportLog::markUndone(qint64 importId)
{
    const QString now = m_db.clock().nowIso();
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("UPDATE imports SET undone_at = ?, updated_at = ? "
                                          "WHERE id = ?"),
                           { now, now, importId });
    if (!query)
        return query.error();
    return {};
}

} // namespace finalist
