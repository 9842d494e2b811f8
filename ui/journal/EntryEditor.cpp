#include "EntryEditor.h"

#include "common/OpportunityChoiceModel.h"
#include "common/RoundsPanel.h"
#include "domain/JournalEdits.h"
#include "i18n/DateText.h"
#include "LessonListPanel.h"
#include "MarkdownEdit.h"
#include "MomentumPanel.h"
#include "opportunities/NewOpportunityDialog.h"
#include "PeoplePanel.h"
#include "ReflectionSteps.h"
#include "services/EntryFollowUps.h"
#include "SpellChecker.h"
#include "StepList.h"
#include "storage/JournalRepository.h"
#include "sync/SyncConflictsBox.h"
#include "sync/SyncHistoryLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

EntryEditor::EntryEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_autosaver([this] { return save(); })
    , m_title(new QLineEdit(this))
    , m_writtenOn(new QDateEdit(this))
    , m_opportunity(new QComboBox(this))
    , m_opportunityChoices(new OpportunityChoiceModel(db, this))
    , m_newOpportunity(new QToolButton(this))
    , m_mood(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_revisitOn(new QDateEdit(this))
    , m_stepper(new StepList(this))
    , m_pages(new QStackedWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_previewButton(new QToolButton(this))
    , m_words(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_error(new QLabel(this))
    , m_spellChecker(new SpellChecker(SpellChecker::defaultPersonalWordsFile(), this))
{
    // On when a dictionary for the system's language is installed; Preferences may change it.
    // Read when a text box first gets the cursor: reading an entry needs no dictionary.
    m_spellChecker->setLanguage(SpellChecker::defaultLanguage(), SpellChecker::dictionaryFolder(),
                                SpellChecker::Reading::WhenNeeded);
    buildHeader();
    for (int step = 0; step < StepCount; ++step) {
        m_stepper->addStep(reflectionSteps()[step].title);
        m_pages->addWidget(buildStepPage(step));
    }
    m_stepper->setSpacing(3);
    m_stepper->setObjectName(QStringLiteral("stepper"));
    m_stepper->setAccessibleName(tr("Reflection steps"));
    m_preview->setOpenExternalLinks(false);
    m_preview->hide();
    connect(m_stepper, &QListWidget::currentRowChanged, this, [this](int row) {
        m_autosaver.flush(); // a step change saves at once
        m_pages->setCurrentIndex(row);
        togglePreview(m_previewButton->isChecked());
        updateFooter();
    });

    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("Show the step as formatted text"));
    connect(m_previewButton, &QToolButton::toggled, this, &EntryEditor::togglePreview);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_saveState->setObjectName(QStringLiteral("saveState"));

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_previewButton);
    footer->addWidget(m_words);
    footer->addStretch();
    footer->addWidget(m_saveState);
    auto* content = new QVBoxLayout;
    content->addWidget(m_pages, 1);
    content->addWidget(m_preview, 1);
    content->addWidget(m_error);
    content->addLayout(footer);
    auto* body = new QHBoxLayout;
    body->addWidget(m_stepper);
    body->addLayout(content, 1);

    auto* header = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The mood sits beside the title, so that no row is wider than a small screen allows.
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_mood);
    auto* facts = new QHBoxLayout;
    facts->addWidget(m_writtenOn);
    facts->addWidget(m_opportunity, 1);
    facts->addWidget(m_newOpportunity);
    auto* later = new QHBoxLayout;
    later->addWidget(m_tags, 1);
    later->addWidget(new QLabel(tr("Revisit on"), this));
    later->addWidget(m_revisitOn);
    setTabOrder(m_title, m_mood);
    setTabOrder(m_mood, m_writtenOn);
    header->addRow(tr("Title"), titleRow);
    header->addRow(tr("Written"), facts);
    header->addRow(tr("Tags"), later);

    m_conflicts = new SyncConflictsBox(db, SyncKind::Journal, this);
    // What is typed is saved before a conflict's choice changes the entry under the editor.
    m_conflicts->setBeforeChoosing([this] { return m_autosaver.flush(); });
    m_conflicts->setTabAfter(m_revisitOn); // shown under the header's last row
    connect(m_conflicts, &SyncConflictsBox::settled, this, [this](qint64 id) { load(id); });
    m_syncHistory = new SyncHistoryLabel(db, SyncKind::Journal, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_syncHistory);
    layout->addWidget(m_conflicts);
    layout->addLayout(body, 1);

    connect(&m_autosaver, &Autosaver::stateChanged, this, &EntryEditor::updateFooter);
    connect(&m_autosaver, &Autosaver::saveFailed, this, [this](const QString& message) {
        m_error->setText(
            tr("Not saved: %1 Your text is kept here, and Finalist keeps trying.").arg(message));
        m_error->show();
    });
    connect(&m_autosaver, &Autosaver::saved, this, [this] {
        m_error->hide();
        emit entrySaved(m_entry.id);
    });
    clear();
}

