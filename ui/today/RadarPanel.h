#pragma once

#include "services/SecondChanceRadar.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace finalist {

class Database;

// Every runner-up process with the days left to the chosen hire's ninety-day mark and the
// state of the check-in; one without a plan has a button that opens the rejection wizard.
// The soonest few show at first, and only they are read; the rest behind "Show all", so a long
// search stays calm and Today quick.
class RadarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RadarPanel(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    // The rows read: the first few, or every one once "Show all" is pressed.
    const std::vector<RadarItem>& items() const { return m_items; }
    int total() const { return m_total; }
    QPushButton* showAllButton() const { return m_more; }
    static constexpr int kRowsAtFirst = 8;
    // The radar as Today shows it first, kept in the database's shared reads until the next
    // change: read ahead while the window is built, it is not read again (any thread).
    static Result<std::vector<RadarItem>> readFirstRows(Database& db);

public slots:
    void reload();
    void setShowAll(bool all);

signals:
    void planRequested(qint64 opportunityId);

private:
    Database& m_db;
    std::vector<RadarItem> m_items;
    int m_total = 0;
    void fill();

    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_more;
    bool m_showAll = false;
};

} // namespace finalist
