#include "ContactImport.h"

#include "ContactMerge.h"
#include "storage/BulkWriter.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DeferredSearchIndex.h"
#include "storage/ImportLog.h"
#include "storage/Transaction.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ContactImport", text);
}

// ASCII text lower-cased with its spacing simplified, in one pass; a null string when the text
// is not ASCII. Most names, addresses and profile links are, and this runs for every contact
// already stored on every import.
QString asciiFolded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* to = out.data();
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 128)
            return {};
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            pendingSpace = to != out.data();
            continue;
        }
        if (pendingSpace)
            *to++ = u' ';
        pendingSpace = false;
        *to++ = (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
    }
    out.truncate(to - out.data());
    return out;
}

// Case does not make two addresses different (accents do).
QString caseFolded(QStringView text)
{
    if (QString ascii = asciiFolded(text); !ascii.isNull())
        return ascii;
    return text.trimmed().toString().toCaseFolded();
}

// Case, accents and spacing do not make two people different.
QString folded(const QString& text)
{
    if (QString ascii = asciiFolded(text); !ascii.isNull())
        return ascii;
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.simplified();
}

// "https://www.linkedin.com/in/ana/" and "linkedin.com/in/ana" are one profile. Views, not
// copies: this runs for every contact on every import.
QString urlKey(const QString& url)
{
    QStringView v = QStringView(url).trimmed();
    for (const char16_t* prefix : { u"https://", u"http://" })
        if (v.startsWith(prefix, Qt::CaseInsensitive))
            v = v.mid(QStringView(prefix).size());
    if (v.startsWith(u"www.", Qt::CaseInsensitive))
        v = v.mid(4);
    while (v.endsWith(u'/'))
        v.chop(1);
    return caseFolded(v);
}

// As ContactRepository::keys() joins them in SQL.
QString nameAndCompany(const QString& first, const QString& last, const QString& company)
{
    return first + QLatin1Char(' ') + last + QLatin1Char('|') + company;
}

int linkedInRank(LinkedInStatus status)
{
    return static_cast<int>(status); // the enum runs from not connected to connected
}

