#pragma once

#include "domain/Sync.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace finalist {

class Database;
class SyncConflictsBox;

// Every record a sync found changed both here and on another device, in one place: the way to
// the conflicts of follow-ups (which have no pane of their own) and to all the others at once.
// Each record's fields are chosen here as in its pane; contacts and entries can be opened.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncConflictsDialog(Database& db, QWidget* parent = nullptr);

    int recordCount() const;
    // Reads the conflicts afresh, keeping the record chosen when it still has some.
    void reload();

signals:
    // A choice was written; the record may have changed (the server's value taken).
    void settled(SyncKind kind, qint64 localId);
    // The user wants the record in its section (the dialog closes).
    void openRequested(SyncKind kind, qint64 localId);

private:
    struct Shown
    {
        SyncKind kind;
        qint64 localId;
    };
    QString titleOf(SyncKind kind, qint64 localId) const;
    void showCurrent();

    Database& m_db;
    std::vector<Shown> m_records;
    QListWidget* m_list;
    QStackedWidget* m_sides; // the chosen record's box, or the empty state
    SyncConflictsBox* m_box;
    QLabel* m_empty;
    QLabel* m_intro;
    QPushButton* m_open;
    QDialogButtonBox* m_buttons;
};

} // namespace finalist
