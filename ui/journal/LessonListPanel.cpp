#include "LessonListPanel.h"

#include "common/InlineMessage.h"
#include "storage/Database.h"
#include "storage/LessonRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kLessonIdRole = Qt::UserRole + 1;

} // namespace

LessonListPanel::LessonListPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new InlineMessage(this))
{
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setMinimumHeight(110);
    m_list->setWordWrap(true); // a lesson is a sentence: wrap it rather than scroll sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    for (const auto& entry : EnumTable<LessonKind>::entries())
        m_kind->addItem(enumLabel(entry.value), int(entry.value));
    m_text->setObjectName(QStringLiteral("lessonEdit"));
    m_text->setPlaceholderText(tr("One thing, in a line: “I explain trade-offs well under "
                                  "pressure”"));
    m_remove->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_text, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &LessonListPanel::addLesson);
    connect(m_text, &QLineEdit::returnPressed, this, &LessonListPanel::addLesson);
    connect(m_remove, &QPushButton::clicked, this, &LessonListPanel::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemChanged, this, &LessonListPanel::saveEdited);
}

void LessonListPanel::setEntry(qint64 entryId)
{
    m_entryId = entryId;
    m_message->clearMessage();
    reload();
}

int LessonListPanel::count() const
{
    return m_list->count();
}

QListWidgetItem* LessonListPanel::itemFor(const Lesson& lesson)
{
    // The kind leads the line; an edit may keep or drop that prefix (see saveEdited).
    auto* item = new QListWidgetItem(tr("%1: %2").arg(enumLabel(lesson.kind), lesson.text));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(kLessonIdRole, lesson.id);
    return item;
}

void LessonListPanel::reload()
{
    m_filling = true;
    m_list->clear();
    if (m_entryId > 0) {
        auto lessons = LessonRepository(m_db).listForEntry(m_entryId);
        if (!lessons)
            m_message->showError(lessons.error().message);
        else
            for (const Lesson& lesson : lessons.value())
                m_list->addItem(itemFor(lesson));
    }
    m_filling = false;
    m_remove->setEnabled(false);
}

void LessonListPanel::addLesson()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        m_message->showError(tr("Write the lesson in the box first."));
        return;
    }
    Lesson lesson;
    lesson.entryId = m_entryId;
    lesson.kind = static_cast<LessonKind>(m_kind->currentData().toInt());
    lesson.text = text;
    lesson.position = m_list->count();
    if (auto added = LessonRepository(m_db).add(lesson); !added) {
        m_message->showError(added.error().message); // the text stays in the box
        return;
    }
    m_text->clear();
    m_message->clearMessage();
    reload();
    emit lessonsChanged();
}

void LessonListPanel::saveEdited(QListWidgetItem* item)
{
    if (m_filling || !item)
        return;
    LessonRepository lessons(m_db);
    auto stored = lessons.get(item->data(kLessonIdRole).toLongLong());
    if (!stored) {
        m_message->showError(stored.error().message);
        return;
    }
    Lesson lesson = stored.value();
    // The shown line is "Kind: text"; an edit may keep or drop the prefix.
    QString text = item->text().trimmed();
    const QString prefix = tr("%1: ").arg(enumLabel(lesson.kind));
    if (text.startsWith(prefix))
        text = text.mid(prefix.size()).trimmed();
    if (text == lesson.text)
        return;
    lesson.text = text;
    if (auto saved = lessons.update(lesson); !saved) {
        m_message->showError(saved.error().message);
        return; // the edited line stays on screen
    }
    m_message->clearMessage();
    emit lessonsChanged();
}

void LessonListPanel::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(kLessonIdRole).toLongLong();
    if (auto removed = LessonRepository(m_db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    reload();
    emit lessonsChanged();
}

} // namespace finalist
