#pragma once

#include "Database.h"
#include "Result.h"
#include "Sql.h"
#include "Transaction.h"

#include <functional>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <vector>

namespace finalist {

// How one value type maps to one table: the columns besides id, created_at and updated_at, how
// to write them (in that order), how to read them back, and what makes a value invalid.
template <typename T> struct TableMapping
{
    QString table;
    QStringList columns;
    std::function<QVariantList(const T&)> write;
    std::function<void(T&, sql::RowReader&)> read;
    std::function<Status(const T&)> validate = [](const T&) { return Status(); };
};

// The ids that rows point at (idOf(row); 0 for none), each once, in the order first met: what
// withIds() is then asked for.
template <typename Rows, typename IdOf> QList<qint64> distinctIds(const Rows& rows, IdOf idOf)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const auto& row : rows) {
        const qint64 id = idOf(row);
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}

// Create, read, update, delete and select for one table; each repository builds on one.
template <typename T> class Table
{
public:
    Table(Database& db, TableMapping<T> mapping)
        : m_db(db)
        , m_map(std::move(mapping))
    {
    }

    Database& database() const { return m_db; }
    const QString& name() const { return m_map.table; }

    Status add(T& item)
    {
        if (auto valid = m_map.validate(item); !valid)
            return valid;
        const QString now = m_db.clock().nowIso();
        QVariantList values{ now, now };
        values += m_map.write(item);
        const QString statement
            = QStringLiteral("INSERT INTO %1 (created_at, updated_at, %2) VALUES (%3)")
                  .arg(m_map.table, m_map.columns.join(QStringLiteral(", ")),
                       placeholders(values.size()));
        Transaction transaction(m_db.connection());
        auto inserted = sql::exec(m_db.connection(), statement, values);
        if (!inserted)
            return inserted.error();
        const qint64 id = inserted.value().lastInsertId().toLongLong();
        if (auto committed = transaction.commit(); !committed)
            return committed;
        item.id = id;
        item.createdAt = now;
        item.updatedAt = now;
        return {};
    }

    Status update(T& item)
    {
        if (auto valid = m_map.validate(item); !valid)
            return valid;
        const QString now = m_db.clock().nowIso();
        QVariantList values{ now };
        values += m_map.write(item);
        values << item.id;
        const QString statement
            = QStringLiteral("UPDATE %1 SET updated_at = ?, %2 = ? WHERE id = ?")
                  .arg(m_map.table, m_map.columns.join(QStringLiteral(" = ?, ")));
        Transaction transaction(m_db.connection());
        auto updated = sql::exec(m_db.connection(), statement, values);
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return notFound(item.id);
        if (auto committed = transaction.commit(); !committed)
            return committed;
        item.updatedAt = now;
        return {};
    }

    Status remove(qint64 id)
    {
        Transaction transaction(m_db.connection());
        auto removed
            = sql::exec(m_db.connection(),
                        QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_map.table), { id });
        if (!removed)
            return removed.error();
        if (removed.value().numRowsAffected() != 1)
            return notFound(id);
        return transaction.commit();
    }

    Result<T> get(qint64 id) const
    {
        auto rows = select(QStringLiteral("id = ?"), { id });
        if (!rows)
            return rows.error();
        if (rows.value().empty())
            return notFound(id);
        return rows.value().front();
    }

    // Rows matching an SQL condition over this table's columns (aliased as t).
    Result<std::vector<T>> select(const QString& where = {}, const QVariantList& bindings = {},
                                  const QString& orderBy = QStringLiteral("t.id"), int limit = -1,
                                  int offset = 0) const
    {
        std::vector<T> rows;
        auto read = eachRow(
            {}, {}, where, bindings, orderBy,
            [&rows](T& item, sql::RowReader&) { rows.push_back(std::move(item)); }, limit, offset);
        if (!read)
            return read.error();
        return rows;
    }

    // Rows as select() reads them, with more columns after the table's (extraColumns, from the
    // tables `joins` brings in): each is handed over with a reader at the first of those.
    Status eachRow(const QString& extraColumns, const QString& joins, const QString& where,
                   const QVariantList& bindings, const QString& orderBy,
                   const std::function<void(T&, sql::RowReader&)>& each, int limit = -1,
                   int offset = 0) const
    {
        QString statement
            = QStringLiteral("SELECT t.id, t.created_at, t.updated_at, t.%1%2 FROM %3 t%4")
                  .arg(m_map.columns.join(QStringLiteral(", t.")),
                       extraColumns.isEmpty() ? QString() : QStringLiteral(", ") + extraColumns,
                       m_map.table, joins.isEmpty() ? QString() : QLatin1Char(' ') + joins);
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where;
        statement += QStringLiteral(" ORDER BY ") + orderBy;
        if (limit >= 0 || offset > 0)
            statement += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
        auto query = sql::exec(m_db.connection(), statement, bindings);
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        while (q.next()) {
            T item;
            sql::RowReader reader(q, 0);
            item.id = reader.id();
            item.createdAt = reader.text();
            item.updatedAt = reader.text();
            m_map.read(item, reader);
            each(item, reader);
        }
        return {};
    }

    // The rows with these ids (in id order; ids not found are left out).
    Result<std::vector<T>> withIds(const QList<qint64>& ids) const
    {
        std::vector<T> rows;
        rows.reserve(std::size_t(ids.size()));
        constexpr qsizetype kChunk = 500; // well under SQLite's limit on bound values
        for (qsizetype start = 0; start < ids.size(); start += kChunk) {
            QStringList marks;
            QVariantList values;
            for (qsizetype i = start; i < std::min(ids.size(), start + kChunk); ++i) {
                marks << QStringLiteral("?");
                values << ids[i];
            }
            auto chunk
                = select(QStringLiteral("t.id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
            if (!chunk)
                return chunk.error();
            for (T& row : chunk.value())
                rows.push_back(std::move(row));
        }
        return rows;
    }

    Result<qint64> count(const QString& where = {}, const QVariantList& bindings = {}) const
    {
        QString statement = QStringLiteral("SELECT count(*) FROM %1 t").arg(m_map.table);
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where;
        auto value = sql::scalar(m_db.connection(), statement, bindings);
        if (!value)
            return value.error();
        return value.value().toLongLong();
    }

private:
    static QString placeholders(qsizetype n)
    {
        QStringList marks;
        marks.fill(QStringLiteral("?"), n);
        return marks.join(QStringLiteral(", "));
    }

    Error notFound(qint64 id) const
    {
        return { Error::Code::NotFound,
                 QCoreApplication::translate("Storage",
                                             "That record no longer exists (it may "
                                             "have been deleted)."),
                 QStringLiteral("%1 #%2").arg(m_map.table).arg(id),
                 {} };
    }

    Database& m_db;
    TableMapping<T> m_map;
};

} // namespace finalist
