#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <vector>

namespace finalist {

class Database;

struct ImportRecord
{
    qint64 id = 0;
    QString source; // "LinkedIn", "vCard", "CSV"
    QString fileName;
    int created = 0;
    int merged = 0;
    QDateTime importedAt;
    QDateTime undoneAt; // invalid while it stands
};

struct ImportChange
{
    qint64 contactId = 0;
    bool created = false; // else merged
    QString previous; // the merged contact as it was, for undo
};

// What each import wrote, so that it can be undone as a whole. The caller owns the
// transaction around an import; the log's statements are prepared once and reused.
class ImportLog
{
public:
    explicit ImportLog(Database& db);

    Result<qint64> begin(const QString& source, const QString& fileName);
    Status recordCreated(qint64 importId, qint64 contactId);
    // Every contact with an id above the given one: made by this import, in one statement.
    Status recordCreatedAfter(qint64 importId, qint64 lastIdBefore);
    Status recordMerged(qint64 importId, qint64 contactId, const QString& previous);
    Status finish(qint64 importId, int created, int merged);

    Result<std::vector<ImportRecord>> list() const; // newest first
    Result<std::vector<ImportChange>> changes(qint64 importId) const;
    // The first person the import made or filled in (the file's first row), 0 when none.
    Result<qint64> firstContact(qint64 importId) const;
    // Deletes the contacts the import made (those already gone by hand aside) in one statement:
    // one at a time, undoing 30,000 took seconds.
    Status removeCreated(qint64 importId);
    Status markUndone(qint64 importId);

private:
    Status recordChange(qint64 importId, qint64 contactId, const QString& action,
                        const QString& previous);

    Database& m_db;
    QSqlQuery m_change;
    bool m_prepared = false;
};

} // namespace finalist
