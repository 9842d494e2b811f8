#pragma once

#include <QWidget>

class QLabel;

namespace finalist {

class Database;

// One line on where the search stands: opportunities by status, rounds and people this month,
// wins recorded.
class PipelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePanel(Database& db, QWidget* parent = nullptr);
    QLabel* summary() const { return m_summary; }

public slots:
    void reload();

private:
    Database& m_db;
    QLabel* m_summary;
};

} // namespace finalist
