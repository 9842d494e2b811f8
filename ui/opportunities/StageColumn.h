#pragma once

#include "domain/Enums.h"

#include <QFrame>

class QLabel;
class QListView;

namespace finalist {

class OpportunityListModel;
class StageProxy;

// One stage on the board: its name and count over a list of cards. Cards are dragged in and
// out, and by keyboard: Ctrl+Right and Ctrl+Left move the card to the next or previous stage,
// Left and Right go to the neighbouring column, Return opens the card.
class StageColumn : public QFrame
{
    Q_OBJECT
public:
    StageColumn(OpportunityListModel* model, Stage stage, QWidget* parent = nullptr);

    Stage stage() const { return m_stage; }
    QListView* list() const { return m_list; }
    StageProxy* proxy() const { return m_proxy; }
    int count() const;
    qint64 currentId() const;
    // Selects the card (true) or leaves the selection alone when it is not in this column.
    bool select(qint64 id);
    void focusRow(int row);

signals:
    void opened(qint64 id);
    void moveRequested(qint64 id, int step); // +1: next stage, -1: previous
    void neighbourRequested(int direction, int row); // -1: left, +1: right
    void menuRequested(qint64 id, const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateHeader();

    Stage m_stage;
    StageProxy* m_proxy;
    QLabel* m_header;
    QListView* m_list;
    QLabel* m_emptyHint;
};

} // namespace finalist
