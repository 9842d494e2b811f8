#pragma once

#include "services/NetworkGraph.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QSpinBox;

namespace finalist {

class Database;
class NetworkLegend;
class NetworkNodeItem;

// The Network section: you in the centre, companies as hubs, people around them. The layout is
// computed on another thread and its positions saved, so the picture opens as it was left.
class NetworkView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkView(Database& db, QWidget* parent = nullptr);
    ~NetworkView() override;

    QGraphicsScene* scene() const { return m_scene; }
    QGraphicsView* canvas() const { return m_view; }
    QComboBox* focusBox() const { return m_focus; }
    QSpinBox* hopsBox() const { return m_hops; }
    bool isLayingOut() const { return m_layingOut; }
    qint64 selectedContact() const;

    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);

public slots:
    void reload(); // builds the graph for the chosen focus and lays it out
    void selectContact(qint64 contactId); // keeps the selection in step with the table
    void fit();

signals:
    void contactSelected(qint64 contactId);
    void laidOut(); // the scene shows the new layout

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillFocus();
    void showGraph(const NetworkGraph& graph);
    void savePositions();
    void chooseExport();

    Database& m_db;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QComboBox* m_focus;
    QSpinBox* m_hops;
    QLabel* m_state;
    NetworkLegend* m_legend;
    QHash<qint64, NetworkNodeItem*> m_byContact;
    bool m_layingOut = false;
    int m_generation = 0; // a newer reload makes older layouts stale
};

} // namespace finalist
