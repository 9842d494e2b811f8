#include "CliOpportunities.h"

#include "domain/Stages.h"
#include "services/InvitationImport.h"
#include "services/OutreachLog.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityBoard.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "storage/WinRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace finalist::cli {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString stageKeys()
{
    return enumSqlList<Stage>().remove(QLatin1Char('\''));
}

qint64 idOf(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int failWith(QTextStream& err, const Error& error)
{
    err << error.message << Qt::endl;
    return Failed;
}

int listCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    OpportunityFilter filter;
    filter.includeArchived = true;
    if (!call.stage.isEmpty())
        filter.stage = enumFromKey<Stage>(call.stage);
    auto cards = OpportunityBoard(db).cards(filter);
    if (!cards)
        return failWith(err, cards.error());
    // id, stage, since, company, role, last activity, next follow-up; tab-separated.
    for (const OpportunityCard& c : cards.value()) {
        out << c.id << '\t' << enumKey(c.stage) << '\t' << date(c.stageSince) << '\t' << c.company
            << '\t' << c.role << '\t' << date(c.lastActivity) << '\t' << date(c.nextFollowUp)
            << (c.archived ? QStringLiteral("\tarchived") : QString()) << '\n';
    }
    const int n = int(cards.value().size());
    out << QCoreApplication::translate("Cli", "%n opportunit(y|ies)", nullptr, n) << Qt::endl;
    return Ok;
}

int addCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    Opportunity o;
    o.company = call.company;
    o.role = call.role;
    o.postingUrl = call.url;
    if (!call.stage.isEmpty())
        o.stage = *enumFromKey<Stage>(call.stage);
    if (o.stage == Stage::Applied)
        o.appliedOn = db.clock().today();
    if (auto added = OpportunityRepository(db).add(o); !added)
        return failWith(err, added.error());
    out << Texts::tr("Added opportunity %1: %2 (%3)")
               .arg(o.id)
               .arg(o.role.isEmpty() ? o.company : Texts::tr("%1, %2").arg(o.company, o.role),
                    enumLabel(o.stage))
        << Qt::endl;
    return Ok;
}

int stageCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const qint64 id = idOf(call.arguments.at(1));
    const Stage stage = *enumFromKey<Stage>(call.arguments.at(2));
    OpportunityRepository repository(db);
    auto before = repository.get(id);
    if (!before)
        return failWith(err, before.error());
    if (auto moved = repository.moveTo(id, stage); !moved)
        return failWith(err, moved.error());
    out << Texts::tr("%1: %2 → %3")
               .arg(before.value().company, enumLabel(before.value().stage), enumLabel(stage))
        << Qt::endl;
    return Ok;
}

void showRounds(Database& db, qint64 id, QTextStream& out)
{
    auto rounds = RoundRepository(db).listForOpportunity(id);
    if (!rounds)
        return;
    out << Texts::tr("Rounds:") << '\n';
    if (rounds.value().empty())
        out << "  " << Texts::tr("none yet") << '\n';
    ContactRepository contacts(db);
    for (const Round& r : rounds.value()) {
        out << "  " << date(r.heldOn)
            << (r.startsAt.isValid()
                    ? QLatin1Char(' ') + r.startsAt.toString(QStringLiteral("HH:mm"))
                    : QString())
            << "  " << enumLabel(r.kind) << " (" << enumLabel(r.outcome) << ")\n";
        if (auto met = MeetingRepository(db).listForRound(r.id)) {
            for (const Meeting& m : met.value())
                if (auto c = contacts.get(m.contactId))
                    out << "    " << c.value().displayName()
                        << (c.value().title.isEmpty() ? QString()
                                                      : QStringLiteral(", ") + c.value().title)
                        << '\n';
        }
    }
}

int showCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const qint64 id = idOf(call.arguments.at(1));
    auto found = OpportunityRepository(db).get(id);
    if (!found)
        return failWith(err, found.error());
    const Opportunity& o = found.value();
    out << o.company << (o.role.isEmpty() ? QString() : QStringLiteral(" — ") + o.role) << '\n';
    const auto field = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            out << label << ' ' << value << '\n';
    };
    field(Texts::tr("Stage:"),
          enumLabel(o.stage) + (o.isArchived() ? Texts::tr(" (archived)") : QString()));
    field(Texts::tr("Source:"), o.source);
    field(Texts::tr("Posting:"), o.postingUrl);
    field(Texts::tr("Applied:"), o.appliedOn.isValid() ? date(o.appliedOn) : QString());
    field(Texts::tr("Salary:"), o.salary);
    field(Texts::tr("Location:"), o.location);
    field(Texts::tr("Decided:"), o.decidedOn.isValid() ? date(o.decidedOn) : QString());
    field(Texts::tr("Reason given:"), o.reasonGiven);
    field(Texts::tr("Praise:"), o.praise);
    field(Texts::tr("Chosen hire starts:"),
          o.chosenHireStartOn.isValid() ? date(o.chosenHireStartOn) : QString());
    if (auto history = OpportunityRepository(db).stageHistory(id)) {
        QStringList moves;
        for (const StageEntry& e : history.value())
            moves << QStringLiteral("%1 %2").arg(date(e.enteredOn), enumKey(e.stage));
        out << Texts::tr("Stages:") << ' ' << moves.join(QStringLiteral(", ")) << '\n';
    }
    showRounds(db, id, out);
    JournalFilter about;
    about.opportunityId = id;
    const qint64 entries = JournalRepository(db).count(about).value_or(0);
    OutreachFilter notes;
    notes.opportunityId = id;
    const auto outreach = OutreachLog(db).lines(notes).value_or({});
    FollowUpFilter due;
    due.opportunityId = id;
    due.pendingOnly = true;
    const auto followUps = FollowUpRepository(db).list(due).value_or({});
    const auto wins = WinRepository(db).listForOpportunity(id).value_or({});
    out << Texts::tr("Linked: %1, %2, %3 to do, %4")
               .arg(QCoreApplication::translate("Cli", "%n reflection(s)", nullptr, int(entries)),
                    QCoreApplication::translate("Cli", "%n note(s)", nullptr, int(outreach.size())),
                    QCoreApplication::translate("Cli", "%n follow-up(s)", nullptr,
                                                int(followUps.size())),
                    QCoreApplication::translate("Cli", "%n win(s)", nullptr, int(wins.size())))
        << Qt::endl;
    return Ok;
}

} // namespace

