#pragma once

#include "ContactImport.h"
#include "Result.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace finalist {

class BulkWriter;
class ContactRepository;
class Database;
class DeferredSearchIndex;
class ImportLog;
class Transaction;

// What an import writes, in one transaction with the log that lets ContactImport::undo()
// reverse it: nothing stays unless finish() succeeds. Both ways of importing write through
// here (a plan the user went through, and a file streamed record by record).
class ImportWriter
{
public:
    explicit ImportWriter(Database& db);
    ~ImportWriter(); // rolls back what was not finished
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    Status begin(const QString& source, const QString& fileName);
    // Writes `updated` over `existing`, and keeps `existing` in the log for undo.
    Status merge(const Contact& existing, const Contact& updated);
    // New people, many rows per statement; each was checked before. progress(done) false stops.
    Status add(const std::vector<Contact>& contacts,
               const std::function<bool(int done)>& progress = {});
    // Indexes the new people for search, closes the log and commits.
    Result<ImportOutcome> finish();

    // A merged contact as it was, for the log; undo puts it back.
    static QString snapshot(const Contact& contact);
    // Puts a contact back as a snapshot had it.
    static void restore(Contact& contact, const QString& snapshot);

private:
    Database& m_db;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<ImportLog> m_log;
    std::unique_ptr<DeferredSearchIndex> m_deferred;
    std::unique_ptr<BulkWriter> m_bulk;
    std::unique_ptr<ContactRepository> m_contacts;
    ImportOutcome m_outcome;
};

} // namespace finalist