void EntryEditor::buildHeader()
{
    m_title->setPlaceholderText(tr("A title for this reflection"));
    m_writtenOn->setCalendarPopup(true);
    m_writtenOn->setDisplayFormat(dates::editFormat()); // as every date edit
    m_revisitOn->setObjectName(QStringLiteral("revisitOn"));
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_revisitOn->setCalendarPopup(true);
    m_revisitOn->setDisplayFormat(dates::editFormat());
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_mood->addItem(tr("Mood"), 0);
    const QString moods[]
        = { tr("1 · heavy"), tr("2 · low"), tr("3 · steady"), tr("4 · good"), tr("5 · bright") };
    for (int i = 0; i < 5; ++i)
        m_mood->addItem(moods[i], i + 1);
    connect(m_title, &QLineEdit::textEdited, this, &EntryEditor::changed);
    connect(m_tags, &QLineEdit::textEdited, this, &EntryEditor::changed);
    connect(m_writtenOn, &QDateEdit::dateChanged, this, &EntryEditor::changed);
    connect(m_revisitOn, &QDateEdit::dateChanged, this, &EntryEditor::changed);
    m_opportunity->setObjectName(QStringLiteral("entryOpportunity"));
    m_opportunityChoices->setLeadingRow(tr("No particular opportunity"), qint64(0));
    m_opportunity->setModel(m_opportunityChoices);
    // A long "company — role" must not widen the window: the list shows it in full.
    m_opportunity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opportunity->setMinimumContentsLength(10);
    m_mood->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mood->setMinimumContentsLength(10); // "3 · steady"
    m_opportunity->setAccessibleName(tr("Opportunity"));
    m_newOpportunity->setObjectName(QStringLiteral("newOpportunity"));
    m_newOpportunity->setText(tr("New…"));
    m_newOpportunity->setToolTip(tr("A hiring process that is not in the list yet: create it "
                                    "and link this reflection to it"));
    connect(m_newOpportunity, &QToolButton::clicked, this, &EntryEditor::createOpportunity);
    connect(m_opportunity, &QComboBox::currentIndexChanged, this, [this] {
        changed();
        if (!m_loading)
            showRecords(collect()); // the rounds and people belong to the chosen opportunity
    });
    connect(m_mood, &QComboBox::currentIndexChanged, this, &EntryEditor::changed);
}

