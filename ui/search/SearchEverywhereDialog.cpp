#include "SearchEverywhereDialog.h"

#include "common/ClearButton.h"

#include <algorithm>
#include <optional>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

QString groupTitle(SearchHit::Kind kind, int count)
{
    switch (kind) {
    case SearchHit::Kind::Entry:
        return SearchEverywhereDialog::tr("Journal entries (%1)").arg(count);
    case SearchHit::Kind::Contact:
        return SearchEverywhereDialog::tr("Contacts (%1)").arg(count);
    case SearchHit::Kind::Opportunity:
        return SearchEverywhereDialog::tr("Opportunities (%1)").arg(count);
    case SearchHit::Kind::Note:
        return SearchEverywhereDialog::tr("Notes (%1)").arg(count);
    }
    return {};
}

QString titleOf(const SearchHit& hit)
{
    if (!hit.title.trimmed().isEmpty())
        return hit.title;
    return hit.kind == SearchHit::Kind::Note ? SearchEverywhereDialog::tr("(no subject)")
                                             : SearchEverywhereDialog::tr("(untitled)");
}

} // namespace

SearchEverywhereDialog::SearchEverywhereDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_state(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Find Everywhere"));
    m_query->setObjectName(QStringLiteral("everywhereQuery"));
    m_query->setPlaceholderText(tr("Words in your entries, contacts, opportunities and notes"));
    offerClearButton(m_query);
    m_query->setAccessibleName(tr("Find everywhere"));
    m_query->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("everywhereResults"));
    m_results->setAccessibleName(tr("Matches, grouped by kind"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({ tr("Found"), tr("Details") });
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_state->setObjectName(QStringLiteral("everywhereState"));
    m_state->setWordWrap(true);
    m_state->setText(tr("Type a word or a name. Every section is searched at once."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_state);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(640, 460);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200); // a search per pause in typing, not per key
    connect(m_delay, &QTimer::timeout, this, &SearchEverywhereDialog::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        choose(m_results->currentItem());
    });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { choose(item); });
}

void SearchEverywhereDialog::runSearch()
{
    m_delay->stop();
    m_results->clear();
    const QString text = m_query->text();
    if (text.trimmed().isEmpty()) {
        m_state->setText(tr("Type a word or a name. Every section is searched at once."));
        return;
    }
    auto hits = EverythingSearch(m_db).search(text);
    if (!hits) {
        m_state->setText(tr("The search could not run: %1").arg(hits.error().message));
        return;
    }
    if (hits.value().empty()) {
        m_state->setText(tr("Nothing matches “%1”.").arg(text.trimmed()));
        return;
    }
    m_state->setText(
        tr("%n match(es). Enter opens the highlighted one.", nullptr, int(hits.value().size())));
    QTreeWidgetItem* group = nullptr;
    std::optional<SearchHit::Kind> groupKind;
    QTreeWidgetItem* first = nullptr;
    for (const SearchHit& hit : hits.value()) {
        if (!groupKind || *groupKind != hit.kind) {
            const auto count
                = std::count_if(hits.value().begin(), hits.value().end(),
                                [&](const SearchHit& h) { return h.kind == hit.kind; });
            group = new QTreeWidgetItem(m_results, { groupTitle(hit.kind, int(count)) });
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            groupKind = hit.kind;
        }
        auto* item = new QTreeWidgetItem(group, { titleOf(hit), hit.detail });
        item->setData(0, kKindRole, int(hit.kind));
        item->setData(0, kIdRole, hit.id);
        item->setToolTip(1, hit.detail);
        if (!first)
            first = item;
    }
    m_results->expandAll();
    m_results->setCurrentItem(first);
}

void SearchEverywhereDialog::choose(QTreeWidgetItem* item)
{
    if (!item || !item->data(0, kIdRole).isValid())
        return;
    emit hitChosen(static_cast<SearchHit::Kind>(item->data(0, kKindRole).toInt()),
                   item->data(0, kIdRole).toLongLong());
    accept();
}

// Up and Down in the box move through the matches, so the keyboard never has to leave it.
bool SearchEverywhereDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            if (m_delay->isActive())
                runSearch();
            QTreeWidgetItem* current = m_results->currentItem();
            QTreeWidgetItem* next = current;
            do {
                next = next ? (key == Qt::Key_Down ? m_results->itemBelow(next)
                                                   : m_results->itemAbove(next))
                            : nullptr;
            } while (next && !next->data(0, kIdRole).isValid());
            if (next)
                m_results->setCurrentItem(next);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace finalist
