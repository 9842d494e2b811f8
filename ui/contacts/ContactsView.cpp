#include "ContactsView.h"

#include "common/ClearButton.h"
#include "common/InlineMessage.h"
#include "common/OpportunityChoiceModel.h"
#include "common/UndoBar.h"
#include "ContactDetail.h"
#include "ContactListModel.h"
#include "services/ContactImport.h"
#include "services/ContactMerge.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ImportLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace finalist {

ContactsView::ContactsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ContactListModel(db, this))
    , m_table(new QTableView(this))
    , m_detail(new ContactDetail(db, this))
    , m_search(new QLineEdit(this))
    , m_company(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_opportunity(new QComboBox(this))
    , m_opportunityChoices(new OpportunityChoiceModel(db, this))
    , m_linkedIn(new QComboBox(this))
    , m_due(new QCheckBox(tr("Follow-up due"), this))
    , m_state(new QLabel(this))
    , m_undo(new UndoBar(this))
    , m_searchDelay(new QTimer(this))
{
    m_opportunityChoices->setLeadingRow(tr("All opportunities"), QVariant());
    m_opportunity->setModel(m_opportunityChoices);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search names, companies and notes"));
    offerClearButton(m_search);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->horizontalHeader()->setObjectName(QStringLiteral("contactColumns"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTable::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[ContactTable::ColumnCount] = { 150, 150, 110, 130, 110, 80, 90, 100 };
    for (int c = 0; c < ContactTable::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    for (QComboBox* box : { m_company, m_role, m_opportunity, m_linkedIn })
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    // Search and "due" on the first line, the four lists two by two below: on one line they would
    // be cut short beside the detail pane.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_due);
    // Two by two, so that the list keeps its room beside the detail pane on a small screen.
    auto* filters = new QGridLayout;
    filters->addWidget(m_company, 0, 0);
    filters->addWidget(m_role, 0, 1);
    filters->addWidget(m_opportunity, 1, 0);
    filters->addWidget(m_linkedIn, 1, 1);

    auto* add = new QPushButton(tr("Add Contact"), this);
    add->setObjectName(QStringLiteral("addContact"));
    auto* merge = new QPushButton(tr("Merge…"), this);
    merge->setToolTip(tr("Fold a duplicate of this person into this contact"));
    auto* remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteContact"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(merge);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    m_state->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_state); // on its own line: beside the buttons it widened the pane
    leftLayout->addWidget(m_undo);
    leftLayout->addLayout(buttons);

    // The detail pane scrolls down on small screens rather than squeezing its form, and never
    // sideways: it is as wide as the form at least, and its buttons wrap.
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(m_detail->minimumSizeHint().width()
                                  + style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("contactsSplit"));
    splitter->addWidget(left);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsView::applyFilter);
    for (QComboBox* box : { m_company, m_role, m_opportunity, m_linkedIn })
        connect(box, &QComboBox::activated, this, &ContactsView::applyFilter);
    connect(m_due, &QCheckBox::toggled, this, &ContactsView::applyFilter);
    connect(add, &QPushButton::clicked, this, &ContactsView::addContact);
    connect(merge, &QPushButton::clicked, this, &ContactsView::chooseMerge);
    connect(remove, &QPushButton::clicked, this, &ContactsView::deleteContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                if (current.row() == previous.row())
                    return;
                // A new person with words typed stays until Save or Cancel: never written
                // or dropped behind the user's back.
                const bool keepNew = m_detail->isNew() && m_detail->hasUnsavedChanges();
                if (keepNew)
                    m_detail->message()->showInfo(
                        tr("Save the new contact, or cancel it, before choosing another."));
                if (keepNew || !flush()) { // keep the unsaved contact on screen
                    const QSignalBlocker blocker(m_table->selectionModel());
                    m_table->selectionModel()->setCurrentIndex(
                        previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    return;
                }
                m_detail->showContact(m_model->idAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::showState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsView::showState);
    connect(m_detail, &ContactDetail::contactSaved, this, [this](qint64 id) {
        fillFilters();
        m_model->reload();
        select(id);
    });
    // A person just added is shown in the list even if the filters would hide them.
    connect(m_detail, &ContactDetail::contactAdded, this, [this] {
        m_search->clear();
        m_due->setChecked(false);
        for (QComboBox* box : { m_company, m_role, m_opportunity, m_linkedIn })
            box->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_detail, &ContactDetail::newContactCancelled, this, [this] {
        if (m_beforeNew > 0)
            select(m_beforeNew);
    });

    fillFilters();
    applyFilter();
}

void ContactsView::fillFilters()
{
    const auto refill = [](QComboBox* box, const QString& all,
                           const std::vector<std::pair<QString, QVariant>>& items) {
        const QVariant kept = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QVariant());
        for (const auto& [label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(kept)));
    };
    std::vector<std::pair<QString, QVariant>> companies, roles, states;
    if (auto list = ContactTable(m_db).companies())
        for (const QString& company : list.value())
            companies.emplace_back(company, company);
    for (const auto& role : EnumTable<RoleCategory>::entries())
        roles.emplace_back(enumLabel(role.value), int(role.value));
    for (const auto& state : EnumTable<LinkedInStatus>::entries())
        states.emplace_back(enumLabel(state.value), int(state.value));
    refill(m_company, tr("All companies"), companies);
    refill(m_role, tr("All roles"), roles);
    m_opportunityChoices->refreshKeepingChoice(*m_opportunity);
    refill(m_linkedIn, tr("Any LinkedIn"), states);
}

void ContactsView::applyFilter()
{
    ContactTable::Filter filter = m_model->filter(); // keeps the sort
    filter.text = m_search->text();
    filter.company = m_company->currentData().toString();
    const QVariant role = m_role->currentData();
    filter.role
        = role.isValid() ? std::optional(static_cast<RoleCategory>(role.toInt())) : std::nullopt;
    filter.opportunityId = m_opportunity->currentData().toLongLong();
    const QVariant state = m_linkedIn->currentData();
    filter.linkedIn = state.isValid() ? std::optional(static_cast<LinkedInStatus>(state.toInt()))
                                      : std::nullopt;
    filter.followUpDue = m_due->isChecked();
    filter.today = m_db.clock().today();
    const qint64 shown = m_detail->contactId();
    m_model->setFilter(filter);
    select(shown);
}

void ContactsView::showState()
{
    if (!m_model->lastError().isEmpty())
        m_state->setText(m_model->lastError());
    else if (m_model->totalCount() == 0)
        m_state->setText(m_model->filter().text.isEmpty() && !m_model->filter().followUpDue
                             ? tr("No contacts here yet.")
                             : tr("Nobody matches."));
    else
        m_state->setText(tr("%Ln contact(s)", nullptr, int(m_model->totalCount())));
}

void ContactsView::selectFirst()
{
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0 && m_detail->contactId() <= 0)
        select(m_model->index(0, 0).data(ContactListModel::IdRole).toLongLong());
}

void ContactsView::select(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (row < 0) {
        if (m_table->currentIndex().isValid() || contactId <= 0)
            return;
        m_detail->showContact(0);
        return;
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_detail->contactId() != contactId)
        m_detail->showContact(contactId);
}

bool ContactsView::flush()
{
    // An untouched new form has nothing to keep; one with words typed is saved like an edit.
    if (m_detail->isNew() && !m_detail->hasUnsavedChanges())
        m_detail->showContact(0);
    return !m_detail->hasUnsavedChanges() || m_detail->save();
}

void ContactsView::reload()
{
    fillFilters();
    applyFilter();
}

void ContactsView::addContact()
{
    if (m_detail->isNew()) { // already open
        m_detail->firstNameEdit()->setFocus();
        return;
    }
    if (!flush())
        return;
    // Nothing is written yet: the form is empty until Save.
    m_beforeNew = m_detail->contactId();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->clear();
    }
    m_table->viewport()->update();
    m_detail->startNewContact(m_company->currentData().toString());
}

void ContactsView::chooseMerge()
{
    const qint64 keep = m_detail->contactId();
    if (keep <= 0 || !flush())
        return;
    auto kept = ContactRepository(m_db).get(keep);
    if (!kept)
        return;
    // Likely duplicates first: the same last name, or the same company.
    std::vector<Contact> candidates;
    for (const ContactFilter& filter :
         { ContactFilter{ kept.value().lastName, {}, {}, {}, 0, 200, 0 },
           ContactFilter{ {}, kept.value().company, {}, {}, 0, 200, 0 } }) {
        if (filter.text.isEmpty() && filter.company.isEmpty())
            continue;
        if (auto found = ContactRepository(m_db).list(filter))
            for (const Contact& c : found.value())
                if (c.id != keep
                    && std::none_of(candidates.begin(), candidates.end(),
                                    [&](const Contact& o) { return o.id == c.id; }))
                    candidates.push_back(c);
    }
    if (candidates.empty()) {
        m_state->setText(tr("No one with the same name or company to merge with."));
        return;
    }
    QStringList labels;
    for (const Contact& c : candidates)
        labels << (c.company.isEmpty() ? c.displayName()
                                       : tr("%1 (%2)").arg(c.displayName(), c.company));
    bool chosen = false;
    const QString label = QInputDialog::getItem(
        this, tr("Merge Contacts"),
        tr("Fold which record into %1? Its rounds, notes and follow-ups move over, and it is "
           "then removed.")
            .arg(kept.value().displayName()),
        labels, 0, false, &chosen);
    if (chosen)
        mergeIntoShown(candidates[std::size_t(labels.indexOf(label))].id);
}

bool ContactsView::mergeIntoShown(qint64 otherId)
{
    auto merged = mergeContactsUndoably(m_db, m_detail->contactId(), otherId);
    if (!merged) {
        m_state->setText(merged.error().message);
        return false;
    }
    const MergedContacts held = std::move(merged).value();
    const qint64 keptId = held.kept.id;
    const QString otherName = held.other.displayName();
    reload();
    select(keptId);
    m_detail->showContact(keptId);
    m_undo->offer(
        tr("Merged %1 into %2.").arg(otherName, held.kept.displayName()),
        [this, held, keptId]() -> Status {
            if (auto undone = unmergeContacts(m_db, held); !undone)
                return undone; // still held: the reason shows, and Undo can be tried again
            reload();
            select(keptId);
            m_detail->showContact(keptId);
            return {};
        },
        tr("Merge “%1”").arg(otherName));
    return true;
}

bool ContactsView::importContacts()
{
    if (!flush())
        return false;
    const auto done = ContactFileActions::importContacts(m_db, window());
    if (!done)
        return false;
    importFinished(*done);
    return true;
}

bool ContactsView::importFile(const QString& path)
{
    if (!flush())
        return false;
    const auto done = ContactFileActions::importFile(m_db, path, window());
    if (!done)
        return false;
    importFinished(*done);
    return true;
}

void ContactsView::importFinished(const FinishedImport& done)
{
    reload();
    const ImportOutcome outcome = done.outcome;
    if (outcome.importId <= 0)
        return;
    // The first person brought in is shown, ready for a note (a phone's shared card is one).
    if (auto first = ImportLog(m_db).firstContact(outcome.importId); first && first.value() > 0)
        select(first.value());
    // An invitations file only updates people already here.
    QString text = outcome.created > 0
        ? tr("Imported %n contact(s) from %1.", nullptr, outcome.created).arg(done.fileName)
        : tr("Updated %n contact(s) from %1.", nullptr, outcome.merged).arg(done.fileName);
    if (outcome.created > 0 && outcome.merged > 0)
        text += QLatin1Char(' ')
            + tr("Filled in %n contact(s) you already had.", nullptr, outcome.merged);
    m_undo->offer(
        text,
        [this, id = outcome.importId]() -> Status {
            ContactImport import(m_db);
            // Undone meanwhile from File ▸ Undo an Import: nothing is left to do here.
            auto undone = import.isUndone(id);
            if (!undone)
                return undone.error();
            if (!undone.value())
                if (auto reversed = import.undo(id); !reversed)
                    return reversed;
            // The shown person may be gone, or back to how they were before the import.
            const qint64 shown = m_detail->contactId();
            m_detail->showContact(ContactRepository(m_db).get(shown) ? shown : 0);
            reload();
            return {};
        },
        tr("Import “%1”").arg(done.fileName));
}

void ContactsView::deleteContact()
{
    const qint64 id = m_detail->contactId();
    if (id <= 0)
        return;
    auto deleted = finalist::deleteContact(m_db, id);
    if (!deleted) {
        m_state->setText(deleted.error().message);
        return;
    }
    const DeletedContact held = std::move(deleted).value();
    const QString name = held.contact.displayName();
    m_undo->offer(
        tr("Deleted %1, with their notes and follow-ups.").arg(name),
        [this, held]() -> Status {
            auto restored = restoreContact(m_db, held);
            if (!restored)
                return restored.error(); // still held, so Undo can be tried again
            reload();
            select(restored.value());
            return {};
        },
        tr("Delete “%1”").arg(name));
    m_detail->showContact(0);
    reload();
}

void ContactsView::undoDelete()
{
    m_undo->undo();
}

} // namespace finalist
