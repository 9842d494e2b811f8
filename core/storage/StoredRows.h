#pragma once

#include "Result.h"

#include <optional>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace finalist {

class Database;

// One row of a table as SQLite holds it: every column, the id and the time stamps included.
struct StoredRow
{
    QString table;
    QStringList columns;
    QVariantList values;

    qint64 id() const { return value(QStringLiteral("id")).toLongLong(); }
    QVariant value(const QString& column) const;
    void setValue(const QString& column, const QVariant& value);
    // The same in every column but the time stamps: a record saved again without a change
    // still counts as the same.
    bool sameContent(const StoredRow& other) const;
};

// A column that holds a contact's id.
struct ContactColumn
{
    QString table;
    QString column;
};

// Reads rows whole and writes them back whole, keys and time stamps included, for an undo that
// must leave the file as it was. Table and column names come from this code, never from input.
class StoredRows
{
public:
    explicit StoredRows(Database& db)
        : m_db(db)
    {
    }

    // Every column that points at a contact (the meetings, links, notes, follow-ups and the
    // processes whose decision they gave).
    static const std::vector<ContactColumn>& contactColumns();

    Result<std::optional<StoredRow>> find(const QString& table, qint64 id) const;
    // The rows of every table that point at the contact, by table and then id.
    Result<std::vector<StoredRow>> pointingAtContact(qint64 contactId) const;

    // Puts a row back under its own id; fails when the id is taken or a reference is gone.
    Status insert(const StoredRow& row);
    // The same under a new id, for a row whose id was given to another since; returns it.
    Result<qint64> insertAnew(StoredRow row);
    // Writes every column of the row with the same id, which must exist.
    Status overwrite(const StoredRow& row);
    // Writes one column of one row, which must exist.
    Status write(const QString& table, qint64 id, const QString& column, const QVariant& value);

private:
    Result<std::vector<StoredRow>> select(const QString& table, const QString& where,
                                          const QVariantList& bindings) const;
    Database& m_db;
};

} // namespace finalist
