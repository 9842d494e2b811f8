#include "TemplateEditor.h"

#include "common/InlineMessage.h"
#include "services/NoteValues.h"
#include "services/TemplateLibrary.h"
#include "storage/ContactRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateRenderer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

template <typename E> void fillEnum(QComboBox* box, std::initializer_list<E> values)
{
    for (E value : values)
        box->addItem(enumLabel(value), enumKey(value));
}

template <typename E> E chosen(const QComboBox* box, E fallback)
{
    return enumFromKey<E>(box->currentData().toString()).value_or(fallback);
}

} // namespace

TemplateEditor::TemplateEditor(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_tone(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_contact(new QComboBox(this))
    , m_opportunity(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new InlineMessage(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_discard(new QPushButton(tr("Discard Changes"), this))
    , m_reset(new QPushButton(tr("Reset to Original"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_previewDelay(new QTimer(this))
{
    setWindowTitle(tr("Note Templates"));
    fillEnum(m_kind,
             { OutreachKind::ThankYou, OutreachKind::RejectionReply, OutreachKind::FeedbackRequest,
               OutreachKind::StayOnRadar, OutreachKind::CheckIn, OutreachKind::LinkedInInvitation,
               OutreachKind::Letter });
    fillEnum(m_channel, { Channel::Email, Channel::LinkedIn, Channel::PhoneScript, Channel::Card });
    fillEnum(m_tone, { Tone::Warm, Tone::Formal, Tone::Brief });
    m_preview->setReadOnly(true);
    // The preview sits on the alternate base, so it never passes for the text being edited.
    m_preview->viewport()->setBackgroundRole(QPalette::AlternateBase);
    m_list->setSpacing(2);
    m_preview->setPlaceholderText(tr("The note as it would read"));
    m_body->setTabChangesFocus(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Keep the changes to this template (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_discard->setToolTip(tr("Put back the text as it was last saved"));

    auto* insert = new QToolButton(this);
    insert->setText(tr("Insert Placeholder"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(insert);
    for (const QString& field : TemplateRenderer::templateFields())
        menu->addAction(QStringLiteral("{{%1}}").arg(field), this, [this, field] {
            m_body->insertPlainText(QStringLiteral("{{%1}}").arg(field));
            m_body->setFocus();
        });
    insert->setMenu(menu);

    auto* newButton = new QPushButton(tr("New"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_kind);
    kinds->addWidget(m_channel);
    kinds->addWidget(m_tone);
    form->addRow(tr("For:"), kinds);
    form->addRow(tr("&Subject:"), m_subject);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    auto* bodyBar = new QHBoxLayout;
    bodyBar->addWidget(new QLabel(tr("Text:"), this));
    bodyBar->addStretch();
    bodyBar->addWidget(insert);
    editorLayout->addLayout(bodyBar);
    editorLayout->addWidget(m_body, 3);
    editorLayout->addWidget(m_problem);
    auto* previewBar = new QHBoxLayout;
    previewBar->addWidget(new QLabel(tr("Preview for:"), this));
    previewBar->addWidget(m_contact, 1);
    previewBar->addWidget(m_opportunity, 1);
    editorLayout->addLayout(previewBar);
    editorLayout->addWidget(m_preview, 2);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_reset);
    editButtons->addStretch();
    editButtons->addWidget(m_discard);
    editButtons->addWidget(m_save);
    editorLayout->addLayout(editButtons);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(editor);
    split->setStretchFactor(1, 1);
    split->setSizes({ 260, 640 });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(close);
    resize(980, 680);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(120);
    connect(m_previewDelay, &QTimer::timeout, this, &TemplateEditor::updatePreview);
    for (QComboBox* box : { m_contact, m_opportunity })
        connect(box, &QComboBox::currentIndexChanged, this, &TemplateEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_subject, &QLineEdit::textChanged, m_previewDelay, qOverload<>(&QTimer::start));
    // Save and Discard Changes are live only while there is something to save or discard.
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::updateButtons);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateEditor::updateButtons);
    for (QComboBox* box : { m_kind, m_channel, m_tone })
        connect(box, &QComboBox::currentIndexChanged, this, &TemplateEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_shownRow)
            return;
        // A template with an error cannot be saved: the error stays in view with the words
        // that caused it, until they are fixed or discarded.
        bool stay = false;
        if (m_shownRow >= 0 && isDirty() && hasError()) {
            stay = true;
            if (m_name->text().trimmed().isEmpty())
                m_problem->showError(tr("Give the template a name, or discard the changes."));
            else
                updatePreview(); // says where the error is, at once
        } else if (m_shownRow >= 0) {
            stay = !settleEdits();
        }
        if (stay) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_shownRow);
            return;
        }
        showTemplate();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            m_problem->showInfo(tr("Saved."));
    });
    connect(m_discard, &QPushButton::clicked, this, &TemplateEditor::discardChanges);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToShipped);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplateEditor::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditor::remove);
    connect(newButton, &QPushButton::clicked, this, &TemplateEditor::addNew);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillSamples();
    reload(0);
}

void TemplateEditor::fillSamples()
{
    ContactFilter few;
    few.limit = 200;
    auto contacts = ContactRepository(m_db).list(few);
    auto opportunities = OpportunityRepository(m_db).list();
    if (contacts)
        for (const Contact& c : contacts.value())
            m_contact->addItem(c.displayName(), c.id);
    if (opportunities)
        for (const Opportunity& o : opportunities.value())
            m_opportunity->addItem(o.company, o.id);
    if (m_contact->count() == 0)
        m_contact->addItem(tr("(no contacts yet)"), qint64(0));
    if (m_opportunity->count() == 0)
        m_opportunity->addItem(tr("(no opportunities yet)"), qint64(0));
}

void TemplateEditor::reload(qint64 select)
{
    auto all = TemplateLibrary(m_db).all();
    if (!all) {
        m_problem->showError(all.error().message);
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (const Template& t : all.value()) {
        auto* item
            = new QListWidgetItem(t.isBuiltin() ? t.name : tr("%1  (yours)").arg(t.name), m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == select)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(row);
    showTemplate();
}

void TemplateEditor::selectTemplate(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void TemplateEditor::showTemplate()
{
    m_shownRow = m_list->currentRow();
    const QListWidgetItem* item = m_list->currentItem();
    auto loaded = item ? TemplateRepository(m_db).get(item->data(Qt::UserRole).toLongLong())
                       : Result<Template>(Template{});
    if (!loaded) {
        m_problem->showError(loaded.error().message);
        return;
    }
    m_current = loaded.value();
    m_name->setText(m_current.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(enumKey(m_current.kind))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(enumKey(m_current.channel))));
    m_tone->setCurrentIndex(std::max(0, m_tone->findData(enumKey(m_current.tone))));
    m_subject->setText(m_current.subject);
    m_body->setPlainText(m_current.body);
    m_reset->setEnabled(m_current.isBuiltin());
    m_delete->setEnabled(m_current.id > 0 && !m_current.isBuiltin());
    m_problem->clearMessage();
    updatePreview();
    updateButtons();
}

Template TemplateEditor::edited() const
{
    Template t = m_current;
    t.name = m_name->text();
    t.kind = chosen(m_kind, OutreachKind::ThankYou);
    t.channel = chosen(m_channel, Channel::Email);
    t.tone = chosen(m_tone, Tone::Warm);
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    return t;
}

bool TemplateEditor::isDirty() const
{
    const Template t = edited();
    return t.name != m_current.name || t.kind != m_current.kind || t.channel != m_current.channel
        || t.tone != m_current.tone || t.subject != m_current.subject || t.body != m_current.body;
}

bool TemplateEditor::hasError() const
{
    return m_name->text().trimmed().isEmpty() || TemplateRenderer::check(m_subject->text())
        || TemplateRenderer::check(m_body->toPlainText());
}

void TemplateEditor::updateButtons()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
}

void TemplateEditor::discardChanges()
{
    showTemplate(); // the stored template, read again
    m_problem->showInfo(tr("Changes discarded."));
}

TemplateEditor::Unsaved TemplateEditor::askUnsaved(bool canSave)
{
    if (m_askUnsaved)
        return m_askUnsaved(m_current.name, canSave);
    QMessageBox box(QMessageBox::Question, tr("Unsaved Template"),
                    canSave ? tr("Save the changes to “%1”?").arg(m_current.name)
                            : tr("“%1” has an error and cannot be saved as it is. Discard the "
                                 "changes?")
                                  .arg(m_current.name),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Discarding puts back the text as it was last saved."));
    if (canSave)
        box.addButton(QMessageBox::Save);
    box.setDefaultButton(canSave ? QMessageBox::Save : QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool TemplateEditor::settleEdits()
{
    if (!isDirty())
        return true;
    switch (askUnsaved(!hasError())) {
    case Unsaved::Save:
        return save();
    case Unsaved::Discard:
        discardChanges();
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

void TemplateEditor::updatePreview()
{
    TemplateValues values;
    auto contact = ContactRepository(m_db).get(m_contact->currentData().toLongLong());
    auto opportunity = OpportunityRepository(m_db).get(m_opportunity->currentData().toLongLong());
    values = TemplateLibrary::valuesFor(contact ? contact.value() : Contact{},
                                        opportunity ? opportunity.value() : Opportunity{});
    values.insert(storedProfileValues(m_db)); // the preview signs as the notes will
    // The wizard's choices, all on, so every block shows in the preview.
    for (const char* choice :
         { "ask_feedback", "stay_on_radar", "other_roles", "contract_work", "linkedin" })
        values.insert(QLatin1String(choice), QStringLiteral("yes"));
    std::optional<TemplateProblem> subjectProblem, bodyProblem;
    const RenderedText subject
        = TemplateRenderer::render(m_subject->text(), values, &subjectProblem);
    const RenderedText body = TemplateRenderer::render(m_body->toPlainText(), values, &bodyProblem);
    if (bodyProblem || subjectProblem) {
        const TemplateProblem& p = bodyProblem ? *bodyProblem : *subjectProblem;
        m_problem->showError(
            bodyProblem
                ? tr("Text, line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message)
                : tr("Subject, column %1: %2").arg(p.column).arg(p.message));
        m_preview->setPlainText(QString());
        return;
    }
    if (m_problem->isError())
        m_problem->clearMessage();
    m_preview->setPlainText(
        subject.text.isEmpty() ? body.text : subject.text + QStringLiteral("\n\n") + body.text);
}

bool TemplateEditor::save()
{
    Template t = edited();
    TemplateRepository templates(m_db);
    const Status saved = t.id > 0 ? templates.update(t) : templates.add(t);
    if (!saved) {
        m_problem->showError(saved.error().message);
        return false;
    }
    m_current = t;
    if (QListWidgetItem* item = m_list->item(m_shownRow))
        item->setText(t.isBuiltin() ? t.name : tr("%1  (yours)").arg(t.name));
    updateButtons();
    return true;
}

void TemplateEditor::duplicate()
{
    if (!settleEdits())
        return;
    auto copy = TemplateLibrary(m_db).duplicate(m_current.id);
    if (!copy) {
        m_problem->showError(copy.error().message);
        return;
    }
    reload(copy.value().id);
    m_problem->showInfo(tr("This copy is yours; the notes use it instead of the original."));
}

void TemplateEditor::resetToShipped()
{
    auto reset = TemplateLibrary(m_db).reset(m_current.id);
    if (!reset) {
        m_problem->showError(reset.error().message);
        return;
    }
    showTemplate();
    m_problem->showInfo(tr("Back to the text Finalist ships."));
}

void TemplateEditor::remove()
{
    if (m_current.isBuiltin() || m_current.id <= 0)
        return;
    if (auto removed = TemplateRepository(m_db).remove(m_current.id); !removed) {
        m_problem->showError(removed.error().message);
        return;
    }
    m_shownRow = -1;
    reload(0);
}

void TemplateEditor::addNew()
{
    if (!settleEdits())
        return;
    Template t;
    t.name = tr("My template");
    t.kind = chosen(m_kind, OutreachKind::ThankYou);
    t.channel = chosen(m_channel, Channel::Email);
    t.tone = chosen(m_tone, Tone::Warm);
    t.body = tr("Hi {{contact.first_name}},\n\n");
    if (auto added = TemplateRepository(m_db).add(t); !added) {
        m_problem->showError(added.error().message);
        return;
    }
    reload(t.id);
    m_name->setFocus();
    m_name->selectAll();
}

void TemplateEditor::done(int result)
{
    // Close, Esc and the window's close button all end here: edits are never written or
    // dropped without asking.
    if (!settleEdits())
        return;
    QDialog::done(result);
}

} // namespace finalist
