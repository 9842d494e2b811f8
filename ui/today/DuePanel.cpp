#include "DuePanel.h"

#include "common/ActionTable.h"
#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "storage/Database.h"
#include "sync/SyncHistoryLabel.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

DuePanel::DuePanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 3, this))
    , m_empty(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    m_table->setHorizontalHeaderLabels({ tr("To do"), tr("Due"), QString() });
    m_table->setAccessibleName(tr("Follow-ups due"));
    setUpActionTable(m_table);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing is due today. A good moment to write to one person you met "
                        "this year, or to plan a check-in on the radar below."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // as tall as its rows
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_message);
}

void DuePanel::reload()
{
    const QDate today = m_db.clock().today();
    auto due = DueFollowUps(m_db).pending(today);
    if (!due) {
        m_message->showError(due.error().message);
        return;
    }
    m_lines = due.value();
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const FollowUpLine& line = m_lines[std::size_t(row)];
        const FollowUp& f = line.followUp;
        QString who = line.contactName;
        if (!line.company.isEmpty())
            who = who.isEmpty() ? line.company : tr("%1, %2").arg(who, line.company);
        auto* what
            = new QTableWidgetItem(who.isEmpty() ? f.reason : tr("%1 — %2").arg(f.reason, who));
        const QString synced = SyncHistoryLabel::lastChange(m_db, SyncKind::FollowUps, f.id);
        what->setToolTip(synced.isEmpty() ? enumLabel(f.kind)
                                          : enumLabel(f.kind) + QLatin1Char('\n') + synced);
        m_table->setItem(row, 0, what);
        const qint64 late = f.dueOn.daysTo(today);
        auto* when
            = new QTableWidgetItem(late <= 0       ? tr("Today")
                                       : late == 1 ? tr("Yesterday")
                                                   : tr("%n day(s) late", nullptr, int(late)));
        if (late > 0)
            when->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(row, 1, when);

        auto* done = new QPushButton(tr("Done"));
        auto* later = new QToolButton;
        later->setText(tr("Snooze"));
        later->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(later);
        menu->addAction(tr("A Day"), this, [this, row] { this->snooze(row, 1); });
        menu->addAction(tr("A Week"), this, [this, row] { this->snooze(row, 7); });
        menu->addAction(tr("Until…"), this, [this, row] {
            if (const QDate on = askForDate(row); on.isValid())
                apply(DueFollowUps(m_db).snooze(m_lines.at(std::size_t(row)).followUp.id, on),
                      tr("Snoozed."));
        });
        later->setMenu(menu);
        auto* move = new QPushButton(tr("Reschedule…"));
        auto* open = new QPushButton(tr("Open"));
        open->setEnabled(f.outreachId > 0 || f.contactId > 0 || f.entryId > 0);
        open->setToolTip(open->isEnabled()
                             ? tr("Open the note, contact or journal entry this is about.")
                             : tr("This follow-up is not tied to a note, a contact or an entry."));
        connect(done, &QPushButton::clicked, this, [this, row] { markDone(row); });
        connect(move, &QPushButton::clicked, this, [this, row] {
            if (const QDate on = askForDate(row); on.isValid())
                reschedule(row, on);
        });
        connect(open, &QPushButton::clicked, this, [this, row] { this->open(row); });
        setButtonCell(m_table, row, 2, { done, later, move, open });
    }
    m_table->setVisible(!m_lines.empty());
    m_empty->setVisible(m_lines.empty());
    // Tall enough for every row, so the page scrolls rather than the table.
    fitTableToRows(m_table);
}

void DuePanel::apply(const Status& status, const QString& done)
{
    if (!status) {
        m_message->showError(status.error().message);
        return;
    }
    m_message->showInfo(done);
    reload();
    emit changed();
}

void DuePanel::markDone(int row)
{
    apply(DueFollowUps(m_db).done(m_lines.at(std::size_t(row)).followUp.id),
          tr("Done. Well done."));
}

void DuePanel::snooze(int row, int days)
{
    apply(DueFollowUps(m_db).snooze(m_lines.at(std::size_t(row)).followUp.id,
                                    m_db.clock().today().addDays(days)),
          days == 1 ? tr("Snoozed until tomorrow.") : tr("Snoozed for a week."));
}

void DuePanel::reschedule(int row, QDate on)
{
    apply(DueFollowUps(m_db).reschedule(m_lines.at(std::size_t(row)).followUp.id, on),
          tr("Moved to %1.").arg(dates::longDate(on)));
}

void DuePanel::open(int row)
{
    const FollowUp& f = m_lines.at(std::size_t(row)).followUp;
    if (f.outreachId > 0)
        emit noteRequested(f.outreachId);
    else if (f.contactId > 0)
        emit contactRequested(f.contactId);
    else if (f.entryId > 0)
        emit entryRequested(f.entryId);
}

QDate DuePanel::askForDate(int row)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose a Day"));
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(m_db.clock().today());
    calendar->setSelectedDate(
        std::max(m_db.clock().today().addDays(1), m_lines.at(std::size_t(row)).followUp.dueOn));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace finalist
