#pragma once

#include "domain/Lesson.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace finalist {

class Database;
class InlineMessage;

// Step 4 as a list: lessons, strengths shown and things to practise, one line each. Each line
// is saved as it is added, edited (double-click) or removed.
class LessonListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonListPanel(Database& db, QWidget* parent = nullptr);
    void setEntry(qint64 entryId);
    int count() const;

    QListWidget* list() const { return m_list; }
    QLineEdit* lessonEdit() const { return m_text; }
    QComboBox* kindBox() const { return m_kind; }
    InlineMessage* message() const { return m_message; }
    void addLesson();
    void removeSelected();

signals:
    void lessonsChanged();

private:
    void reload();
    void saveEdited(QListWidgetItem* item);
    QListWidgetItem* itemFor(const Lesson& lesson);

    Database& m_db;
    qint64 m_entryId = 0;
    bool m_filling = false;
    QListWidget* m_list;
    QComboBox* m_kind;
    QLineEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_remove;
    InlineMessage* m_message;
};

} // namespace finalist
