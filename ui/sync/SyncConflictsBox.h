#pragma once

#include "domain/Sync.h"

#include <functional>
#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace finalist {

class Database;

// In a record's pane: the fields a sync found changed both here and on the server, each with
// both values and the choice between them. Hidden while there is none.
class SyncConflictsBox : public QFrame
{
    Q_OBJECT
public:
    SyncConflictsBox(Database& db, SyncKind kind, QWidget* parent = nullptr);

    void showRecord(qint64 localId); // 0: none
    void showRecord(SyncKind kind, qint64 localId); // a record of another kind from now on
    SyncKind kind() const { return m_kind; }
    // The choice buttons shown, in order (Keep, Use, for each field): for the tab order.
    const QList<QPushButton*>& choices() const { return m_choices; }
    // The focusable widget the choices follow in the tab order (made later, they would come
    // last in the window's; the box itself takes no focus, so it cannot be the anchor).
    void setTabAfter(QWidget* before) { m_tabAfter = before; }
    // Off where the window around it says it already (the conflicts dialog).
    void setHeadingVisible(bool visible);
    int conflictCount() const { return m_count; }
    // Asked before a choice is written (the pane saves what is typed first); false: no choice.
    void setBeforeChoosing(std::function<bool()> ready) { m_ready = std::move(ready); }

signals:
    // The user chose for a field; the record may have changed (the server's value taken).
    void settled(qint64 localId);
    void failed(const QString& message);

private:
    void choose(const QString& field, bool takeServers);

    Database& m_db;
    SyncKind m_kind;
    qint64 m_id = 0;
    int m_count = 0;
    QVBoxLayout* m_rows;
    QLabel* m_heading;
    QList<QPushButton*> m_choices;
    QWidget* m_tabAfter = nullptr;
    std::function<bool()> m_ready;
};

} // namespace finalist
