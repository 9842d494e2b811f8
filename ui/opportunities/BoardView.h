#pragma once

#include "domain/Enums.h"

#include <QScrollArea>
#include <vector>

namespace finalist {

class OpportunityListModel;
class StageColumn;

// The pipeline board: a column per stage, side by side, scrolling sideways on small screens
// (and while a card is dragged near an edge). Stages the filter leaves out are hidden.
class BoardView : public QScrollArea
{
    Q_OBJECT
public:
    explicit BoardView(OpportunityListModel* model, QWidget* parent = nullptr);

    StageColumn* column(Stage stage) const;
    const std::vector<StageColumn*>& columns() const { return m_columns; }
    void setVisibleStages(const std::vector<Stage>& stages);
    qint64 currentId() const;
    void select(qint64 id);
    // Moves the card one stage on (+1) or back (-1) and keeps it selected and focused.
    void moveByStep(qint64 id, int step);

signals:
    void opened(qint64 id);
    void menuRequested(qint64 id, const QPoint& globalPos);
    void moved(qint64 id, finalist::Stage stage);
    void moveFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void focusNeighbour(StageColumn* from, int direction, int row);
    void updateTabStop();

    OpportunityListModel* m_model;
    std::vector<StageColumn*> m_columns;
};

} // namespace finalist