QWidget* EntryEditor::buildStepPage(int step)
{
    const ReflectionStep& definition = reflectionSteps()[step];
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* prompt = new QLabel(definition.prompt, page);
    prompt->setWordWrap(true);
    QFont bold = prompt->font();
    bold.setWeight(QFont::DemiBold);
    prompt->setFont(bold);
    layout->addWidget(prompt);
    if (!definition.hints.isEmpty()) {
        auto* hints = new QLabel(
            QStringLiteral("• ") + definition.hints.join(QStringLiteral("\n• ")), page);
        hints->setWordWrap(true);
        hints->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hints);
    }
    const auto makeEdit = [&](const QString& placeholder) {
        auto* edit = new MarkdownEdit(page);
        edit->setMinimumColumns(60);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QPlainTextEdit::textChanged, this, &EntryEditor::changed);
        connect(edit, &MarkdownEdit::focusLost, &m_autosaver, &Autosaver::flush);
        edit->setSpellChecker(m_spellChecker);
        connect(edit, &MarkdownEdit::problem, this, [this](const QString& message) {
            m_error->setText(message);
            m_error->show();
        });
        return edit;
    };
    if (step == JobStep) {
        m_stepEdits[step] = makeEdit(tr("What sounded ideal, to look for next time"));
        m_jobNotIdeal = makeEdit(tr("What did not fit"));
        m_gutRating = new QComboBox(page);
        m_gutRating->addItem(tr("Gut feeling: not rated"), 0);
        for (int i = 1; i <= 5; ++i)
            m_gutRating->addItem(tr("Gut feeling: %1 of 5").arg(i), i);
        m_gutReason = new QLineEdit(page);
        m_gutReason->setPlaceholderText(tr("One line on why"));
        connect(m_gutRating, &QComboBox::currentIndexChanged, this, &EntryEditor::changed);
        connect(m_gutReason, &QLineEdit::textEdited, this, &EntryEditor::changed);
        auto* gut = new QHBoxLayout;
        gut->addWidget(m_gutRating);
        gut->addWidget(m_gutReason, 1);
        // Once written, placeholders are gone: small headings keep the two boxes apart.
        layout->addWidget(new QLabel(tr("Sounded ideal"), page));
        layout->addWidget(m_stepEdits[step], 1);
        layout->addWidget(new QLabel(tr("Did not fit"), page));
        layout->addWidget(m_jobNotIdeal, 1);
        layout->addLayout(gut);
    } else {
        m_stepEdits[step] = makeEdit(tr("Write in Markdown: **bold**, *italic*, - lists"));
        QWidget* record = buildStepRecord(step, page);
        if (!record) {
            layout->addWidget(m_stepEdits[step], 1);
        } else {
            // The text and the step's record share the page; the user can move the divide.
            auto* split = new QSplitter(Qt::Vertical, page);
            split->setObjectName(QStringLiteral("journalStep%1").arg(step + 1));
            split->setChildrenCollapsible(false);
            split->addWidget(m_stepEdits[step]);
            split->addWidget(record);
            // Step 3 is mostly its table of people; the others mostly text.
            const bool recordFirst = step == RelationshipsStep;
            split->setStretchFactor(0, recordFirst ? 1 : 3);
            split->setStretchFactor(1, recordFirst ? 2 : 2);
            layout->addWidget(split, 1);
        }
    }
    return page;
}

QWidget* EntryEditor::buildStepRecord(int step, QWidget* page)
{
    switch (step) {
    case ExperienceStep:
        m_rounds = new RoundsPanel(m_db, page);
        m_rounds->setHint(tr("Choose the opportunity above to record its rounds and the people "
                             "you met, or create it with New… beside the list."));
        connect(m_rounds, &RoundsPanel::peopleChanged, this, [this] { m_people->reload(); });
        return m_rounds;
    case RelationshipsStep:
        m_people = new PeoplePanel(m_db, page);
        return m_people;
    case SelfStep:
        m_lessons = new LessonListPanel(m_db, page);
        connect(m_lessons, &LessonListPanel::lessonsChanged, this, &EntryEditor::updateStepMarks);
        return m_lessons;
    case MomentumStep:
        m_momentum = new MomentumPanel(m_db, page);
        connect(m_momentum, &MomentumPanel::actionsChanged, this, &EntryEditor::updateStepMarks);
        return m_momentum;
    default:
        return nullptr;
    }
}

void EntryEditor::showRecords(const JournalEntry& entry)
{
    m_rounds->setOpportunity(entry.opportunityId);
    m_people->setEntry(entry);
    m_lessons->setEntry(entry.id);
    m_momentum->setEntry(entry);
}

void EntryEditor::createOpportunity()
{
    const qint64 created = NewOpportunityDialog::ask(m_db, this);
    if (created <= 0)
        return;
    fillOpportunities();
    // Linking the entry is an edit like any other: it is saved with the rest.
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(created)));
}

void EntryEditor::refreshOpportunities()
{
    m_opportunityChoices->refreshKeepingChoice(*m_opportunity);
}

