#include "JournalView.h"

#include "common/ClearButton.h"
#include "common/OpportunityChoiceModel.h"
#include "common/UndoBar.h"
#include "EntryEditor.h"
#include "export/ExportDialog.h"
#include "JournalItemDelegate.h"
#include "JournalListModel.h"
#include "ReflectionSteps.h"
#include "services/EntryFromOpportunity.h"
#include "services/EntryTrash.h"
#include "storage/LessonRepository.h"
#include "storage/OpportunityRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

JournalView::JournalView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new JournalListModel(db, this))
    , m_editor(new EntryEditor(db, this))
    , m_list(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_opportunity(new QComboBox(this))
    , m_opportunityChoices(new OpportunityChoiceModel(db, this))
    , m_tag(new QComboBox(this))
    , m_mood(new QComboBox(this))
    , m_listState(new QLabel(this))
    , m_undo(new UndoBar(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search all entries"));
    offerClearButton(m_search);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new JournalItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the delegate elides
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setAccessibleName(tr("Journal entries"));
    m_opportunityChoices->setLeadingRow(tr("All opportunities"), QVariant());
    m_opportunity->setModel(m_opportunityChoices);
    for (QComboBox* box : { m_opportunity, m_tag, m_mood })
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opportunity->setMinimumContentsLength(6);
    m_tag->setMinimumContentsLength(4);
    m_mood->setMinimumContentsLength(8); // "Any mood" whole
    m_listState->setWordWrap(true);
    m_listState->setAlignment(Qt::AlignCenter);
    m_listState->setForegroundRole(QPalette::PlaceholderText);

    // A click makes a blank entry; the arrow offers one started from an opportunity's record.
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("newEntry"));
    add->setPopupMode(QToolButton::MenuButtonPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* blank = new QAction(tr("New Entry"), add);
    blank->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(blank, &QAction::triggered, this, &JournalView::newEntry);
    auto* fromOpportunity = new QAction(tr("New Entry from an Opportunity…"), add);
    connect(fromOpportunity, &QAction::triggered, this, &JournalView::chooseOpportunityForEntry);
    auto* menu = new QMenu(add);
    menu->addAction(blank);
    menu->addAction(fromOpportunity);
    add->setMenu(menu);
    add->setDefaultAction(blank);
    auto* duplicate = new QPushButton(tr("Duplicate"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportJournal"));
    exportButton->setToolTip(tr("This entry or the whole journal, as Markdown, HTML or PDF, "
                                "or printed"));
    remove->setObjectName(QStringLiteral("deleteEntry"));
    connect(duplicate, &QPushButton::clicked, this, &JournalView::duplicateEntry);
    connect(remove, &QPushButton::clicked, this, &JournalView::deleteEntry);
    connect(exportButton, &QPushButton::clicked, this, &JournalView::exportJournal);

    m_undo->button()->setObjectName(QStringLiteral("undoDelete"));

    auto* filters = new QGridLayout;
    filters->addWidget(m_opportunity, 0, 0, 1, 2);
    filters->addWidget(m_tag, 1, 0);
    filters->addWidget(m_mood, 1, 1);
    // Two by two, so the list stays narrow enough for a 1024-pixel screen.
    auto* buttons = new QGridLayout;
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(duplicate, 0, 1);
    buttons->addWidget(remove, 1, 0);
    buttons->addWidget(exportButton, 1, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_listState);
    leftLayout->addWidget(m_undo);
    leftLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("journalSplit"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 950 }); // the list is for finding; the room goes to the writing
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    // Search as the user types, a moment after the last key so typing never stutters.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &JournalView::applyFilter);
    for (QComboBox* box : { m_opportunity, m_tag, m_mood })
        connect(box, &QComboBox::activated, this, &JournalView::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                currentChanged(index.data(JournalListModel::IdRole).toLongLong());
            });
    connect(m_editor, &EntryEditor::entrySaved, this, [this](qint64 id) {
        if (m_model->rowOf(id) < 0) {
            // Deleted on another device while written in here, and kept as a new entry.
            applyFilter();
            select(id);
            return;
        }
        m_model->updateRow(id, m_editor->savedEntry().title, m_editor->savedEntry().writtenOn);
    });

    fillFilters();
    applyFilter();
}

bool JournalView::flush()
{
    return m_editor->flush();
}

void JournalView::fillFilters()
{
    const auto refill
        = [](QComboBox* box, const QString& all, const QList<std::pair<QString, QVariant>>& items) {
              const QVariant current = box->currentData();
              box->clear();
              box->addItem(all, QVariant());
              for (const auto& [label, value] : items)
                  box->addItem(label, value);
              box->setCurrentIndex(std::max(0, box->findData(current)));
          };
    m_opportunityChoices->refreshKeepingChoice(*m_opportunity);
    QList<std::pair<QString, QVariant>> tags;
    if (auto list = JournalRepository(m_db).allTags())
        for (const QString& tag : list.value())
            tags.append({ QStringLiteral("#") + tag, tag });
    refill(m_tag, tr("All tags"), tags);
    QList<std::pair<QString, QVariant>> moods;
    for (int mood = 1; mood <= 5; ++mood)
        moods.append({ tr("Mood %1").arg(mood), mood });
    refill(m_mood, tr("Any mood"), moods);
}

void JournalView::applyFilter()
{
    const qint64 current = m_editor->entryId();
    JournalFilter filter;
    filter.text = m_search->text();
    filter.opportunityId = m_opportunity->currentData().toLongLong();
    filter.tag = m_tag->currentData().toString();
    filter.mood = m_mood->currentData().toInt();
    m_model->setFilter(filter);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    showListState();
}

void JournalView::showListState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_opportunity->currentIndex() > 0
        || m_tag->currentIndex() > 0 || m_mood->currentIndex() > 0;
    if (!m_model->lastError().isEmpty())
        m_listState->setText(m_model->lastError());
    else if (empty && filtered)
        m_listState->setText(tr("No entry matches. Try fewer words or clear the filters."));
    else if (empty)
        m_listState->setText(tr("No reflections yet. Start one with New Entry: the first step only "
                                "asks what happened."));
    m_listState->setVisible(empty || !m_model->lastError().isEmpty());
}

void JournalView::currentChanged(qint64 entryId)
{
    if (entryId <= 0 || entryId == m_editor->entryId())
        return;
    if (!m_editor->load(entryId)) {
        select(m_editor->entryId()); // the unsaved text stays on screen
    }
}

void JournalView::reloadAfterSync()
{
    if (!flush())
        return; // the text stays as typed; the next sync sends it
    const qint64 open = m_editor->entryId();
    fillFilters();
    applyFilter();
    if (open > 0 && !m_editor->load(open))
        m_editor->clear(); // deleted on the other side, unedited here
}

void JournalView::select(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void JournalView::selectFirst()
{
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void JournalView::newEntry()
{
    if (!flush())
        return;
    JournalEntry entry;
    entry.writtenOn = m_db.clock().today();
    entry.revisitOn = entry.writtenOn.addDays(14); // lessons surface over weeks
    entry.opportunityId = m_opportunity->currentData().toLongLong();
    auto added = startEntry(m_db, entry);
    if (!added) {
        m_listState->setText(added.error().message);
        m_listState->show();
        return;
    }
    entry = added.value();
    m_search->clear();
    applyFilter();
    select(entry.id);
    m_editor->load(entry.id);
    m_editor->titleEdit()->setFocus();
}

void JournalView::refreshOpportunities()
{
    fillFilters();
    m_editor->refreshOpportunities();
}

void JournalView::chooseOpportunityForEntry()
{
    auto opportunities = OpportunityRepository(m_db).choices();
    if (!opportunities || opportunities.value()->empty()) {
        m_listState->setText(opportunities ? tr("There are no opportunities yet.")
                                           : opportunities.error().message);
        m_listState->show();
        return;
    }
    const std::vector<OpportunityChoice>& all = *opportunities.value();
    QStringList labels;
    int current = 0;
    const qint64 filtered = m_opportunity->currentData().toLongLong();
    for (const OpportunityChoice& o : all) {
        if (o.id == filtered)
            current = int(labels.size());
        labels << OpportunityChoiceModel::label(o);
    }
    bool chosen = false;
    const QString label = QInputDialog::getItem(
        this, tr("New Entry from an Opportunity"),
        tr("Which process is this reflection about? Its rounds and the people you met are "
           "written in for you."),
        labels, current, false, &chosen);
    if (!chosen)
        return;
    newEntryFromOpportunity(all[std::size_t(labels.indexOf(label))].id);
}

void JournalView::newEntryFromOpportunity(qint64 opportunityId)
{
    if (!flush())
        return;
    auto entry = startEntryFromOpportunity(m_db, opportunityId, m_db.clock().today());
    if (!entry) {
        m_listState->setText(entry.error().message);
        m_listState->show();
        return;
    }
    m_search->clear();
    applyFilter();
    select(entry.value().id);
    m_editor->load(entry.value().id);
    m_editor->showStep(ExperienceStep);
}

void JournalView::exportJournal()
{
    if (!flush())
        return; // what is exported is what is saved
    const qint64 id = m_editor->entryId();
    ExportDialog dialog(m_db, id > 0 ? std::optional(id) : std::nullopt, this);
    dialog.exec();
}

void JournalView::duplicateEntry()
{
    if (m_editor->entryId() <= 0 || !flush())
        return;
    auto original = JournalRepository(m_db).get(m_editor->entryId());
    if (!original)
        return;
    JournalEntry copy = original.value();
    copy.id = 0;
    copy.title = tr("%1 (copy)").arg(copy.title.isEmpty() ? tr("Untitled") : copy.title);
    copy.writtenOn = m_db.clock().today();
    if (!JournalRepository(m_db).add(copy))
        return;
    applyFilter();
    select(copy.id);
}

void JournalView::deleteEntry()
{
    const qint64 id = m_editor->entryId();
    if (id <= 0)
        return;
    flush();
    auto deleted = finalist::deleteEntry(m_db, id);
    if (!deleted) {
        m_listState->setText(deleted.error().message);
        m_listState->show();
        return;
    }
    const DeletedEntry held = std::move(deleted).value();
    const QString title = held.entry.title.isEmpty() ? tr("Untitled") : held.entry.title;
    m_editor->clear();
    m_undo->offer(
        tr("Deleted “%1”.").arg(title),
        [this, held]() -> Status {
            auto restored = restoreEntry(m_db, held);
            if (!restored)
                return restored.error(); // still held, so Undo can be tried again
            fillFilters();
            applyFilter();
            select(restored.value());
            return {};
        },
        tr("Delete “%1”").arg(title));
    fillFilters();
    applyFilter();
}

void JournalView::undoDelete()
{
    m_undo->undo();
}

} // namespace finalist