bool opportunityOnlyReads(const Invocation& call)
{
    const QString verb = call.arguments.value(0);
    return verb == QLatin1String("list") || verb == QLatin1String("show");
}

QString opportunityUsageProblem(const Invocation& call)
{
    const QString verb = call.arguments.value(0);
    const int extra = int(call.arguments.size()) - 1;
    const bool isAdd = verb == QLatin1String("add");
    if (!call.stage.isEmpty() && !enumFromKey<Stage>(call.stage))
        return Texts::tr("Unknown stage “%1”. Stages: %2.").arg(call.stage, stageKeys());
    if (!isAdd && (!call.company.isEmpty() || !call.role.isEmpty() || !call.url.isEmpty()))
        return Texts::tr("--company, --role and --url go with opportunity add only.");
    if (verb == QLatin1String("list"))
        return extra == 0 ? QString() : Texts::tr("opportunity list takes no further arguments.");
    if (!call.stage.isEmpty() && !isAdd)
        return Texts::tr("--stage goes with opportunity list and opportunity add only.");
    if (isAdd) {
        if (extra != 0)
            return Texts::tr("opportunity add takes its values as options: --company C --role R.");
        if (call.company.trimmed().isEmpty())
            return Texts::tr("opportunity add needs --company: which company is hiring?");
        return {};
    }
    if (verb == QLatin1String("stage")) {
        if (extra != 2 || idOf(call.arguments.at(1)) == 0)
            return Texts::tr(
                "opportunity stage needs an ID and a STAGE: opportunity stage 12 final_round");
        if (!enumFromKey<Stage>(call.arguments.at(2)))
            return Texts::tr("Unknown stage “%1”. Stages: %2.")
                .arg(call.arguments.at(2), stageKeys());
        return {};
    }
    if (verb == QLatin1String("show")) {
        if (extra != 1 || idOf(call.arguments.at(1)) == 0)
            return Texts::tr("opportunity show needs one ID (see opportunity list).");
        return {};
    }
    return Texts::tr("opportunity needs one of: list, add, stage, show (got “%1”).").arg(verb);
}

int opportunityCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString verb = call.arguments.at(0);
    if (verb == QLatin1String("list"))
        return listCommand(db, call, out, err);
    if (verb == QLatin1String("add"))
        return addCommand(db, call, out, err);
    if (verb == QLatin1String("stage"))
        return stageCommand(db, call, out, err);
    return showCommand(db, call, out, err);
}

namespace {

QString describe(const PanelMember& member)
{
    const QString address = member.person.email.isEmpty()
        ? QString()
        : QStringLiteral(" <%1>").arg(member.person.email);
    switch (member.match) {
    case PanelMember::Match::Known:
        return Texts::tr("known  %1%2").arg(member.person.name, address);
    case PanelMember::Match::You:
        return Texts::tr("you    (left out)%1").arg(address);
    case PanelMember::Match::New:
        break;
    }
    if (!member.included)
        return Texts::tr("skip   %1 (no name to make a contact of)").arg(member.person.email);
    return Texts::tr("new    %1 %2%3").arg(member.firstName, member.lastName, address);
}

} // namespace

int importInviteCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString path = call.arguments.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Texts::tr("“%1” cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return Failed;
    }
    InvitationImport import(db);
    auto plan = import.plan(file.readAll(), call.opportunity.toLongLong());
    if (!plan) {
        err << Texts::tr("Nothing imported. %1").arg(plan.error().message) << Qt::endl;
        return Failed;
    }
    const InterviewInvitation& invite = plan.value().invitation;
    out << Texts::tr("Interview: “%1” on %2%3 (%4)")
               .arg(invite.summary, date(invite.day),
                    invite.allDay ? QString()
                                  : Texts::tr(" at %1").arg(
                                      invite.start.time().toString(QStringLiteral("HH:mm"))),
                    enumLabel(plan.value().kind))
        << Qt::endl;
    if (plan.value().opportunityId <= 0) {
        err << Texts::tr(
            "Which opportunity is it for? Name it with --opportunity ID (see opportunity "
            "list). Nothing was written.")
            << Qt::endl;
        return Usage;
    }
    const Opportunity o = OpportunityRepository(db).get(plan.value().opportunityId).value();
    out << Texts::tr("Opportunity: %1 %2%3")
               .arg(o.id)
               .arg(o.company, o.role.isEmpty() ? QString() : QStringLiteral(", ") + o.role)
        << Qt::endl;
    if (plan.value().existing)
        out << Texts::tr("Imported before: round %1 will be updated.")
                   .arg(plan.value().existing->id)
            << Qt::endl;
    out << Texts::tr("Panel:") << Qt::endl;
    for (const PanelMember& member : plan.value().panel)
        out << "  " << describe(member) << Qt::endl;
    if (call.dryRun) {
        out << Texts::tr("Nothing written (--dry-run).") << Qt::endl;
        return Ok;
    }
    auto round = import.commit(plan.value());
    if (!round)
        return failWith(err, round.error());
    out << Texts::tr("Saved round %1 of %2.").arg(round.value()).arg(o.company) << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
