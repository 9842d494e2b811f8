#include "ActivityReport.h"

#include "formats/Csv.h"
#include "OutreachLog.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"

#include <algorithm>
#include <QCoreApplication>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ActivityReport", text);
}

} // namespace

ActivityReport::ActivityReport(Database& db)
    : m_db(db)
{
}

Result<std::vector<ActivityLine>> ActivityReport::lines(QDate from, QDate to) const
{
    std::vector<ActivityLine> lines;
    auto notes = OutreachLog(m_db).lines();
    if (!notes)
        return notes.error();
    for (const OutreachLine& line : notes.value()) {
        const Outreach& note = line.note;
        if (note.status == OutreachStatus::Draft || !note.sentOn.isValid() || note.sentOn < from
            || note.sentOn > to)
            continue;
        lines.push_back({ note.sentOn, tr("Note sent"), line.company, line.contactName,
                          tr("%1 by %2").arg(enumLabel(note.kind), enumLabel(note.channel)) });
    }
    auto opportunities = OpportunityRepository(m_db).list();
    if (!opportunities)
        return opportunities.error();
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
            lines.push_back({ r.heldOn, tr("Interview round"), o.company,
                              people.join(QStringLiteral(", ")), enumLabel(r.kind) });
        }
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const ActivityLine& a, const ActivityLine& b) { return a.date < b.date; });
    return lines;
}

QStringList ActivityReport::headers()
{
    return { tr("Date"), tr("Activity"), tr("Company"), tr("Person"), tr("Detail") };
}

QString ActivityReport::toCsv(const std::vector<ActivityLine>& lines)
{
    QString csv = csvRecord(headers());
    for (const ActivityLine& line : lines)
        csv += csvRecord(
            { line.date.toString(Qt::ISODate), line.what, line.company, line.person, line.detail });
    return csv;
}

} // namespace finalist
