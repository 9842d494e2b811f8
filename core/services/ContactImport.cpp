#include "ContactImport.h"

#include "ContactMerge.h"
#include "domain/Validation.h"
#include "formats/PlaceholderValue.h"
#include "ImportKeys.h"
#include "ImportWriter.h"
#include "RowsReadAhead.h"
#include "SeenInFile.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ImportLog.h"
#include "storage/Transaction.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <vector>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)
};

// Freeing a quarter of a million keys takes about as long as matching with them; a pool thread
// does it while the preview goes on.
template <typename T> void freeInBackground(T&& doomed)
{
    auto owner = std::make_shared<std::decay_t<T>>(std::forward<T>(doomed));
    QThreadPool::globalInstance()->start([owner = std::move(owner)]() mutable { owner.reset(); });
}

int linkedInRank(LinkedInStatus status)
{
    return static_cast<int>(status); // the enum runs from not connected to connected
}

} // namespace

int ImportPlan::newCount() const
{
    return int(std::count_if(candidates.begin(), candidates.end(),
                             [](const ImportCandidate& c) { return c.match == ImportMatch::New; }));
}

int ImportPlan::matchCount() const
{
    return int(candidates.size()) - newCount();
}

Contact ContactImport::merged(const Contact& existing, const ImportedContact& incoming)
{
    Contact c = existing;
    fillMissing(c, incoming.contact);
    if (c.notes.trimmed().isEmpty())
        c.notes = incoming.contact.notes;
    if (c.role == RoleCategory::Other) // a role the user chose is never replaced
        c.role = incoming.contact.role;
    return c;
}

namespace {

struct TitlePhrase
{
    QString words; // between single spaces, as the title is read
    RoleCategory role;
};

// The most telling first: an assistant to the CEO keeps the diary, a director of talent
// recruits, an engineering manager hires. Built once: this runs for every imported row.
const std::vector<TitlePhrase>& titlePhrases()
{
    static const std::vector<TitlePhrase> phrases = [] {
        const std::pair<RoleCategory, std::vector<const char*>> groups[] = {
            { RoleCategory::HiringManager,
              { "hiring manager", "engineering manager", "hiring lead" } },
            { RoleCategory::Recruiter,
              { "recruiter", "recruiting", "recruitment", "talent", "sourcer", "sourcing", "hr",
                "hrbp", "human resources", "people partner", "people operations" } },
            { RoleCategory::Gatekeeper,
              { "assistant", "coordinator", "office manager", "receptionist", "secretary" } },
            { RoleCategory::Executive,
              { "chief", "ceo", "cto", "cfo", "coo", "cpo", "cio", "founder", "cofounder",
                "co founder", "president", "vp", "svp", "evp", "owner", "managing director" } },
            { RoleCategory::Director, { "director", "head of", "head" } },
            { RoleCategory::TeamMember,
              { "engineer", "developer", "designer", "analyst", "scientist", "architect",
                "researcher", "specialist", "consultant", "programmer", "writer" } },
        };
        std::vector<TitlePhrase> all;
        for (const auto& [role, words] : groups)
            for (const char* phrase : words)
                all.push_back(
                    { QLatin1Char(' ') + QLatin1String(phrase) + QLatin1Char(' '), role });
        return all;
    }();
    return phrases;
}

} // namespace

RoleCategory ContactImport::roleFromTitle(const QString& title)
{
    // The title as lower-case words between single spaces, so a phrase is found whole:
    // "Hiring Manager, Platform" reads " hiring manager platform ".
    QString words = QStringLiteral(" ");
    words.reserve(title.size() + 2);
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            words += c.toLower();
        else if (!words.endsWith(QLatin1Char(' ')))
            words += QLatin1Char(' ');
    }
    if (words.size() == 1)
        return RoleCategory::Other;
    if (!words.endsWith(QLatin1Char(' ')))
        words += QLatin1Char(' ');
    for (const TitlePhrase& phrase : titlePhrases())
        if (words.contains(phrase.words))
            return phrase.role;
    return RoleCategory::Other;
}