void EntryEditor::fillOpportunities()
{
    // Each entry shown asks again: the shared list is handed out again until the journal
    // changes, and the picker resets only when it is another.
    const QSignalBlocker blocker(m_opportunity);
    m_opportunityChoices->refresh();
}

bool EntryEditor::load(qint64 entryId)
{
    if (!m_autosaver.flush())
        return false;
    auto entry = JournalRepository(m_db).get(entryId);
    if (!entry) {
        m_error->setText(entry.error().message);
        m_error->show();
        return false;
    }
    m_entry = entry.value();
    showEntry();
    return true;
}

void EntryEditor::clear()
{
    m_autosaver.discard();
    m_entry = JournalEntry{};
    showEntry();
}

void EntryEditor::showEntry()
{
    m_loading = true;
    fillOpportunities();
    m_conflicts->showRecord(m_entry.id);
    m_syncHistory->showRecord(m_entry.id);
    const bool has = m_entry.id > 0;
    setEnabled(has);
    m_title->setText(m_entry.title);
    m_writtenOn->setDate(m_entry.writtenOn.isValid() ? m_entry.writtenOn : QDate::currentDate());
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(m_entry.opportunityId)));
    m_mood->setCurrentIndex(std::max(0, m_mood->findData(m_entry.mood)));
    m_tags->setText(m_entry.tags.join(QStringLiteral(", ")));
    m_revisitOn->setDate(m_entry.revisitOn.isValid() ? m_entry.revisitOn
                                                     : m_writtenOn->date().addDays(14));
    const QString texts[StepCount] = { m_entry.experience, m_entry.jobIdeal, m_entry.relationships,
                                       m_entry.learned,    m_entry.momentum, m_entry.notes };
    for (int step = 0; step < StepCount; ++step)
        m_stepEdits[step]->setPlainText(texts[step]);
    m_jobNotIdeal->setPlainText(m_entry.jobNotIdeal);
    m_gutRating->setCurrentIndex(std::max(0, m_gutRating->findData(m_entry.gutRating)));
    m_gutReason->setText(m_entry.gutReason);
    m_gutReason->setCursorPosition(0); // show the start of a long line, not its end
    m_title->setCursorPosition(0);
    m_error->hide();
    showRecords(m_entry);
    m_loading = false;
    updateStepMarks();
    updateFooter();
    if (m_stepper->currentRow() < 0)
        m_stepper->setCurrentRow(ExperienceStep);
}

JournalEntry EntryEditor::collect() const
{
    JournalEntry e = m_entry;
    e.title = m_title->text();
    e.writtenOn = m_writtenOn->date();
    e.opportunityId = m_opportunity->currentData().toLongLong();
    e.mood = m_mood->currentData().toInt();
    e.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !e.tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            e.tags << tag.trimmed();
    }
    e.revisitOn = m_revisitOn->date();
    e.experience = m_stepEdits[ExperienceStep]->toPlainText();
    e.jobIdeal = m_stepEdits[JobStep]->toPlainText();
    e.jobNotIdeal = m_jobNotIdeal->toPlainText();
    e.gutRating = m_gutRating->currentData().toInt();
    e.gutReason = m_gutReason->text();
    e.relationships = m_stepEdits[RelationshipsStep]->toPlainText();
    e.learned = m_stepEdits[SelfStep]->toPlainText();
    e.momentum = m_stepEdits[MomentumStep]->toPlainText();
    e.notes = m_stepEdits[NotesStep]->toPlainText();
    return e;
}

Status EntryEditor::save()
{
    if (m_entry.id <= 0)
        return {};
    const JournalEntry typed = collect();
    JournalEntry edited = typed;
    // On failure m_entry keeps the old values, so the autosaver's retry saves both again.
    if (auto saved = EntryFollowUps(m_db).saveEntry(edited, m_entry); !saved)
        return saved;
    m_entry = edited;
    if (!sameFields(journalEditableFields(), edited, typed))
        showCameIn(typed);
    return {};
}

