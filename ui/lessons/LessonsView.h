#pragma once

#include "storage/LessonOverview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace finalist {

class Database;
class EmptyStateWidget;

// Every step-4 lesson across all entries, grouped by opportunity or by tag, with the themes
// that keep coming back counted above them.
class LessonsView : public QWidget
{
    Q_OBJECT
public:
    enum class Grouping
    {
        ByOpportunity,
        ByTag
    };

    explicit LessonsView(Database& db, QWidget* parent = nullptr);

    void setGrouping(Grouping grouping);
    QStandardItemModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLabel* themes() const { return m_themes; }

public slots:
    void reload();

signals:
    void entryRequested(qint64 entryId);

private:
    void fill();

    Database& m_db;
    std::vector<LessonInContext> m_lessons;
    QComboBox* m_grouping;
    QLabel* m_themes;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    EmptyStateWidget* m_empty;
};

} // namespace finalist