QString snapshot(const Contact& c)
{
    QJsonObject o{ { QStringLiteral("first_name"), c.firstName },
                   { QStringLiteral("last_name"), c.lastName },
                   { QStringLiteral("title"), c.title },
                   { QStringLiteral("company"), c.company },
                   { QStringLiteral("email"), c.email },
                   { QStringLiteral("phone"), c.phone },
                   { QStringLiteral("linkedin_url"), c.linkedInUrl },
                   { QStringLiteral("linkedin_status"), enumKey(c.linkedInStatus) },
                   { QStringLiteral("linkedin_status_on"), toIsoDate(c.linkedInStatusOn) },
                   { QStringLiteral("role"), enumKey(c.role) },
                   { QStringLiteral("notes"), c.notes } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void restoreSnapshot(Contact& c, const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    c.firstName = o.value(QStringLiteral("first_name")).toString();
    c.lastName = o.value(QStringLiteral("last_name")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    c.company = o.value(QStringLiteral("company")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.linkedInUrl = o.value(QStringLiteral("linkedin_url")).toString();
    c.linkedInStatus
        = enumFromKey<LinkedInStatus>(o.value(QStringLiteral("linkedin_status")).toString())
              .value_or(LinkedInStatus::NotConnected);
    c.linkedInStatusOn = fromIsoDate(o.value(QStringLiteral("linkedin_status_on")).toString());
    c.notes = o.value(QStringLiteral("notes")).toString();
    // Snapshots written before the role was kept have none: the role stays as it is.
    if (o.contains(QStringLiteral("role")))
        c.role = enumFromKey<RoleCategory>(o.value(QStringLiteral("role")).toString())
                     .value_or(c.role);
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

RoleCategory ContactImport::roleFromTitle(const QString& title)
{
    // The title as lower-case words between single spaces, so a phrase is found whole:
    // "Hiring Manager, Platform" reads " hiring manager platform ".
    QString words = QStringLiteral(" ");
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            words += c;
        else if (!words.endsWith(QLatin1Char(' ')))
            words += QLatin1Char(' ');
    }
    if (!words.endsWith(QLatin1Char(' ')))
        words += QLatin1Char(' ');
    const auto any = [&words](std::initializer_list<const char*> phrases) {
        for (const char* phrase : phrases)
            if (words.contains(QLatin1Char(' ') + QLatin1String(phrase) + QLatin1Char(' ')))
                return true;
        return false;
    };
    // The most telling first: an assistant to the CEO keeps the diary, a director of talent
    // recruits.
    if (any({ "hiring manager" }))
        return RoleCategory::HiringManager;
    if (any({ "recruiter", "recruiting", "recruitment", "talent", "sourcer", "sourcing", "hr",
              "hrbp", "human resources", "people partner", "people operations" }))
        return RoleCategory::Recruiter;
    if (any({ "assistant", "coordinator", "office manager", "receptionist", "secretary" }))
        return RoleCategory::Gatekeeper;
    if (any({ "chief", "ceo", "cto", "cfo", "coo", "cpo", "cio", "founder", "cofounder",
              "co founder", "president", "vp", "svp", "evp", "owner", "managing director" }))
        return RoleCategory::Executive;
    if (any({ "director", "head of", "head" }))
        return RoleCategory::Director;
    if (any({ "engineer", "developer", "designer", "analyst", "scientist", "architect",
              "researcher", "specialist", "consultant", "programmer", "writer" }))
        return RoleCategory::TeamMember;
    return RoleCategory::Other;
}

namespace {

// The three ways a person is recognised, each as one string.
struct MatchKeys
{
    QString url; // empty when there is no profile
    QStringList emails;
    QString name;
};

MatchKeys keysOf(const QString& nameAndCompany, const QString& url, const QStringList& emails)
{
    MatchKeys keys;
    if (!url.trimmed().isEmpty())
        keys.url = urlKey(url);
    for (const QString& email : emails)
        if (!email.trimmed().isEmpty())
            keys.emails << caseFolded(email);
    keys.name = folded(nameAndCompany);
    return keys;
}

// People by each of their keys: the contacts already stored (to their ids), and the file's
// rows read so far (to their lines).
template <typename Value> struct KeyIndex
{
    QHash<QString, Value> byUrl, byEmail, byName;

    void reserve(qsizetype size)
    {
        byUrl.reserve(size);
        byEmail.reserve(size);
        byName.reserve(size);
    }
    void insert(const MatchKeys& keys, Value value)
    {
        if (!keys.url.isEmpty())
            byUrl.insert(keys.url, value);
        for (const QString& email : keys.emails)
            byEmail.insert(email, value);
        byName.insert(keys.name, value);
    }
    // The strongest match first: the profile, then an address, then name and company.
    Value find(const MatchKeys& keys, ImportMatch* how = nullptr) const
    {
        const auto found = [how](Value value, ImportMatch kind) {
            if (value && how)
                *how = kind;
            return value;
        };
        if (Value v = keys.url.isEmpty() ? Value{} : byUrl.value(keys.url))
            return found(v, ImportMatch::SameLinkedIn);
        for (const QString& email : keys.emails)
            if (Value v = byEmail.value(email))
                return found(v, ImportMatch::SameEmail);
        return found(byName.value(keys.name), ImportMatch::SameNameAndCompany);
    }
};

} // namespace

Result<ImportPlan> ContactImport::plan(const ContactFileContents& contents, const QString& source,
                                       const QString& fileName) const
{
    ImportPlan plan;
    plan.source = source;
    plan.fileName = fileName;
    plan.problems = contents.problems;
    plan.reading = contents.reading;
    // Keying the file's rows needs no database; it runs on a second thread while this one
    // reads and indexes everyone already stored. Only plain values cross over.
    std::vector<MatchKeys> candidateKeys;
    std::unique_ptr<QThread> fileReader(QThread::create([&plan, &contents, &candidateKeys] {
        KeyIndex<int> seenInFile;
        seenInFile.reserve(qsizetype(contents.contacts.size()));
        plan.candidates.reserve(contents.contacts.size());
        candidateKeys.reserve(contents.contacts.size());
        for (const ImportedContact& person : contents.contacts) {
            const Contact& in = person.contact;
            MatchKeys keys = keysOf(nameAndCompany(in.firstName, in.lastName, in.company),
                                    in.linkedInUrl, person.emails);
            if (const int earlier = seenInFile.find(keys)) {
                plan.problems.push_back({ person.line,
                                          tr("Line %1: the same person as on line %2; skipped.")
                                              .arg(person.line)
                                              .arg(earlier) });
                continue;
            }
            seenInFile.insert(keys, person.line);
            if (auto invalid = ContactRepository::check(in); !invalid) {
                plan.problems.push_back(
                    { person.line,
                      tr("Line %1: %2").arg(person.line).arg(invalid.error().message) });
                continue;
            }
            ImportCandidate candidate;
            candidate.incoming = person;
            Contact& incoming = candidate.incoming.contact;
            if (incoming.role == RoleCategory::Other)
                incoming.role = roleFromTitle(incoming.title);
            plan.candidates.push_back(std::move(candidate));
            candidateKeys.push_back(std::move(keys));
        }
    }));
    fileReader->start();

    ContactRepository repository(m_db);
    auto existing = repository.keys();
    KeyIndex<qint64> index;
    if (existing) {
        index.reserve(existing.value().size());
        for (const ContactKey& c : existing.value())
            index.insert(keysOf(c.nameAndCompany, c.linkedInUrl, { c.email }), c.id);
    }
    fileReader->wait();
    if (!existing)
        return existing.error();

    QList<qint64> matched;
    for (std::size_t i = 0; i < plan.candidates.size(); ++i) {
        ImportCandidate& candidate = plan.candidates[i];
        const qint64 match = index.find(candidateKeys[i], &candidate.match);
        candidate.existing.id = match; // the whole contact is read below, for matches only
        if (match)
            matched << match;
    }
    auto contacts = repository.withIds(matched);
    if (!contacts)
        return contacts.error();
    QHash<qint64, Contact> byId;
    for (Contact& c : contacts.value())
        byId.insert(c.id, std::move(c));
    for (ImportCandidate& candidate : plan.candidates)
        if (candidate.match != ImportMatch::New)
            candidate.existing = byId.value(candidate.existing.id);
    return plan;
}

Result<ImportOutcome> ContactImport::commit(const ImportPlan& plan, const ImportProgress& progress)
{
    ImportOutcome outcome;
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    ImportLog log(m_db);
    auto importId = log.begin(plan.source, plan.fileName);
    if (!importId)
        return importId.error();
    outcome.importId = importId.value();
    // Only this connection writes (the lock file), so the contacts above the current last id
    // are exactly the ones this import adds.
    auto deferred = DeferredSearchIndex::begin(m_db);
    if (!deferred)
        return deferred.error();
    const Error cancelled{
        Error::Code::Invalid, tr("The import was cancelled; nothing was added."), {}, {}
    };
    const int total = int(plan.candidates.size());
    ContactRepository contacts(m_db);
    std::vector<Contact> added;
    int done = 0;
    for (const ImportCandidate& candidate : plan.candidates) {
        if (candidate.match == ImportMatch::New) {
            if (candidate.include)
                added.push_back(candidate.incoming.contact);
            else
                ++outcome.skipped;
            continue;
        }
        ++done;
        if (!candidate.merge) {
            ++outcome.skipped;
            continue;
        }
        Contact updated = merged(candidate.existing, candidate.incoming);
        if (auto saved = contacts.update(updated); !saved)
            return saved.error();
        if (auto logged
            = log.recordMerged(outcome.importId, updated.id, snapshot(candidate.existing));
            !logged)
            return logged.error();
        ++outcome.merged;
        if (progress && done % 500 == 0 && !progress(done, total))
            return cancelled;
    }
    // New people go in many rows per statement; each was checked when the plan was made.
    bool stopped = false;
    auto inserted = BulkWriter(m_db).addContacts(added, [&](int count) {
        stopped = progress && !progress(done + count, total);
        return !stopped;
    });
    if (stopped)
        return cancelled;
    if (!inserted)
        return inserted.error();
    outcome.created = int(added.size());
    if (progress && !progress(total, total))
        return cancelled;
    if (auto indexed = deferred.value().finish(); !indexed)
        return indexed.error();
    if (auto logged = log.recordCreatedAfter(outcome.importId, deferred.value().lastIdBefore());
        !logged)
        return logged.error();
    if (auto finished = log.finish(outcome.importId, outcome.created, outcome.merged); !finished)
        return finished.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<ImportOutcome>
ContactImport::applyInvitations(const std::vector<LinkedInInvitation>& invitations,
                                const QString& fileName)
{
    auto existing = ContactRepository(m_db).list();
    if (!existing)
        return existing.error();
    QHash<QString, Contact> byUrl, byName;
    for (const Contact& c : existing.value()) {
        if (!c.linkedInUrl.trimmed().isEmpty())
            byUrl.insert(urlKey(c.linkedInUrl), c);
        byName.insert(folded(c.displayName()), c);
    }
    ImportOutcome outcome;
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun().error();
    ImportLog log(m_db);
    auto importId = log.begin(QStringLiteral("LinkedIn invitations"), fileName);
    if (!importId)
        return importId.error();
    outcome.importId = importId.value();
    ContactRepository contacts(m_db);
    for (const LinkedInInvitation& invitation : invitations) {
        const QString url = urlKey(invitation.profileUrl);
        const bool byProfile = !url.isEmpty() && byUrl.contains(url);
        if (!byProfile && !byName.contains(folded(invitation.name))) {
            ++outcome.skipped; // not someone Finalist knows
            continue;
        }
        const Contact before = byProfile ? byUrl.value(url) : byName.value(folded(invitation.name));
        if (linkedInRank(before.linkedInStatus) >= linkedInRank(LinkedInStatus::Pending)) {
            ++outcome.skipped;
            continue;
        }
        Contact after = before;
        after.linkedInStatus = LinkedInStatus::Pending;
        after.linkedInStatusOn = invitation.sentOn;
        if (after.linkedInUrl.isEmpty())
            after.linkedInUrl = invitation.profileUrl;
        if (auto saved = contacts.update(after); !saved)
            return saved.error();
        if (auto logged = log.recordMerged(outcome.importId, after.id, snapshot(before)); !logged)
            return logged.error();
        ++outcome.merged;
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
    ContactRepository contacts(m_db);
    for (const ImportChange& change : changes.value()) {
        if (change.created) {
            // Already deleted by hand is fine: undo wants it gone either way.
            if (auto removed = contacts.remove(change.contactId);
                !removed && removed.error().code != Error::Code::NotFound)
                return removed;
            continue;
        }
        auto current = contacts.get(change.contactId);
        if (!current) {
            if (current.error().code == Error::Code::NotFound)
                continue;
            return current.error();
        }
        Contact previous = current.value();
        restoreSnapshot(previous, change.previous);
        if (auto saved = contacts.update(previous); !saved)
            return saved;
    }
    if (auto marked = log.markUndone(importId); !marked)
        return marked;
    return transaction.commit();
}

} // namespace finalist
