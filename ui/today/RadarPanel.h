#pragma once

#include "services/SecondChanceRadar.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace finalist {

class Database;

// Every runner-up process with the days left to the chosen hire's ninety-day mark and the
// state of the check-in; one without a plan has a button that opens the rejection wizard.
class RadarPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RadarPanel(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    const std::vector<RadarItem>& items() const { return m_items; }

public slots:
    void reload();

signals:
    void planRequested(qint64 opportunityId);

private:
    Database& m_db;
    std::vector<RadarItem> m_items;
    QTableWidget* m_table;
    QLabel* m_empty;
};

} // namespace finalist
