#pragma once

#include "services/EverythingSearch.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace finalist {

class Database;

// Edit ▸ Find Everywhere (Ctrl+Shift+F): one box, the matches grouped by kind; Enter or a
// double-click opens the record in its section.
class SearchEverywhereDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchEverywhereDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* queryEdit() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    QLabel* state() const { return m_state; }

public slots:
    void runSearch();

signals:
    void hitChosen(finalist::SearchHit::Kind kind, qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(QTreeWidgetItem* item);

    Database& m_db;
    QLineEdit* m_query;
    QTreeWidget* m_results;
    QLabel* m_state;
    QTimer* m_delay;
};

} // namespace finalist
