#include "ActivityReport.h"

#include "formats/Csv.h"
#include "OutreachLog.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReport)
};

} // namespace

QStringList ActivityLine::cells(const QString& shownDate) const
{
    return { shownDate, what, company, role, person, detail, result };
}

ActivityReport::ActivityReport(Database& db)
    : m_db(db)
{
}

Result<std::vector<ActivityLine>> ActivityReport::lines(QDate from, QDate to) const
{
    std::vector<ActivityLine> lines;
    auto opportunities = OpportunityRepository(m_db).list();
    if (!opportunities)
        return opportunities.error();
    QHash<qint64, const Opportunity*> byId;
    for (const Opportunity& o : opportunities.value())
        byId.insert(o.id, &o);
    auto notes = OutreachLog(m_db).lines();
    if (!notes)
        return notes.error();
    for (const OutreachLine& line : notes.value()) {
        const Outreach& note = line.note;
        if (note.status == OutreachStatus::Draft || !note.sentOn.isValid() || note.sentOn < from
            || note.sentOn > to)
            continue;
        const Opportunity* process = byId.value(note.opportunityId);
        lines.push_back({ note.sentOn, Texts::tr("Note sent"), line.company,
                          process ? process->role : QString(), line.contactName,
                          Texts::tr("%1 by %2").arg(enumLabel(note.kind), enumLabel(note.channel)),
                          process ? enumLabel(process->stage) : QString() });
    }
    ContactRepository contacts(m_db);
    for (const Opportunity& o : opportunities.value()) {
        auto rounds = RoundRepository(m_db).listForOpportunity(o.id);
        if (!rounds)
            return rounds.error();
        for (const Round& r : rounds.value()) {
            if (!r.heldOn.isValid() || r.heldOn < from || r.heldOn > to)
                continue;
            auto met = MeetingRepository(m_db).listForRound(r.id);
            if (!met)
                return met.error();
            QStringList people;
            for (const Meeting& m : met.value())
                if (auto c = contacts.get(m.contactId))
                    people << c.value().displayName();
            lines.push_back({ r.heldOn, Texts::tr("Interview round"), o.company, o.role,
                              people.join(QStringLiteral(", ")), enumLabel(r.kind),
                              enumLabel(o.stage) });
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const ActivityLine& a, const ActivityLine& b) { return a.date < b.date; });
    return lines;
}

QStringList ActivityReport::headers()
{
    return { Texts::tr("Date"),     Texts::tr("Activity"), Texts::tr("Company"),
             Texts::tr("Position"), Texts::tr("Person"),   Texts::tr("Detail"),
             Texts::tr("Result") };
}

QString ActivityReport::toCsv(const std::vector<ActivityLine>& lines)
{
    QString csv = csvRecord(headers());
    for (const ActivityLine& line : lines)
        csv += csvRecord(line.cells(line.date.toString(Qt::ISODate)));
    return csv;
}

} // namespace finalist
