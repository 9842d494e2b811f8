#include "LessonsView.h"

#include "common/EmptyStateWidget.h"
#include "common/RoomyItemDelegate.h"
#include "i18n/DateText.h"
#include "services/LessonThemes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

LessonsView::LessonsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_grouping(new QComboBox(this))
    , m_themes(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_empty(new EmptyStateWidget(tr("No lessons yet"),
                                   tr("Step 4 of a reflection, “What I learned about myself”, "
                                      "collects them. They gather here, grouped, so the ones "
                                      "that keep coming back stand out."),
                                   this))
{
    m_grouping->setObjectName(QStringLiteral("lessonGrouping"));
    m_grouping->addItem(tr("Grouped by opportunity"));
    m_grouping->addItem(tr("Grouped by tag"));
    m_themes->setObjectName(QStringLiteral("lessonThemes"));
    m_themes->setWordWrap(true);
    m_themes->setTextFormat(Qt::PlainText);
    m_tree->setObjectName(QStringLiteral("lessonTree"));
    m_tree->setAccessibleName(tr("Lessons"));
    m_tree->header()->setObjectName(QStringLiteral("lessonColumns"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegate(new RoomyItemDelegate(m_tree));

    auto* heading = new QLabel(tr("What I keep learning"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setWeight(QFont::DemiBold);
    heading->setFont(big);
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_grouping);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_themes);
    contentLayout->addWidget(m_tree, 1);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(content);
    stack->addWidget(m_empty);
    setContentsMargins(12, 12, 12, 12);

    connect(m_grouping, &QComboBox::activated, this, &LessonsView::fill);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 entry = index.data(kEntryRole).toLongLong();
        if (entry > 0)
            emit entryRequested(entry);
    });
    reload();
}

void LessonsView::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(grouping == Grouping::ByTag ? 1 : 0);
    fill();
}

void LessonsView::reload()
{
    auto lessons = allLessonsInContext(m_db);
    m_lessons = lessons ? std::move(lessons).value() : std::vector<LessonInContext>{};
    if (!lessons)
        m_themes->setText(lessons.error().message);
    fill();
}

void LessonsView::fill()
{
    auto* stack = static_cast<QStackedLayout*>(layout());
    stack->setCurrentIndex(m_lessons.empty() ? 1 : 0);
    m_model->clear();
    QStringList texts;
    for (const LessonInContext& l : m_lessons)
        texts << l.text;
    QStringList themes;
    for (const LessonTheme& theme : recurringThemes(texts, 6))
        themes << tr("%1 (%n lesson(s))", nullptr, theme.lessons).arg(theme.word);
    m_themes->setText(
        themes.isEmpty()
            ? tr("No theme has come back yet; it takes a few reflections.")
            : tr("Coming back again and again: %1").arg(themes.join(QStringLiteral(" · "))));

    const bool byTag = m_grouping->currentIndex() == 1;
    // Groups in order of first appearance (newest entries first), "no tag" and "no
    // opportunity" last.
    QMap<QString, QStandardItem*> groups;
    QStringList order;
    const QString none = byTag ? tr("Without a tag") : tr("About no particular opportunity");
    const auto groupItem = [&](const QString& name) {
        if (!groups.contains(name)) {
            auto* item = new QStandardItem(name);
            QFont bold = item->font();
            bold.setWeight(QFont::DemiBold);
            item->setFont(bold);
            groups.insert(name, item);
            order << name;
        }
        return groups.value(name);
    };
    for (const LessonInContext& l : m_lessons) {
        QStringList names = byTag ? l.tags : QStringList{ l.opportunity };
        if (names.isEmpty() || (names.size() == 1 && names.first().isEmpty()))
            names = { none };
        for (const QString& name : names) {
            auto* lesson = new QStandardItem(tr("%1 — %2").arg(enumLabel(l.kind), l.text));
            lesson->setToolTip(tr("From “%1”, %2")
                                   .arg(l.entryTitle.isEmpty() ? tr("Untitled") : l.entryTitle,
                                        dates::shortDate(l.writtenOn)));
            lesson->setData(l.entryId, kEntryRole);
            groupItem(name)->appendRow(lesson);
        }
    }
    order.removeAll(none);
    if (groups.contains(none))
        order << none;
    for (const QString& name : order) {
        QStandardItem* group = groups.value(name);
        group->setText(tr("%1 · %n lesson(s)", nullptr, group->rowCount()).arg(name));
        m_model->appendRow(group);
    }
    m_tree->expandAll();
}

} // namespace finalist
