#pragma once

#include "domain/Sync.h"

#include <QLabel>

namespace finalist {

class Database;
struct SyncHistoryLine;

// In a record's pane: the last change a sync made to it ("Sync, 12/4/2026 10:15: Changed on
// the server: Title"), the earlier ones in the tooltip. Hidden while syncs changed nothing.
class SyncHistoryLabel : public QLabel
{
    Q_OBJECT
public:
    SyncHistoryLabel(Database& db, SyncKind kind, QWidget* parent = nullptr);

    void showRecord(qint64 localId); // 0: none

    // The last change a sync made to a record, as the label says it; empty when none did.
    // For lists of records that have no pane (follow-ups).
    static QString lastChange(Database& db, SyncKind kind, qint64 localId);
    // One change on one line, as the pane and a contact's timeline show it.
    static QString changeText(SyncKind kind, const SyncHistoryLine& line);
    static QDateTime syncedAt(const SyncHistoryLine& line); // local time

private:
    Database& m_db;
    SyncKind m_kind;
};

} // namespace finalist
