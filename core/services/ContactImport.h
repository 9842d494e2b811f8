#pragma once

#include "formats/ContactReader.h"
#include "formats/ImportedContact.h"
#include "formats/LinkedInInvitations.h"
#include "Result.h"

#include <functional>
#include <vector>

namespace finalist {

class Database;

// How an incoming person was matched to someone already in the contacts.
enum class ImportMatch
{
    New,
    SameCard, // a card Finalist exported, by its UID
    SameLinkedIn, // the same profile URL
    SameEmail,
    SameNameAndCompany
};

struct ImportCandidate
{
    ImportedContact incoming;
    ImportMatch match = ImportMatch::New;
    Contact existing; // when matched
    bool merge = true; // for a match: merge into the existing contact, or skip the row
    bool include = true; // for a new person: add them, or leave the row out
};

// What an import would do, shown before anything is written.
struct ImportPlan
{
    QString source;
    QString fileName;
    std::vector<ImportCandidate> candidates;
    std::vector<ImportProblem> problems;
    // The encoding the file was read in (a guess or not) and the characters left out, by line:
    // shown with the preview. The import writes what the preview shows: both come from here.
    TextReport reading;
    int newCount() const;
    int matchCount() const;
};

struct ImportOutcome
{
    qint64 importId = 0;
    int created = 0;
    int merged = 0;
    int skipped = 0;
};

// Called as rows are written; false cancels, and then nothing is written.
using ImportProgress = std::function<bool(int done, int total)>;

// How a streamed import runs. The window reads a file twice, both times this way: a dry run
// for the preview, which keeps only the rows it shows, then the real one, which leaves out the
// rows the user unticked there.
struct ImportRunOptions
{
    bool dryRun = false;
    ReadProgress progress; // bytes read and the file's size; false cancels
    // A dry run keeps the first rows as candidates, a match with its stored contact.
    std::size_t keepCandidates = 0;
    // A real run leaves out these rows (by index among the rows admitted, in file order): a new
    // person is not added, a match is not merged. Each is counted as skipped.
    std::vector<bool> leftOut;
    // A real run asks this last, with everything written but not committed: an error rolls
    // the whole import back (the command line's whole-file check, run meanwhile).
    std::function<Status()> beforeCommit;
};

// What a streamed import found, and wrote unless it was a dry run: the counts and problems a
// plan of the same file shows, in the same order.
struct ImportSummary
{
    int newCount = 0;
    int matchCount = 0;
    std::vector<ImportProblem> problems;
    TextReport reading;
    std::vector<ImportCandidate> candidates; // a dry run's first rows (keepCandidates)
    ImportOutcome outcome; // empty for a dry run
};

class ContactImport
{
public:
    explicit ContactImport(Database& db)
        : m_db(db)
    {
    }

    // Matches by LinkedIn URL, then email, then name and company (without case or accents in
    // the way). The same person twice in one file becomes a problem on the later line. A person
    // whose file gives no role category gets one guessed from their title; the title is kept.
    Result<ImportPlan> plan(const ContactFileContents& contents, const QString& source,
                            const QString& fileName) const;
    // One transaction: every new contact, every merge, and the log that lets undo() reverse it.
    Result<ImportOutcome> commit(const ImportPlan& plan, const ImportProgress& progress = {});
    // plan() and commit() of everyone in the file (nobody left out, every match merged), one
    // record at a time: what is held is the contacts already stored and, per row, only its
    // match keys (SeenInFile, to find the same person twice), never the rows themselves.
    // A dry run matches and counts the same way and writes nothing; a real one writes in one
    // transaction with the log, as commit() does. progress (bytes read, file size) false
    // cancels, and then nothing is written.
    Result<ImportSummary> run(ContactReader& reader, const QString& source, const QString& fileName,
                              const ImportRunOptions& options);
    Result<ImportSummary> run(ContactReader& reader, const QString& source, const QString& fileName,
                              bool dryRun, const ReadProgress& progress = {})
    {
        return run(reader, source, fileName, ImportRunOptions{ dryRun, progress, 0, {}, {} });
    }
    // Invitations.csv: the contacts it names (by profile URL, else by name) become "invitation
    // pending" unless already connected. Logged like an import, so it can be undone. A dry run
    // counts the same way and writes nothing (a read-only database will do).
    Result<ImportOutcome> applyInvitations(const std::vector<LinkedInInvitation>& invitations,
                                           const QString& fileName, bool dryRun = false);
    // Removes the contacts the import made and puts merged ones back as they were. Refused for
    // an import already undone: its merged contacts may have been edited since.
    Status undo(qint64 importId);
    // Whether undo() has been done for this import (from any menu or line that offers it).
    Result<bool> isUndone(qint64 importId) const;

    // A merge fills what the existing contact lacks and moves LinkedIn forward, never back;
    // nothing the user wrote is overwritten.
    static Contact merged(const Contact& existing, const ImportedContact& incoming);

    // The part a person with this job title most likely plays in a hiring process:
    // "Hiring Manager, Platform" is a hiring manager, "Talent Partner" a recruiter, "VP
    // Engineering" an executive. Other when the title says nothing about it.
    static RoleCategory roleFromTitle(const QString& title);

private:
    Status readMatched(std::vector<ImportCandidate>& candidates) const;

    Database& m_db;
};

} // namespace finalist
