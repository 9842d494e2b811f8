#include "LinkedRecords.h"

#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "OpportunityListModel.h"
#include "services/OutreachLog.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/WinRepository.h"
#include "sync/SyncHistoryLabel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

enum Tab
{
    Entries,
    Notes,
    FollowUps,
    Wins
};

QString day(const QDate& date)
{
    return OpportunityListModel::shortDate(date);
}

} // namespace

LinkedRecords::LinkedRecords(Database& db, QWidget* parent)
    : QTabWidget(parent)
    , m_db(db)
    , m_entries(new QListWidget(this))
    , m_notes(new QListWidget(this))
    , m_followUps(new QListWidget(this))
    , m_wins(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_due(new QDateEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("linkedRecords"));
    auto* write = new QPushButton(tr("Write a Reflection"), this);
    write->setObjectName(QStringLiteral("writeReflection"));
    auto* entriesBelow = new QWidget(this);
    auto* entriesRow = new QHBoxLayout(entriesBelow);
    entriesRow->setContentsMargins(0, 0, 0, 0);
    entriesRow->addWidget(write);
    entriesRow->addStretch(1);

    m_reason->setObjectName(QStringLiteral("followUpReason"));
    m_reason->setPlaceholderText(tr("Follow up about…"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dates::editFormat());
    m_due->setAccessibleName(tr("Due on"));
    auto* add = new QPushButton(tr("Add Follow-up"), this);
    auto* followUpBelow = new QWidget(this);
    auto* followUpRow = new QVBoxLayout(followUpBelow);
    followUpRow->setContentsMargins(0, 0, 0, 0);
    auto* line = new QHBoxLayout;
    line->addWidget(m_reason, 1);
    line->addWidget(m_due);
    line->addWidget(add);
    followUpRow->addLayout(line);
    followUpRow->addWidget(m_message);

    addTab(page(m_entries, entriesBelow), QString());
    addTab(page(m_notes), QString());
    addTab(page(m_followUps, followUpBelow), QString());
    addTab(page(m_wins), QString());
    for (QListWidget* list : { m_entries, m_notes, m_followUps, m_wins })
        list->setMinimumHeight(110);

    connect(write, &QPushButton::clicked, this, &LinkedRecords::newReflectionRequested);
    connect(m_entries, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(IdRole).toLongLong(); id > 0)
            emit entryRequested(id);
    });
    connect(m_notes, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(IdRole).toLongLong(); id > 0)
            emit noteRequested(id);
    });
    connect(add, &QPushButton::clicked, this, &LinkedRecords::addFollowUp);
    connect(m_reason, &QLineEdit::returnPressed, this, &LinkedRecords::addFollowUp);
}

QWidget* LinkedRecords::page(QListWidget* list, QWidget* below)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(list, 1);
    if (below)
        layout->addWidget(below);
    return page;
}

void LinkedRecords::show(qint64 opportunityId)
{
    m_opportunityId = opportunityId;
    m_message->clearMessage();
    m_due->setDate(m_db.clock().today().addDays(7));
    fillEntries();
    fillNotes();
    fillFollowUps();
    fillWins();
}

void LinkedRecords::fillEntries()
{
    m_entries->clear();
    JournalFilter about;
    about.opportunityId = m_opportunityId;
    auto entries = JournalRepository(m_db).summaries(about);
    const auto list = entries.value_or({});
    for (const JournalSummary& e : list) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2").arg(day(e.writtenOn), e.title.isEmpty() ? tr("Untitled") : e.title),
            m_entries);
        item->setData(IdRole, e.id);
        item->setToolTip(e.excerpt);
    }
    if (list.empty())
        m_entries->addItem(tr("No reflection about this process yet."));
    setTabText(Entries, tr("Reflections (%1)").arg(list.size()));
}

void LinkedRecords::fillNotes()
{
    m_notes->clear();
    OutreachFilter about;
    about.opportunityId = m_opportunityId;
    const auto lines = OutreachLog(m_db).lines(about).value_or({});
    for (const OutreachLine& line : lines) {
        const Outreach& n = line.note;
        const QDate when = n.sentOn.isValid() ? n.sentOn : QDate();
        QString text = tr("%1 to %2 · %3")
                           .arg(enumLabel(n.kind), line.contactName, enumLabelInSentence(n.status));
        if (when.isValid())
            text = day(when) + QStringLiteral(" · ") + text;
        auto* item = new QListWidgetItem(text, m_notes);
        item->setData(IdRole, n.id);
    }
    if (lines.empty())
        m_notes->addItem(tr("No notes yet: thank the people you met from the Rounds above or "
                            "from Outreach."));
    setTabText(Notes, tr("Notes (%1)").arg(lines.size()));
}

void LinkedRecords::fillFollowUps()
{
    m_followUps->clear();
    FollowUpFilter about;
    about.opportunityId = m_opportunityId;
    const auto list = FollowUpRepository(m_db).list(about).value_or({});
    int open = 0;
    for (const FollowUp& f : list) {
        open += f.status == FollowUpStatus::Open || f.status == FollowUpStatus::Snoozed;
        auto* item = new QListWidgetItem(
            tr("%1 · %2 (%3)").arg(day(f.dueOn), f.reason, enumLabelInSentence(f.status)),
            m_followUps);
        item->setToolTip(SyncHistoryLabel::lastChange(m_db, SyncKind::FollowUps, f.id));
    }
    if (list.empty())
        m_followUps->addItem(tr("Nothing planned. Add a follow-up below."));
    setTabText(FollowUps, tr("Follow-ups (%1)").arg(open));
}

void LinkedRecords::fillWins()
{
    m_wins->clear();
    const auto list = WinRepository(m_db).listForOpportunity(m_opportunityId).value_or({});
    for (const Win& w : list)
        m_wins->addItem(w.text);
    if (list.empty())
        m_wins->addItem(tr("Wins are kept when you answer a rejection, or in the Wins section."));
    setTabText(Wins, tr("Wins (%1)").arg(list.size()));
}

void LinkedRecords::addFollowUp()
{
    FollowUp followUp;
    followUp.opportunityId = m_opportunityId;
    followUp.kind = FollowUpKind::Action;
    followUp.reason = m_reason->text().trimmed();
    followUp.dueOn = m_due->date();
    if (auto added = FollowUpRepository(m_db).add(followUp); !added) {
        m_message->showError(added.error().message);
        m_reason->setFocus();
        return; // what was typed stays
    }
    m_reason->clear();
    fillFollowUps();
    m_message->showInfo(tr("Follow-up added for %1.").arg(day(followUp.dueOn)));
}

} // namespace finalist
