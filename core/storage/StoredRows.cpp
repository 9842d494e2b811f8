#include "StoredRows.h"

#include "Database.h"
#include "Sql.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlRecord>

namespace finalist {

namespace {

bool isStamp(const QString& column)
{
    return column == u"created_at" || column == u"updated_at";
}

Status notFound(const QString& table, qint64 id)
{
    return Error{ Error::Code::NotFound,
                  QCoreApplication::translate("Storage", "That record no longer exists."),
                  QStringLiteral("%1 %2").arg(table).arg(id),
                  {} };
}

} // namespace

QVariant StoredRow::value(const QString& column) const
{
    const qsizetype at = columns.indexOf(column);
    return at < 0 ? QVariant() : values.value(at);
}

void StoredRow::setValue(const QString& column, const QVariant& value)
{
    if (const qsizetype at = columns.indexOf(column); at >= 0)
        values[at] = value;
}

bool StoredRow::sameContent(const StoredRow& other) const
{
    if (table != other.table || columns != other.columns)
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (!isStamp(columns[i]) && values[i] != other.values[i])
            return false;
    return true;
}

const std::vector<ContactColumn>& StoredRows::contactColumns()
{
    static const std::vector<ContactColumn> columns{
        { QStringLiteral("meetings"), QStringLiteral("contact_id") },
        { QStringLiteral("contact_links"), QStringLiteral("from_contact_id") },
        { QStringLiteral("contact_links"), QStringLiteral("to_contact_id") },
        { QStringLiteral("outreach"), QStringLiteral("contact_id") },
        { QStringLiteral("follow_ups"), QStringLiteral("contact_id") },
        { QStringLiteral("opportunities"), QStringLiteral("told_by_id") },
    };
    return columns;
}

Result<std::vector<StoredRow>> StoredRows::select(const QString& table, const QString& where,
                                                  const QVariantList& bindings) const
{
    auto query = sql::exec(
        m_db.connection(),
        QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where), bindings);
    if (!query)
        return query.error();
    std::vector<StoredRow> rows;
    QSqlQuery& q = query.value();
    while (q.next()) {
        const QSqlRecord record = q.record();
        StoredRow row;
        row.table = table;
        for (int i = 0; i < record.count(); ++i) {
            row.columns << record.fieldName(i);
            row.values << q.value(i);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::optional<StoredRow>> StoredRows::find(const QString& table, qint64 id) const
{
    auto rows = select(table, QStringLiteral("id = ?"), { id });
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<StoredRow>();
    return std::optional<StoredRow>(rows.value().front());
}

Result<std::vector<StoredRow>> StoredRows::pointingAtContact(qint64 contactId) const
{
    std::vector<StoredRow> found;
    for (const ContactColumn& reference : contactColumns()) {
        auto rows
            = select(reference.table, reference.column + QStringLiteral(" = ?"), { contactId });
        if (!rows)
            return rows.error();
        for (StoredRow& row : rows.value())
            if (std::none_of(found.begin(), found.end(), [&](const StoredRow& seen) {
                    return seen.table == row.table && seen.id() == row.id();
                }))
                found.push_back(std::move(row));
    }
    return found;
}

Status StoredRows::insert(const StoredRow& row)
{
    QStringList marks;
    for (qsizetype i = 0; i < row.columns.size(); ++i)
        marks << QStringLiteral("?");
    auto inserted = sql::exec(m_db.connection(),
                              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(row.table, row.columns.join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", "))),
                              row.values);
    if (!inserted)
        return inserted.error();
    return {};
}

Result<qint64> StoredRows::insertAnew(StoredRow row)
{
    row.setValue(QStringLiteral("id"), QVariant()); // NULL: SQLite gives the next free one
    if (auto inserted = insert(row); !inserted)
        return inserted.error();
    auto id = sql::exec(m_db.connection(), QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    if (!id.value().next())
        return Error{ Error::Code::Query, QStringLiteral("No id for the row put back"), {}, {} };
    return id.value().value(0).toLongLong();
}

Status StoredRows::overwrite(const StoredRow& row)
{
    QVariantList bindings = row.values;
    bindings << row.id();
    auto updated = sql::exec(m_db.connection(),
                             QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                 .arg(row.table, row.columns.join(QStringLiteral(" = ?, "))),
                             bindings);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return notFound(row.table, row.id());
    return {};
}

Status StoredRows::write(const QString& table, qint64 id, const QString& column,
                         const QVariant& value)
{
    auto updated = sql::exec(m_db.connection(),
                             QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column),
                             { value, id });
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return notFound(table, id);
    return {};
}

} // namespace finalist
