#include "ContactTimeline.h"

#include "i18n/DateText.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/SyncState.h"
#include "sync/SyncHistoryLabel.h"

#include <algorithm>
#include <QDateTime>

namespace finalist {

using dates::shortDate;

QStringList contactTimeline(Database& db, qint64 contactId)
{
    // Notes and follow-ups, newest first.
    struct Event
    {
        QDate date;
        QString text;
    };
    std::vector<Event> events;
    OutreachFilter notes;
    notes.contactId = contactId;
    if (auto outreach = OutreachRepository(db).list(notes)) {
        for (const Outreach& o : outreach.value()) {
            const QDate when = o.sentOn.isValid()
                ? o.sentOn
                : QDateTime::fromString(o.createdAt, Qt::ISODate).toLocalTime().date();
            events.push_back(
                { when,
                  ContactTimeline::tr("%1 · %2 (%3)")
                      .arg(shortDate(when), enumLabel(o.kind), enumLabelInSentence(o.status)) });
        }
    }
    FollowUpFilter due;
    due.contactId = contactId;
    if (auto followUps = FollowUpRepository(db).list(due)) {
        for (const FollowUp& f : followUps.value()) {
            QString line = ContactTimeline::tr("%1 · Follow-up: %2 (%3)")
                               .arg(shortDate(f.dueOn), f.reason, enumLabelInSentence(f.status));
            // A follow-up has no pane of its own: what a sync changed in it shows here.
            if (const QString synced = SyncHistoryLabel::lastChange(db, SyncKind::FollowUps, f.id);
                !synced.isEmpty())
                line = ContactTimeline::tr("%1 (%2)").arg(line, synced);
            events.push_back({ f.dueOn, line });
        }
    }
    // What syncs changed, so a value that moved by itself says where it came from.
    if (auto synced = SyncState(db).history(SyncKind::Contacts, contactId)) {
        for (const SyncHistoryLine& line : synced.value()) {
            const QDate when = SyncHistoryLabel::syncedAt(line).date();
            events.push_back({ when,
                               ContactTimeline::tr("%1 · Sync: %2")
                                   .arg(shortDate(when),
                                        SyncHistoryLabel::changeText(SyncKind::Contacts, line)) });
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.date > b.date; });
    QStringList lines;
    for (const Event& event : events)
        lines << event.text;
    return lines;
}

} // namespace finalist
