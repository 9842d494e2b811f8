#pragma once

#include "domain/Sync.h"
#include "records/RecordFields.h"
#include "Result.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <vector>

namespace finalist {
class Database;
}

namespace finalist::sync {

// A local record as the sync engine sees it: which one, and its fields.
struct LocalRecord
{
    qint64 id = 0;
    QString createdAt;
    RecordFields fields;
};

// A record read from the server's data.
struct ServerRecord
{
    QString uid;
    RecordFields fields;
};

// What RecordSync needs to know of one kind of record: how to read and write the local ones as
// fields, and how they look on the server (a vCard, an iCalendar object). Writes join the
// caller's transaction.
class RecordAdapter
{
public:
    virtual ~RecordAdapter() = default;

    virtual SyncKind kind() const = 0;
    virtual bool isAddressBook() const = 0; // CardDAV; else CalDAV
    virtual QByteArray contentType() const = 0;
    virtual QString fileExtension() const = 0; // ".vcf", ".ics"

    virtual Result<std::vector<LocalRecord>> list() = 0;
    // The record's fields as they would read after being written here: what a merge compares.
    virtual std::optional<ServerRecord> parse(const QByteArray& data) const = 0;
    // Made from fields (the record's new id and creation time set); an error when the record
    // cannot be kept as it is (it is then left on the server and counted as unreadable).
    virtual Result<LocalRecord> create(const RecordFields& fields) = 0;
    virtual Status update(qint64 id, const RecordFields& fields) = 0;
    virtual Status remove(qint64 id) = 0;
    // The server's data for the fields, keeping what the server's last copy holds beyond them.
    virtual QByteArray write(const RecordFields& fields, const QByteArray& serverData,
                             const QString& uid) const = 0;
    virtual QString fieldLabel(const QString& field) const = 0;
    // A field's value as a person reads it (a list of phones one per line, a day in the
    // locale's format, say). By default a day as the locale writes it, else the value.
    virtual QString fieldText(const QString& field, const QString& value) const;
    // One record's fields; by default found in list(), which is fine for a click.
    virtual Result<RecordFields> fieldsOf(qint64 id);
};

// Each synced record's fields as last agreed with the server, by local id: what an adapter
// falls back on for what the journal cannot hold (a link to a record it does not have).
Result<QHash<qint64, RecordFields>> agreedFieldsOf(Database& db, SyncKind kind);

} // namespace finalist::sync