namespace {

Error cancelledImport()
{
    return Error{
        Error::Code::Cancelled, Texts::tr("The import was cancelled; nothing was added."), {}, {}
    };
}

// A field the contacts table would refuse (an email that is none, a profile address that is
// not LinkedIn's) is left out of the row with a warning, and the next address tried in its place;
// the row is refused only when what is wrong is the name.
bool dropInvalidFields(ImportedContact& person, std::vector<ImportProblem>& problems)
{
    Contact& in = person.contact;
    // A placeholder is no value: never written, never overwriting.
    in.linkedInUrl = withoutPlaceholder(in.linkedInUrl);
    if (isPlaceholderValue(in.email))
        in.email.clear();
    std::erase_if(in.details, [](const ContactPoint& d) {
        return (d.kind == DetailKind::Email || d.kind == DetailKind::Phone)
            && isPlaceholderValue(d.value);
    });
    in.syncPreferred();
    while (true) {
        auto invalid = ContactRepository::check(in);
        if (invalid)
            return true;
        const Error& error = invalid.error();
        const auto dropped = [&] {
            problems.push_back(
                ImportProblem::warning(person.line,
                                       Texts::tr("Line %1: %2 Left out; the rest is imported.")
                                           .arg(person.line)
                                           .arg(error.message)));
        };
        if (error.field == QLatin1String("email")) {
            dropped();
            // The first address that is none goes; the next valid one becomes the preferred.
            const auto bad = std::find_if(in.details.begin(), in.details.end(), [](const auto& d) {
                return d.kind == DetailKind::Email
                    && !validate::email(d.value.trimmed(), QStringLiteral("email"));
            });
            if (bad == in.details.end() || bad->preferred)
                in.email.clear();
            if (bad != in.details.end())
                in.details.erase(bad);
            in.syncPreferred();
        } else if (error.field == QLatin1String("birthday")) {
            dropped();
            in.birthday.clear();
        } else if (error.field == QLatin1String("linkedin_url")) {
            dropped();
            in.linkedInUrl.clear();
        } else {
            problems.push_back(
                { person.line, Texts::tr("Line %1: %2").arg(person.line).arg(error.message) });
            return false;
        }
    }
}

// What happens to a row before it is matched, the same for a plan and a streamed import: the
// same person twice in the file becomes a problem on the later line, so does a row the contacts
// table would refuse; a person whose file gives no role gets one guessed from the title.
bool admit(ImportedContact& person, SeenInFile& seen, MatchKeys& keys,
           std::vector<ImportProblem>& problems)
{
    // Checked first, so a field left out is not a key either.
    if (!dropInvalidFields(person, problems))
        return false; // not seen: a later row is not "the same person" as one never imported
    keys = MatchKeys::of(person);
    if (const int earlier = seen.earlierLine(keys)) {
        problems.push_back({ person.line,
                             Texts::tr("Line %1: the same person as on line %2; skipped.")
                                 .arg(person.line)
                                 .arg(earlier) });
        return false;
    }
    seen.insert(keys, person.line);
    Contact& in = person.contact;
    if (in.role == RoleCategory::Other)
        in.role = ContactImport::roleFromTitle(in.title);
    return true;
}

} // namespace

Result<ImportPlan> ContactImport::plan(const ContactFileContents& contents, const QString& source,
                                       const QString& fileName) const
{
    ImportPlan plan;
    plan.source = source;
    plan.fileName = fileName;
    plan.problems = contents.problems;
    plan.reading = contents.reading;
    // Screening the file's rows needs no database; it runs on a second thread while this one
    // reads and indexes everyone already stored. Only plain values cross over.
    std::vector<MatchKeys> candidateKeys;
    std::unique_ptr<QThread> fileReader(QThread::create([&plan, &contents, &candidateKeys] {
        SeenInFile seen;
        plan.candidates.reserve(contents.contacts.size());
        candidateKeys.reserve(contents.contacts.size());
        for (const ImportedContact& person : contents.contacts) {
            ImportCandidate candidate;
            candidate.incoming = person;
            MatchKeys keys;
            if (!admit(candidate.incoming, seen, keys, plan.problems))
                continue;
            plan.candidates.push_back(std::move(candidate));
            candidateKeys.push_back(std::move(keys));
        }
    }));
    fileReader->start();
    auto known = KnownContacts::load(m_db);
    fileReader->wait();
    if (!known)
        return known.error();

    for (std::size_t i = 0; i < plan.candidates.size(); ++i) {
        ImportCandidate& candidate = plan.candidates[i];
        // The whole contact is read below, for matches only.
        candidate.existing.id = known.value().find(candidateKeys[i], &candidate.match);
    }
    freeInBackground(std::move(known.value()));
    freeInBackground(std::move(candidateKeys));
    if (auto read = readMatched(plan.candidates); !read)
        return read.error();
    return plan;
}

// Fills in the stored contact of every match, whose id alone is known so far.
Status ContactImport::readMatched(std::vector<ImportCandidate>& candidates) const
{
    QList<qint64> matched;
    for (const ImportCandidate& candidate : candidates)
        if (candidate.match != ImportMatch::New)
            matched << candidate.existing.id;
    auto contacts = ContactRepository(m_db).withIds(matched);
    if (!contacts)
        return contacts.error();
    QHash<qint64, Contact> byId;
    for (Contact& c : contacts.value())
        byId.insert(c.id, std::move(c));
    for (ImportCandidate& candidate : candidates)
        if (candidate.match != ImportMatch::New)
            candidate.existing = byId.value(candidate.existing.id);
    return {};
}

