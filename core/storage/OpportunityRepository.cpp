#include "OpportunityRepository.h"

#include "domain/Validation.h"
#include "SharedReads.h"
#include "SharedTexts.h"

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Status validOpportunity(const Opportunity& o)
{
    return validate::all({
        validate::required(o.company, QStringLiteral("company"), Texts::tr("The company")),
        validate::webUrl(o.postingUrl, QStringLiteral("posting_url")),
        validate::notBefore(o.decidedOn, o.appliedOn, QStringLiteral("decided_on"),
                            Texts::tr("The decision cannot come before the application.")),
        validate::notBefore(o.chosenHireStartOn, o.decidedOn,
                            QStringLiteral("chosen_hire_start_on"),
                            Texts::tr("The chosen hire cannot start before the decision.")),
    });
}

TableMapping<Opportunity> mapping()
{
    return {
        QStringLiteral("opportunities"),
        { QStringLiteral("company"), QStringLiteral("role"), QStringLiteral("source"),
          QStringLiteral("posting_url"), QStringLiteral("posting_text"),
          QStringLiteral("applied_on"), QStringLiteral("salary"), QStringLiteral("location"),
          QStringLiteral("stage"), QStringLiteral("decided_on"), QStringLiteral("reason_given"),
          QStringLiteral("praise"), QStringLiteral("told_by_id"),
          QStringLiteral("chosen_hire_start_on"), QStringLiteral("archived_on") },
        [](const Opportunity& o) {
            return QVariantList{ o.company.trimmed(),
                                 o.role.trimmed(),
                                 o.source.trimmed(),
                                 o.postingUrl.trimmed(),
                                 o.postingText,
                                 sql::dateOrNull(o.appliedOn),
                                 o.salary.trimmed(),
                                 o.location.trimmed(),
                                 enumKey(o.stage),
                                 sql::dateOrNull(o.decidedOn),
                                 o.reasonGiven,
                                 o.praise,
                                 sql::idOrNull(o.toldById),
                                 sql::dateOrNull(o.chosenHireStartOn),
                                 sql::dateOrNull(o.archivedOn) };
        },
        [](Opportunity& o, sql::RowReader& r) {
            o.company = r.text();
            o.role = r.text();
            o.source = r.text();
            o.postingUrl = r.text();
            o.postingText = r.text();
            o.appliedOn = r.date();
            o.salary = r.text();
            o.location = r.text();
            o.stage = r.enumeration(Stage::Applied);
            o.decidedOn = r.date();
            o.reasonGiven = r.text();
            o.praise = r.text();
            o.toldById = r.id();
            o.chosenHireStartOn = r.date();
            o.archivedOn = r.date();
        },
        validOpportunity,
    };
}

} // namespace

OpportunityRepository::OpportunityRepository(Database& db)
    : Table(db, mapping())
{
}

Status OpportunityRepository::add(Opportunity& opportunity)
{
    Transaction transaction(database().connection());
    if (!transaction.begun())
        return transaction.begun();
    if (auto added = Table::add(opportunity); !added)
        return added;
    if (auto recorded = recordStage(opportunity.id, opportunity.stage, database().clock().today());
        !recorded)
        return recorded;
    return transaction.commit();
}

Status OpportunityRepository::update(Opportunity& opportunity)
{
    Transaction transaction(database().connection());
    if (!transaction.begun())
        return transaction.begun();
    auto before = sql::scalar(database().connection(),
                              QStringLiteral("SELECT stage FROM opportunities WHERE id = ?"),
                              { opportunity.id });
    if (auto updated = Table::update(opportunity); !updated)
        return updated;
    if (before && before.value().toString() != enumKey(opportunity.stage)) {
        if (auto recorded
            = recordStage(opportunity.id, opportunity.stage, database().clock().today());
            !recorded)
            return recorded;
    }
    return transaction.commit();
}

Status OpportunityRepository::moveTo(qint64 id, Stage stage)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current.value().stage == stage)
        return {};
    Opportunity moved = current.value();
    moved.stage = stage;
    return update(moved);
}

Status OpportunityRepository::setArchived(qint64 id, bool archived)
{
    auto current = get(id);
    if (!current)
        return current.error();
    Opportunity changed = current.value();
    changed.archivedOn = archived ? database().clock().today() : QDate();
    return update(changed);
}

