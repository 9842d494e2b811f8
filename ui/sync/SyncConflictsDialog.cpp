#include "SyncConflictsDialog.h"

#include "i18n/DateText.h"
#include "storage/ContactRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/JournalRepository.h"
#include "storage/SyncState.h"
#include "SyncConflictsBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace finalist {

SyncConflictsDialog::SyncConflictsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_sides(new QStackedWidget(this))
    , m_box(new SyncConflictsBox(db, SyncKind::Contacts, this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setWindowTitle(tr("Sync Conflicts"));
    setObjectName(QStringLiteral("syncConflictsDialog"));
    m_intro = new QLabel(tr("These records were changed here and on another device in the "
                            "same field. Until you choose, this journal keeps its own "
                            "value and the server's waits beside it."),
                         this);
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("conflictedRecords"));
    m_list->setAccessibleName(tr("Records with conflicts"));
    m_list->setMinimumWidth(220);
    // A follow-up's reason can be long: wrapped in full, never cut or scrolled sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_box->setHeadingVisible(false);
    m_empty->setObjectName(QStringLiteral("noConflicts"));
    m_empty->setText(tr("Nothing to choose. When a field changes here and on another device "
                        "before they sync, both versions wait here for you."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the list to the choices
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inside = new QWidget(scroll);
    auto* insideLayout = new QVBoxLayout(inside);
    insideLayout->setContentsMargins(0, 0, 0, 0);
    insideLayout->addWidget(m_box);
    insideLayout->addStretch(1);
    scroll->setWidget(inside);
    m_sides->addWidget(scroll);
    m_sides->addWidget(m_empty);

    m_open->setObjectName(QStringLiteral("openConflicted"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = m_buttons;
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);

    auto* sides = new QHBoxLayout;
    sides->addWidget(m_list, 2);
    sides->addWidget(m_sides, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SyncConflictsDialog::showCurrent);
    connect(m_box, &SyncConflictsBox::settled, this, [this](qint64 id) {
        const SyncKind kind = m_box->kind();
        reload();
        emit settled(kind, id);
    });
    connect(m_box, &SyncConflictsBox::failed, this,
            [this](const QString& message) { m_empty->setText(message); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= static_cast<int>(m_records.size()))
            return;
        const Shown chosen = m_records[row];
        accept();
        emit openRequested(chosen.kind, chosen.localId);
    });
    reload();
}

int SyncConflictsDialog::recordCount() const
{
    return static_cast<int>(m_records.size());
}

void SyncConflictsDialog::reload()
{
    const int wasRow = m_list->currentRow();
    const bool hadOne = wasRow >= 0 && wasRow < recordCount();
    const Shown was = hadOne ? m_records[wasRow] : Shown{ SyncKind::Contacts, 0 };
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_records.clear();
    const auto records = SyncState(m_db).conflictedRecords().value_or({});
    int chosen = 0;
    for (const auto& [kind, id] : records) {
        if (hadOne && was.kind == kind && was.localId == id)
            chosen = recordCount();
        m_records.push_back({ kind, id });
        m_list->addItem(titleOf(kind, id));
    }
    // The next record after one just settled, so a run of choices needs no reaching back.
    if (hadOne && chosen == 0 && wasRow < recordCount())
        chosen = wasRow;
    if (!m_records.empty())
        m_list->setCurrentRow(std::min(chosen, recordCount() - 1));
    showCurrent();
}

QString SyncConflictsDialog::titleOf(SyncKind kind, qint64 localId) const
{
    switch (kind) {
    case SyncKind::Contacts:
        if (auto contact = ContactRepository(m_db).get(localId))
            return tr("Contact: %1").arg(contact.value().displayName());
        break;
    case SyncKind::FollowUps:
        if (auto followUp = FollowUpRepository(m_db).get(localId)) {
            return tr("Follow-up: %1 (due %2)")
                .arg(followUp.value().reason, dates::shortDate(followUp.value().dueOn));
        }
        break;
    case SyncKind::Journal:
        if (auto entry = JournalRepository(m_db).get(localId)) {
            const QString title = entry.value().title;
            return tr("Journal entry: %1").arg(title.isEmpty() ? tr("Untitled") : title);
        }
        break;
    }
    return tr("Record %1").arg(localId);
}

void SyncConflictsDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < recordCount();
    m_list->setVisible(!m_records.empty());
    m_intro->setVisible(!m_records.empty()); // the empty state says it all
    if (!any) {
        m_box->showRecord(m_box->kind(), 0);
        m_sides->setCurrentWidget(m_empty);
        m_open->hide();
        return;
    }
    const Shown shown = m_records[row];
    m_box->showRecord(shown.kind, shown.localId);
    m_sides->setCurrentIndex(0);
    m_open->setVisible(shown.kind != SyncKind::FollowUps);
    m_open->setText(shown.kind == SyncKind::Contacts ? tr("&Open Contact") : tr("&Open Entry"));
    // The list, the choices, then Open and Close.
    QWidget* before = m_list;
    for (QPushButton* choice : m_box->choices()) {
        setTabOrder(before, choice);
        before = choice;
    }
    setTabOrder(before, m_open);
    setTabOrder(m_open, m_buttons);
}

} // namespace finalist