void EntryEditor::showCameIn(const JournalEntry& typed)
{
    // Only the fields that differ: the one being typed in keeps its cursor and its undo.
    const JournalEntry& e = m_entry;
    m_loading = true;
    if (e.title != typed.title)
        m_title->setText(e.title);
    if (e.writtenOn != typed.writtenOn)
        m_writtenOn->setDate(e.writtenOn);
    if (e.opportunityId != typed.opportunityId)
        m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(e.opportunityId)));
    if (e.mood != typed.mood)
        m_mood->setCurrentIndex(std::max(0, m_mood->findData(e.mood)));
    if (e.tags != typed.tags)
        m_tags->setText(e.tags.join(QStringLiteral(", ")));
    if (e.revisitOn != typed.revisitOn && e.revisitOn.isValid())
        m_revisitOn->setDate(e.revisitOn);
    const QString JournalEntry::*texts[StepCount]
        = { &JournalEntry::experience, &JournalEntry::jobIdeal, &JournalEntry::relationships,
            &JournalEntry::learned,    &JournalEntry::momentum, &JournalEntry::notes };
    for (int step = 0; step < StepCount; ++step) {
        if (e.*texts[step] != typed.*texts[step])
            m_stepEdits[step]->setPlainText(e.*texts[step]);
    }
    if (e.jobNotIdeal != typed.jobNotIdeal)
        m_jobNotIdeal->setPlainText(e.jobNotIdeal);
    if (e.gutRating != typed.gutRating)
        m_gutRating->setCurrentIndex(std::max(0, m_gutRating->findData(e.gutRating)));
    if (e.gutReason != typed.gutReason)
        m_gutReason->setText(e.gutReason);
    m_loading = false;
    m_syncHistory->showRecord(e.id);
    updateStepMarks();
}

void EntryEditor::changed()
{
    if (m_loading || m_entry.id <= 0)
        return;
    m_autosaver.markChanged();
    updateStepMarks();
    updateFooter();
}

bool EntryEditor::isStepDone(int step) const
{
    bool done = !m_stepEdits[step]->toPlainText().trimmed().isEmpty();
    if (step == JobStep)
        done = done || !m_jobNotIdeal->toPlainText().trimmed().isEmpty()
            || m_gutRating->currentIndex() > 0;
    if (step == SelfStep)
        done = done || m_lessons->count() > 0;
    if (step == MomentumStep)
        done = done || m_momentum->actionCount() > 0;
    return done;
}

void EntryEditor::updateStepMarks()
{
    for (int step = 0; step < StepCount; ++step)
        m_stepper->setStepDone(step, isStepDone(step));
}

void EntryEditor::updateFooter()
{
    const int step = std::max(0, currentStep());
    int words = m_stepEdits[step]->wordCount();
    if (step == JobStep)
        words += m_jobNotIdeal->wordCount();
    m_words->setText(tr("%n word(s) in this step", nullptr, words));
    m_saveState->setText(saveStateText());
}

QString EntryEditor::saveStateText() const
{
    if (m_entry.id <= 0)
        return {};
    switch (m_autosaver.state()) {
    case Autosaver::State::Saved:
        return tr("Saved");
    case Autosaver::State::Pending:
    case Autosaver::State::Saving:
        return tr("Saving…");
    case Autosaver::State::Failed:
        return tr("Not saved yet");
    }
    return {};
}

QString EntryEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

int EntryEditor::currentStep() const
{
    return m_stepper->currentRow();
}

void EntryEditor::showStep(int step)
{
    m_stepper->setCurrentRow(step);
}

void EntryEditor::togglePreview(bool on)
{
    if (on) {
        const int step = std::max(0, currentStep());
        QString markdown = m_stepEdits[step]->toPlainText();
        if (step == JobStep)
            markdown += QStringLiteral("\n\n") + m_jobNotIdeal->toPlainText();
        m_preview->setMarkdown(markdown);
    }
    m_preview->setVisible(on);
    m_pages->setVisible(!on);
}

bool EntryEditor::setSpellLanguage(const QString& language)
{
    return m_spellChecker->setLanguage(language, SpellChecker::dictionaryFolder(),
                                       SpellChecker::Reading::WhenNeeded);
}

} // namespace finalist
