#include "ContactDetail.h"

#include "common/FieldMark.h"
#include "common/FlowLayout.h"
#include "common/InlineMessage.h"
#include "ContactMoreDetails.h"
#include "ContactTimeline.h"
#include "domain/ContactEdits.h"
#include "i18n/DateText.h"
#include "services/ThankYouNote.h"
#include "storage/ContactLinkRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SyncState.h"
#include "sync/SyncConflictsBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <tuple>

namespace finalist {

using dates::shortDate; // the one way dates read on screen

namespace {

// The preferred email (or phone) of the form: the field above, unless a further one was marked
// preferred; then the field's value joins the others with the label it had.
QString preferredFrom(std::vector<ContactPoint>& details, DetailKind kind, const QString& field,
                      const Contact& stored)
{
    const QString typed = field.trimmed();
    QString label;
    for (const ContactPoint& d : stored.details)
        if (d.kind == kind && d.preferred && d.value == typed)
            label = d.label;
    const auto chosen = std::find_if(details.begin(), details.end(), [kind](const auto& d) {
        return d.kind == kind && d.preferred;
    });
    if (chosen != details.end()) {
        const QString value = chosen->value;
        if (!typed.isEmpty())
            details.push_back({ kind, label, typed, false });
        return value;
    }
    if (!typed.isEmpty())
        details.insert(details.begin(), { kind, label, typed, true });
    return typed;
}

} // namespace

ContactDetail::ContactDetail(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_heading(new QLabel(this))
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_company(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_linkedInUrl(new QLineEdit(this))
    , m_linkedInStatus(new QComboBox(this))
    , m_linkedInOn(new QDateEdit(this))
    , m_warmth(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_more(new ContactMoreDetails(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_message(new InlineMessage(this))
    , m_relations(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_conflicts(new SyncConflictsBox(db, SyncKind::Contacts, this))
    , m_followUpReason(new QLineEdit(this))
    , m_followUpDue(new QDateEdit(this))
{
    buildForm();
    showContact(0);
}

void ContactDetail::buildForm()
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_first->setObjectName(QStringLiteral("firstName"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_title->setObjectName(QStringLiteral("title"));
    m_company->setObjectName(QStringLiteral("company"));
    m_email->setObjectName(QStringLiteral("email"));
    m_linkedInUrl->setObjectName(QStringLiteral("linkedInUrl"));
    m_linkedInUrl->setPlaceholderText(QStringLiteral("https://www.linkedin.com/in/…"));
    m_email->setPlaceholderText(tr("name@example.com"));
    for (const auto& role : EnumTable<RoleCategory>::entries())
        m_role->addItem(enumLabel(role.value), int(role.value));
    for (const auto& state : EnumTable<LinkedInStatus>::entries())
        m_linkedInStatus->addItem(enumLabel(state.value), int(state.value));
    m_linkedInOn->setCalendarPopup(true);
    m_linkedInOn->setDisplayFormat(dates::editFormat());
    m_linkedInOn->setToolTip(tr("Since when"));
    m_warmth->setRange(0, 5);
    m_warmth->setToolTip(tr("How warm the relationship is, from 0 (a name) to 5 (a champion)"));
    m_notes->setPlaceholderText(tr("What you talked about, what they care about"));
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true); // a form: Tab goes on, as in every other field
    m_save->setObjectName(QStringLiteral("saveContact"));
    m_revert->setObjectName(QStringLiteral("revertContact"));
    m_save->setDefault(true);

    auto* names = new QHBoxLayout;
    names->addWidget(m_first);
    names->addWidget(m_last);
    auto* linkedIn = new QHBoxLayout;
    linkedIn->addWidget(m_linkedInStatus, 1);
    linkedIn->addWidget(m_linkedInOn);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), names);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("LinkedIn"), m_linkedInUrl);
    form->addRow(QString(), linkedIn);
    form->addRow(tr("Warmth"), m_warmth);
    form->addRow(tr("Notes"), m_notes);

    auto* buttons = new QHBoxLayout;
    auto* openProfile = new QPushButton(tr("Open Profile"), this);
    auto* writeEmail = new QPushButton(tr("Write Email"), this);
    auto* draft = new QPushButton(tr("Draft Note"), this);
    auto* newOpportunity = new QPushButton(tr("New Opportunity…"), this);
    newOpportunity->setObjectName(QStringLiteral("contactNewOpportunity"));
    newOpportunity->setToolTip(tr("Record a hiring process at this person's company"));
    auto* thanked = new QPushButton(tr("Thank-you Sent"), this);
    thanked->setToolTip(tr("Mark the thank-you note to this person as sent today"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    // They wrap in a narrow pane instead of pushing it wider than the screen.
    auto* actions = new FlowLayout;
    actions->addWidget(draft);
    actions->addWidget(thanked);
    actions->addWidget(writeEmail);
    actions->addWidget(openProfile);
    actions->addWidget(newOpportunity);

    m_relations->setWordWrap(true);
    m_relations->setTextFormat(Qt::PlainText);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("What happened with this person"));
    m_timeline->setMinimumHeight(90);
    m_timeline->setWordWrap(true); // a sync's line names several fields
    m_followUpReason->setPlaceholderText(tr("Follow up about…"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setDisplayFormat(dates::editFormat());
    auto* addFollowUpButton = new QPushButton(tr("Add Follow-up"), this);
    auto* followUp = new QHBoxLayout;
    followUp->addWidget(m_followUpReason, 1);
    followUp->addWidget(m_followUpDue);
    followUp->addWidget(addFollowUpButton);
    m_needsRecord = { openProfile,       writeEmail,       draft,        newOpportunity, thanked,
                      addFollowUpButton, m_followUpReason, m_followUpDue };

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_more);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_conflicts);
    layout->addLayout(actions);
    layout->addWidget(m_relations);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 1);
    layout->addLayout(followUp);

    // The conflict's choices come where the box shows: after Save and Revert.
    m_conflicts->setTabAfter(m_revert);
    connect(m_save, &QPushButton::clicked, this, &ContactDetail::save);
    // What is typed is saved before a conflict's choice changes the record under the form.
    m_conflicts->setBeforeChoosing([this] { return !hasUnsavedChanges() || save(); });
    connect(m_conflicts, &SyncConflictsBox::settled, this, [this](qint64 id) {
        showContact(id);
        emit contactSaved(id); // the list shows the value chosen
    });
    connect(m_conflicts, &SyncConflictsBox::failed, m_message, &InlineMessage::showError);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_isNew) {
            cancelNew();
            return;
        }
        fillForm();
        m_message->clearMessage();
    });
    connect(openProfile, &QPushButton::clicked, this, [this] {
        if (!m_contact.linkedInUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_contact.linkedInUrl));
        else
            m_message->showInfo(
                tr("There is no LinkedIn address for %1 yet.").arg(m_contact.displayName()));
    });
    connect(writeEmail, &QPushButton::clicked, this, [this] {
        if (m_contact.email.isEmpty()) {
            m_message->showInfo(
                tr("There is no email address for %1 yet.").arg(m_contact.displayName()));
            return;
        }
        QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:") + m_contact.email));
    });
    connect(draft, &QPushButton::clicked, this, &ContactDetail::draftNote);
    connect(newOpportunity, &QPushButton::clicked, this, [this] {
        if (hasUnsavedChanges() && !save())
            return;
        emit newOpportunityRequested(m_contact.company);
    });
    connect(thanked, &QPushButton::clicked, this, &ContactDetail::markThankYouSent);
    connect(addFollowUpButton, &QPushButton::clicked, this,
            [this] { addFollowUp(m_followUpReason->text(), m_followUpDue->date()); });
    connect(m_followUpReason, &QLineEdit::returnPressed, this,
            [this] { addFollowUp(m_followUpReason->text(), m_followUpDue->date()); });
    // Return in a one-line field, or Ctrl+S anywhere in the pane, saves: the highlighted Save
    // button promises it. Within the pane only, so other sections keep their own Ctrl+S.
    const auto saveIfAble = [this] {
        if (m_save->isEnabled())
            save();
    };
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, saveIfAble);
    QList<QLineEdit*> oneLine{
        m_first, m_last, m_title, m_company, m_email, m_phone, m_linkedInUrl
    };
    oneLine << m_more->lineEdits();
    for (QLineEdit* edit : oneLine)
        connect(edit, &QLineEdit::returnPressed, this, saveIfAble);
    m_save->setToolTip(
        tr("Save (%1, or Return in a field)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    // Typing again in a field named in an error clears its mark.
    for (QLineEdit* edit : { m_first, m_last, m_email, m_linkedInUrl, m_more->birthdayEdit() })
        connect(edit, &QLineEdit::textEdited, edit, [edit] { clearMark(edit); });
}

QLineEdit* ContactDetail::middleNameEdit() const
{
    return m_more->middleNameEdit();
}

QLineEdit* ContactDetail::birthdayEdit() const
{
    return m_more->birthdayEdit();
}

ContactDetailsEditor* ContactDetail::detailsEditor() const
{
    return m_more->detailsEditor();
}

QWidget* ContactDetail::moreSection() const
{
    return m_more->section();
}

void ContactDetail::showContact(qint64 contactId)
{
    m_isNew = false;
    m_contact = Contact{};
    if (contactId > 0) {
        auto contact = ContactRepository(m_db).get(contactId);
        if (contact)
            m_contact = contact.value();
        else
            m_message->showError(contact.error().message);
    }
    setEnabled(m_contact.id > 0);
    showMode();
    fillForm();
    fillRelations();
    m_conflicts->showRecord(m_contact.id);
    m_message->clearMessage();
    emit shown(m_contact.id);
}

void ContactDetail::startNewContact(const QString& company)
{
    m_isNew = true;
    m_contact = Contact{};
    m_contact.company = company;
    setEnabled(true);
    showMode();
    fillForm();
    fillRelations();
    m_message->showInfo(tr("Type their name and what you know; Save adds them."));
    emit shown(0);
    m_first->setFocus();
}

void ContactDetail::cancelNew()
{
    if (!m_isNew)
        return;
    showContact(0);
    emit newContactCancelled();
}

void ContactDetail::showMode()
{
    // Until a new person is saved there is nothing to write to, draft for or follow up.
    for (QWidget* action : m_needsRecord)
        action->setEnabled(!m_isNew);
    m_revert->setText(m_isNew ? tr("Cancel") : tr("Revert"));
    m_revert->setToolTip(m_isNew ? tr("Close the form without adding anyone (Esc)")
                                 : tr("Put back what is stored"));
}

void ContactDetail::keyPressEvent(QKeyEvent* event)
{
    // The fields pass Esc on; for a new contact it means Cancel.
    if (event->key() == Qt::Key_Escape && m_isNew) {
        cancelNew();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContactDetail::fillForm()
{
    m_filling = true;
    const Contact& c = m_contact;
    m_heading->setText(m_isNew        ? tr("New contact")
                           : c.id > 0 ? c.displayName()
                                      : tr("No contact selected"));
    m_first->setText(c.firstName);
    m_last->setText(c.lastName);
    m_title->setText(c.title);
    m_role->setCurrentIndex(m_role->findData(int(c.role)));
    m_company->setText(c.company);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_more->fill(c);
    m_linkedInUrl->setText(c.linkedInUrl);
    m_linkedInStatus->setCurrentIndex(m_linkedInStatus->findData(int(c.linkedInStatus)));
    m_linkedInOn->setDate(c.linkedInStatusOn.isValid() ? c.linkedInStatusOn : m_db.clock().today());
    m_warmth->setValue(c.warmth);
    m_notes->setPlainText(c.notes);
    m_followUpDue->setDate(m_db.clock().today().addDays(7));
    for (QLineEdit* edit : { m_first, m_last, m_email, m_linkedInUrl, m_more->birthdayEdit() }) {
        clearMark(edit);
        edit->setCursorPosition(0);
    }
    m_filling = false;
}

void ContactDetail::fillRelations()
{
    m_relations->clear();
    m_timeline->clear();
    if (m_contact.id <= 0)
        return;
    ContactRepository contacts(m_db);
    const auto nameOf = [&](qint64 id) {
        auto c = contacts.get(id);
        return c ? c.value().displayName() : tr("someone since removed");
    };
    QStringList lines;
    if (auto links = ContactLinkRepository(m_db).listForContact(m_contact.id)) {
        for (const ContactLink& link : links.value()) {
            if (link.kind != LinkKind::IntroducedBy)
                continue;
            lines << (link.fromContactId == m_contact.id
                          ? tr("Introduced by %1").arg(nameOf(link.toContactId))
                          : tr("Introduced you to %1").arg(nameOf(link.fromContactId)));
        }
    }
    if (auto meetings = MeetingRepository(m_db).listForContact(m_contact.id)) {
        for (const Meeting& meeting : meetings.value()) {
            auto round = RoundRepository(m_db).get(meeting.roundId);
            if (!round)
                continue;
            auto opportunity = OpportunityRepository(m_db).get(round.value().opportunityId);
            QString where = enumLabel(round.value().kind);
            if (opportunity)
                where = tr("%1 at %2").arg(where, opportunity.value().company);
            if (round.value().heldOn.isValid())
                where += QStringLiteral(", ") + shortDate(round.value().heldOn);
            lines << tr("Met in: %1").arg(where);
        }
    }
    m_relations->setText(lines.join(QLatin1Char('\n')));
    m_relations->setVisible(!lines.isEmpty());

    const QStringList events = contactTimeline(m_db, m_contact.id);
    m_timeline->addItems(events);
    if (events.isEmpty())
        m_timeline->addItem(tr("Nothing yet: no notes, no follow-ups."));
}

Contact ContactDetail::collect() const
{
    Contact c = m_contact;
    c.firstName = m_first->text().trimmed();
    c.lastName = m_last->text().trimmed();
    c.title = m_title->text().trimmed();
    c.role = static_cast<RoleCategory>(m_role->currentData().toInt());
    c.company = m_company->text().trimmed();
    m_more->collectInto(c);
    c.email = preferredFrom(c.details, DetailKind::Email, m_email->text(), m_contact);
    c.phone = preferredFrom(c.details, DetailKind::Phone, m_phone->text(), m_contact);
    c.linkedInUrl = m_linkedInUrl->text().trimmed();
    const auto status = static_cast<LinkedInStatus>(m_linkedInStatus->currentData().toInt());
    // Without a date the field shows today (fillForm): only a date the user set is one.
    const QDate shownOn
        = m_contact.linkedInStatusOn.isValid() ? m_contact.linkedInStatusOn : m_db.clock().today();
    if (status != m_contact.linkedInStatus || m_linkedInOn->date() != shownOn)
        c.linkedInStatusOn = m_linkedInOn->date();
    c.linkedInStatus = status;
    c.warmth = m_warmth->value();
    c.notes = m_notes->toPlainText();
    return c;
}

bool ContactDetail::hasUnsavedChanges() const
{
    if (m_contact.id <= 0 && !m_isNew)
        return false;
    return !sameEditableFields(collect(), m_contact);
}

void ContactDetail::markInvalid(const QString& field)
{
    QLineEdit* edit = field == QLatin1String("email") ? m_email
        : field == QLatin1String("linkedin_url")      ? m_linkedInUrl
        : field == QLatin1String("name")              ? m_first
        : field == QLatin1String("birthday")          ? m_more->birthdayEdit()
                                                      : nullptr;
    if (!edit)
        return;
    markRefused(edit);
}

bool ContactDetail::save()
{
    if (m_contact.id <= 0 && !m_isNew)
        return true;
    Contact edited = collect();
    bool adding = m_isNew;
    bool keptOthers = false; // fields changed meanwhile (by a sync) kept beside the user's
    bool wasGone = false; // deleted meanwhile (on another device): kept as edited
    if (!adding) {
        // Written over what is stored now, not over what the form was filled from: a sync
        // may have changed fields the user did not touch since.
        auto stored = ContactRepository(m_db).get(edited.id);
        if (stored) {
            const Contact merged = withEdits(m_contact, edited, stored.value());
            keptOthers = !sameEditableFields(merged, edited);
            edited = merged;
        } else if (stored.error().code == Error::Code::NotFound) {
            wasGone = adding = true;
            edited.id = 0;
        } else {
            m_message->showError(tr("Not saved: %1").arg(stored.error().message));
            return false;
        }
    }
    if (auto saved
        = adding ? ContactRepository(m_db).add(edited) : ContactRepository(m_db).update(edited);
        !saved) {
        // The form keeps what was typed; only the message and the mark change.
        m_message->showError(tr("Not saved: %1").arg(saved.error().message));
        markInvalid(saved.error().field);
        return false;
    }
    m_contact = edited;
    m_isNew = false;
    showMode();
    fillForm(); // a further address marked preferred now shows in the field above
    m_heading->setText(edited.displayName());
    if (adding) {
        fillRelations();
        emit contactAdded(edited.id);
    }
    if (wasGone)
        m_message->showInfo(tr("%1 had been deleted on another device; kept here as you edited.")
                                .arg(edited.displayName()));
    else if (keptOthers)
        m_message->showInfo(tr("Saved, with what came in meanwhile in the fields you left."));
    else
        m_message->showInfo(adding ? tr("Added %1.").arg(edited.displayName()) : tr("Saved."));
    emit contactSaved(edited.id);
    return true;
}

void ContactDetail::addFollowUp(const QString& reason, const QDate& dueOn)
{
    FollowUp followUp;
    followUp.contactId = m_contact.id;
    followUp.kind = FollowUpKind::StayInTouch;
    followUp.reason = reason.trimmed();
    followUp.dueOn = dueOn;
    if (auto added = FollowUpRepository(m_db).add(followUp); !added) {
        m_message->showError(added.error().message);
        return;
    }
    m_followUpReason->clear();
    fillRelations();
    m_message->showInfo(tr("Follow-up added for %1.").arg(shortDate(dueOn)));
    emit contactSaved(m_contact.id);
}

void ContactDetail::draftNote()
{
    // The note is about the latest opportunity where you met; a blank one when none.
    Opportunity about;
    if (auto meetings = MeetingRepository(m_db).listForContact(m_contact.id);
        meetings && !meetings.value().empty()) {
        if (auto round = RoundRepository(m_db).get(meetings.value().back().roundId))
            if (auto opportunity = OpportunityRepository(m_db).get(round.value().opportunityId))
                about = opportunity.value();
    }
    if (about.id <= 0) {
        Outreach note;
        note.contactId = m_contact.id;
        note.kind = OutreachKind::Letter;
        note.subject = tr("Keeping in touch");
        note.body = tr("Dear %1,\n\n").arg(m_contact.firstName);
        if (auto added = OutreachRepository(m_db).add(note); !added) {
            m_message->showError(added.error().message);
            return;
        }
    } else if (auto drafted = draftThankYou(m_db, m_contact, about); !drafted) {
        m_message->showError(drafted.error().message);
        return;
    }
    fillRelations();
    m_message->showInfo(tr("A draft is waiting in Outreach."));
    emit contactSaved(m_contact.id);
}

void ContactDetail::markThankYouSent()
{
    OutreachFilter thanks;
    thanks.contactId = m_contact.id;
    thanks.kind = OutreachKind::ThankYou;
    thanks.status = OutreachStatus::Draft;
    auto drafts = OutreachRepository(m_db).list(thanks);
    if (!drafts) {
        m_message->showError(drafts.error().message);
        return;
    }
    if (drafts.value().empty()) {
        m_message->showInfo(tr("There is no thank-you draft for %1; use Draft Note first.")
                                .arg(m_contact.displayName()));
        return;
    }
    Outreach sent = drafts.value().front();
    sent.status = OutreachStatus::Sent;
    sent.sentOn = m_db.clock().today();
    if (auto saved = OutreachRepository(m_db).update(sent); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    fillRelations();
    m_message->showInfo(tr("Thank-you marked sent today."));
    emit contactSaved(m_contact.id);
}

} // namespace finalist