Status OpportunityRepository::addWithHistory(Opportunity& opportunity,
                                             const std::vector<StageEntry>& history)
{
    Transaction transaction(database().connection());
    if (!transaction.begun())
        return transaction.begun();
    opportunity.id = 0;
    if (auto added = Table::add(opportunity); !added)
        return added;
    for (const StageEntry& entry : history) {
        if (auto recorded = recordStage(opportunity.id, entry.stage, entry.enteredOn); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Status OpportunityRepository::recordStage(qint64 opportunityId, Stage stage, const QDate& enteredOn)
{
    auto recorded = sql::exec(
        database().connection(),
        QStringLiteral("INSERT INTO opportunity_stages (opportunity_id, "
                       "stage, entered_on, created_at) VALUES (?, ?, ?, ?)"),
        { opportunityId, enumKey(stage), toIsoDate(enteredOn), database().clock().nowIso() });
    if (!recorded)
        return recorded.error();
    return {};
}

namespace {

const QString& newestFirst()
{
    static const QString order
        = QStringLiteral("coalesce(t.decided_on, t.applied_on, t.created_at) DESC, t.id DESC");
    return order;
}

} // namespace

Result<std::vector<Opportunity>> OpportunityRepository::list(std::optional<Stage> stage) const
{
    if (stage)
        return select(QStringLiteral("t.stage = ?"), { enumKey(*stage) }, newestFirst());
    return select({}, {}, newestFirst());
}

Result<OpportunityChoices> OpportunityRepository::choices() const
{
    return database().sharedReads().get<OpportunityChoices>(
        QStringLiteral("opportunity choices"), [this]() -> Result<OpportunityChoices> {
            auto query = sql::exec(database().connection(),
                                   QStringLiteral("SELECT t.id, t.company, t.role, t.stage, "
                                                  "t.archived_on IS NOT NULL FROM opportunities "
                                                  "t ORDER BY ")
                                       + newestFirst());
            if (!query)
                return query.error();
            auto read = std::make_shared<std::vector<OpportunityChoice>>();
            SharedTexts shared;
            for (QSqlQuery& q = query.value(); q.next();) {
                sql::RowReader r(q, 0);
                OpportunityChoice& choice = read->emplace_back();
                choice.id = r.id();
                choice.company = shared(r.text());
                choice.role = shared(r.text());
                choice.stage = r.enumeration(Stage::Applied);
                choice.archived = r.integer() != 0;
            }
            return OpportunityChoices(std::move(read));
        });
}

Result<std::vector<OpportunityRepository::RunnerUp>>
OpportunityRepository::runnersUpByMark(QDate today, int markDays, int first) const
{
    // Julian day numbers as QDate counts them (SQLite's start at noon).
    const QString day = QStringLiteral("CAST(julianday(t.%1) + 0.5 AS INTEGER)");
    const QString start = day.arg(QStringLiteral("chosen_hire_start_on"));
    const QString mark = QStringLiteral("(coalesce(%1, %2, %3) + %4)")
                             .arg(start, day.arg(QStringLiteral("decided_on")))
                             .arg(today.toJulianDay())
                             .arg(markDays);
    const QString ahead = QStringLiteral("%1 >= %2").arg(mark).arg(today.toJulianDay());
    const QString order
        = QStringLiteral("%1 DESC, CASE WHEN %1 THEN %2 ELSE -%2 END, t.id DESC").arg(ahead, mark);
    std::vector<RunnerUp> runnersUp;
    auto read = eachRow(
        QStringLiteral("%1, %2 IS NULL").arg(mark, start), {}, QStringLiteral("t.stage = ?"),
        { enumKey(Stage::RunnerUp) }, order,
        [&runnersUp](Opportunity& o, sql::RowReader& row) {
            RunnerUp r{ std::move(o), QDate::fromJulianDay(row.integer()), false };
            r.markEstimated = row.integer() != 0;
            runnersUp.push_back(std::move(r));
        },
        first > 0 ? first : -1);
    if (!read)
        return read.error();
    return runnersUp;
}

Result<qint64> OpportunityRepository::countAt(Stage stage) const
{
    return count(QStringLiteral("t.stage = ?"), { enumKey(stage) });
}

Result<std::vector<StageEntry>> OpportunityRepository::stageHistory(qint64 opportunityId) const
{
    auto query = sql::exec(database().connection(),
                           QStringLiteral("SELECT stage, entered_on FROM opportunity_stages "
                                          "WHERE opportunity_id = ? ORDER BY id"),
                           { opportunityId });
    if (!query)
        return query.error();
    std::vector<StageEntry> history;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        StageEntry entry;
        entry.opportunityId = opportunityId;
        entry.stage = row.enumeration(Stage::Applied);
        entry.enteredOn = row.date();
        history.push_back(entry);
    }
    return history;
}

} // namespace finalist
