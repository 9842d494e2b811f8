#include "FinishPage.h"

#include "common/ActionTable.h"
#include "common/InlineMessage.h"
#include "formats/MailtoUrl.h"
#include "i18n/DateText.h"
#include "RejectionWizard.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OutreachRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

FinishPage::FinishPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_open([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setTitle(tr("Saved: Now Send Them"));
    setSubTitle(tr("Everything is saved. Send each note when you are ready: copy it, open it in "
                   "your mail program, and mark it sent so Today can count it."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Note"), tr("State"), QString() });
    setUpActionTable(m_table);
    body()->addWidget(m_summary);
    body()->addWidget(m_table, 1);
}

void FinishPage::initializePage()
{
    const RejectionAnswers& a = answers();
    const SavedResponse& saved = rejectionWizard()->saved();
    m_summary->setText(tr("Notes saved as drafts: %1. Follow-ups planned: %2. New wins: %3. "
                          "The opportunity is marked runner-up; the notes wait in Outreach and "
                          "the dates in Today.")
                           .arg(saved.outreachIds.size())
                           .arg(saved.followUps)
                           .arg(saved.wins));
    m_table->setRowCount(int(a.drafts.size()));
    for (int row = 0; row < int(a.drafts.size()); ++row) {
        const DraftNote& note = a.drafts[std::size_t(row)];
        QString name;
        for (const Recipient& r : a.recipients)
            if (r.contactId == note.contactId)
                name = r.name;
        auto* what = new QTableWidgetItem(
            tr("%1 · %2 · %3").arg(name, enumLabel(note.channel), enumLabel(note.kind)));
        what->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, what);
        auto* state = new QTableWidgetItem(enumLabel(OutreachStatus::Draft));
        state->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 1, state);
        auto* copy = new QPushButton(tr("Copy"));
        auto* mail = new QPushButton(tr("Open in Mail"));
        auto* sent = new QPushButton(tr("Mark Sent"));
        mail->setEnabled(note.channel == Channel::Email);
        connect(copy, &QPushButton::clicked, this, [this, row] { copyDraft(row); });
        connect(mail, &QPushButton::clicked, this, [this, row] { openInMail(row); });
        connect(sent, &QPushButton::clicked, this, [this, row] { markSent(row); });
        setButtonCell(m_table, row, 2, { copy, mail, sent });
    }
}

void FinishPage::copyDraft(int row)
{
    const DraftNote& note = answers().drafts.at(std::size_t(row));
    QString text = note.body;
    if (!note.subject.isEmpty())
        text = note.subject + QStringLiteral("\n\n") + text;
    QApplication::clipboard()->setText(text);
    message()->showInfo(tr("Copied. Paste it where you will send it."));
}

void FinishPage::openInMail(int row)
{
    const DraftNote& note = answers().drafts.at(std::size_t(row));
    auto contact = ContactRepository(rejectionWizard()->database()).get(note.contactId);
    if (!contact) {
        message()->showError(contact.error().message);
        return;
    }
    const QUrl url(mailtoUrl(contact.value().email, note.subject, note.body), QUrl::StrictMode);
    if (!m_open(url))
        message()->showError(tr("No mail program opened the note. Copy it instead."));
    else if (contact.value().email.isEmpty())
        message()->showInfo(tr("There is no email address for %1; add it in the mail program.")
                                .arg(contact.value().displayName()));
    else
        message()->clearMessage();
}

void FinishPage::markSent(int row)
{
    const qint64 id = rejectionWizard()->saved().outreachIds.at(std::size_t(row));
    Database& db = rejectionWizard()->database();
    OutreachRepository outreach(db);
    auto note = outreach.get(id);
    if (!note) {
        message()->showError(note.error().message);
        return;
    }
    Outreach sent = note.value();
    sent.status = OutreachStatus::Sent;
    sent.sentOn = db.clock().today();
    if (auto saved = outreach.update(sent); !saved) {
        message()->showError(saved.error().message);
        return;
    }
    m_table->item(row, 1)->setText(tr("Sent %1").arg(dates::shortDate(sent.sentOn)));
    if (QWidget* actions = m_table->cellWidget(row, 2))
        actions->findChildren<QPushButton*>().last()->setEnabled(false);
    message()->clearMessage();
}

} // namespace finalist