Result<ImportOutcome> ContactImport::commit(const ImportPlan& plan, const ImportProgress& progress)
{
    ImportWriter writer(m_db);
    if (auto begun = writer.begin(plan.source, plan.fileName); !begun)
        return begun.error();
    const int total = int(plan.candidates.size());
    std::vector<Contact> added;
    int done = 0;
    int skipped = 0;
    for (const ImportCandidate& candidate : plan.candidates) {
        if (candidate.match == ImportMatch::New) {
            if (candidate.include)
                added.push_back(candidate.incoming.contact);
            else
                ++skipped;
            continue;
        }
        ++done;
        if (!candidate.merge) {
            ++skipped;
            continue;
        }
        if (auto written
            = writer.merge(candidate.existing, merged(candidate.existing, candidate.incoming));
            !written)
            return written.error();
        if (progress && done % 500 == 0 && !progress(done, total))
            return cancelledImport();
    }
    // New people go in many rows per statement; each was checked when the plan was made.
    bool stopped = false;
    auto inserted = writer.add(added, [&](int count) {
        stopped = progress && !progress(done + count, total);
        return !stopped;
    });
    if (stopped)
        return cancelledImport();
    if (!inserted)
        return inserted.error();
    if (progress && !progress(total, total))
        return cancelledImport();
    auto outcome = writer.finish();
    if (!outcome)
        return outcome.error();
    outcome.value().skipped = skipped;
    return outcome;
}

Result<ImportSummary> ContactImport::run(ContactReader& reader, const QString& source,
                                         const QString& fileName, const ImportRunOptions& options)
{
    // New people are written a batch at a time, so only one batch is held.
    constexpr std::size_t kBatch = 1024;
    const bool dryRun = options.dryRun;
    // The file is read and its rows checked on a second thread from the start, while this one
    // reads the contacts already stored and then writes.
    SeenInFile seen;
    std::vector<ImportProblem> refused; // after the reader's own, as plan() lists them
    RowsReadAhead rows(reader, [&seen, &refused](ImportedContact& person, MatchKeys& keys) {
        return admit(person, seen, keys, refused);
    });
    rows.start();
    auto known = KnownContacts::load(m_db);
    if (!known)
        return known.error();
    ImportWriter writer(m_db);
    if (!dryRun) {
        if (auto begun = writer.begin(source, fileName); !begun)
            return begun.error();
    }
    ImportSummary summary;
    std::vector<Contact> batch;
    ContactRepository contacts(m_db);
    // A stored contact that several rows match is merged with each as it was before the
    // import, as a plan merges it; read once, at its first match.
    QHash<qint64, Contact> before;
    const auto flush = [&]() -> Status {
        if (batch.empty())
            return {};
        auto written = writer.add(batch);
        batch.clear();
        return written;
    };
    int skipped = 0;
    std::size_t admitted = 0; // rows are counted as plan() lists its candidates
    std::vector<RowsReadAhead::Row> piece;
    while (true) {
        auto more = rows.nextPiece(piece, options.progress);
        if (!more)
            return DecodingReader::isCancelled(more.error()) ? cancelledImport() : more.error();
        if (!more.value())
            break;
        for (auto& [person, keys] : piece) {
            const std::size_t row = admitted++;
            ImportMatch how = ImportMatch::New;
            const qint64 match = known.value().find(keys, &how);
            ++(match ? summary.matchCount : summary.newCount);
            if (dryRun) {
                if (summary.candidates.size() < options.keepCandidates) {
                    ImportCandidate& kept = summary.candidates.emplace_back();
                    kept.incoming = std::move(person);
                    kept.match = how;
                    kept.existing.id = match; // read below, with the other matches kept
                }
                continue;
            }
            if (row < options.leftOut.size() && options.leftOut[row]) {
                ++skipped;
                continue;
            }
            if (!match) {
                batch.push_back(std::move(person.contact));
                if (batch.size() >= kBatch)
                    if (auto written = flush(); !written)
                        return written.error();
                continue;
            }
            auto existing = before.constFind(match);
            if (existing == before.constEnd()) {
                auto read = contacts.withIds({ match });
                if (!read)
                    return read.error();
                if (read.value().empty())
                    return Error{
                        Error::Code::NotFound, Texts::tr("A matched contact is gone."), {}, {}
                    };
                existing = before.insert(match, std::move(read.value().front()));
            }
            if (auto written = writer.merge(*existing, merged(*existing, person)); !written)
                return written.error();
        }
    }
    summary.problems = rows.takeProblems();
    summary.problems.insert(summary.problems.end(), std::make_move_iterator(refused.begin()),
                            std::make_move_iterator(refused.end()));
    summary.reading = reader.reading();
    if (dryRun) {
        if (auto read = readMatched(summary.candidates); !read)
            return read.error();
        return summary;
    }
    if (auto written = flush(); !written)
        return written.error();
    if (options.beforeCommit)
        if (auto allowed = options.beforeCommit(); !allowed)
            return allowed.error(); // the writer rolls back everything
    auto outcome = writer.finish();
    if (!outcome)
        return outcome.error();
    summary.outcome = outcome.value();
    summary.outcome.skipped = skipped;
    return summary;
}

