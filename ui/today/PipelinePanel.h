#pragma once

#include "services/PipelineFigures.h"

#include <QWidget>

class QLabel;

namespace finalist {

class BackgroundTask;
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
    // The same figures read by a worker on a connection of its own, shown when they arrive
    // (read here instead when the worker cannot): Today's first showing does not wait for the
    // panel at its bottom.
    void reloadInBackground();
    // The same, once the panel is first on screen: below the fold on most screens, it is read
    // only when scrolled to, and the first paint of Today does not share the machine with it.
    // Until then the panel keeps the room its lines will take.
    void reloadWhenSeen();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showFigures(const Result<PipelineFigures>& figures);

    Database& m_db;
    QLabel* m_summary;
    BackgroundTask* m_task;
    quint64 m_reads = 0; // each read in turn: only the latest is shown
    bool m_seen = false; // painted at least once
    bool m_readWhenSeen = false;
};

} // namespace finalist