namespace {

struct InvitationChange
{
    Contact before;
    Contact after;
};

} // namespace

Result<ImportOutcome>
ContactImport::applyInvitations(const std::vector<LinkedInInvitation>& invitations,
                                const QString& fileName, bool dryRun)
{
    auto existing = ContactRepository(m_db).list();
    if (!existing)
        return existing.error();
    QHash<QString, Contact> byUrl, byName;
    for (const Contact& c : existing.value()) {
        if (!c.linkedInUrl.trimmed().isEmpty())
            byUrl.insert(importkeys::urlKey(c.linkedInUrl), c);
        byName.insert(importkeys::folded(c.displayName()), c);
    }
    // What would change, found before anything is written: a dry run stops there, and needs
    // no more than a database open for reading.
    ImportOutcome outcome;
    std::vector<InvitationChange> changes;
    for (const LinkedInInvitation& invitation : invitations) {
        const QString url = importkeys::urlKey(invitation.profileUrl);
        const bool byProfile = !url.isEmpty() && byUrl.contains(url);
        if (!byProfile && !byName.contains(importkeys::folded(invitation.name))) {
            ++outcome.skipped; // not someone Finalist knows
            continue;
        }
        const Contact before
            = byProfile ? byUrl.value(url) : byName.value(importkeys::folded(invitation.name));
        if (linkedInRank(before.linkedInStatus) >= linkedInRank(LinkedInStatus::Pending)) {
            ++outcome.skipped;
            continue;
        }
        Contact after = before;
        after.linkedInStatus = LinkedInStatus::Pending;
        after.linkedInStatusOn = invitation.sentOn;
        if (after.linkedInUrl.isEmpty())
            after.linkedInUrl = invitation.profileUrl;
        changes.push_back({ before, after });
    }
    outcome.merged = int(changes.size());
    if (dryRun)
        return outcome;
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    ImportLog log(m_db);
    auto importId = log.begin(QStringLiteral("LinkedIn invitations"), fileName);
    if (!importId)
        return importId.error();
    outcome.importId = importId.value();
    ContactRepository contacts(m_db);
    for (InvitationChange& change : changes) {
        if (auto saved = contacts.update(change.after); !saved)
            return saved.error();
        if (auto logged = log.recordMerged(outcome.importId, change.after.id,
                                           ImportWriter::snapshot(change.before));
            !logged)
            return logged.error();
    }
    if (auto finished = log.finish(outcome.importId, 0, outcome.merged); !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<bool> ContactImport::isUndone(qint64 importId) const
{
    auto imports = ImportLog(m_db).list();
    if (!imports)
        return imports.error();
    for (const ImportRecord& record : imports.value())
        if (record.id == importId)
            return record.undoneAt.isValid();
    return Error{ Error::Code::NotFound,
                  QCoreApplication::translate("ContactImport", "That import is not in the log."),
                  QString::number(importId),
                  {} };
}

Status ContactImport::undo(qint64 importId)
{
    auto undone = isUndone(importId);
    if (!undone)
        return undone.error();
    if (undone.value())
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate("ContactImport",
                                                  "This import has already been undone."),
                      QString::number(importId),
                      {} };
    ImportLog log(m_db);
    auto changes = log.changes(importId);
    if (!changes)
        return changes.error();
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    // Already deleted by hand is fine: undo wants it gone either way.
    if (auto removed = log.removeCreated(importId); !removed)
        return removed;
    ContactRepository contacts(m_db);
    for (const ImportChange& change : changes.value()) {
        if (change.created)
            continue;
        auto current = contacts.get(change.contactId);
        if (!current) {
            if (current.error().code == Error::Code::NotFound)
                continue;
            return current.error();
        }
        Contact previous = current.value();
        ImportWriter::restore(previous, change.previous);
        if (auto saved = contacts.update(previous); !saved)
            return saved;
    }
    if (auto marked = log.markUndone(importId); !marked)
        return marked;
    return transaction.commit();
}

} // namespace finalist
