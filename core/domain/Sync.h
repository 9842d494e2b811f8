#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace finalist {

// The kinds of record that sync, each with a collection of its own on the server.
enum class SyncKind
{
    Contacts, // an address book (CardDAV, vCard)
    FollowUps, // a task list (CalDAV, VTODO)
    Journal // a journal collection (CalDAV, VJOURNAL)
};

QString syncKindKey(SyncKind kind); // "contacts", "followups", "journal": stored and typed
bool syncKindFromKey(const QString& key, SyncKind& kind);

// The one server the journal syncs with. Its password is in the system keychain, never here.
struct SyncAccount
{
    QString serverUrl;
    QString userName;
    QString setUpAt;
    // Random, made at setup: what this journal's UIDs are derived from, so two journals that
    // number their records alike still give them different UIDs on the server.
    QString journalKey;
    QString lastSyncAt; // empty before the first sync
    QString lastResult; // what the last sync did, in words
    QString lastError; // why it stopped, in words; empty when it went through
};

// Where one kind of record lives on the server.
struct SyncCollection
{
    SyncKind kind = SyncKind::Contacts;
    QString url;
    bool enabled = true;
    QString syncToken; // RFC 6578's; empty before the first sync or without one
    bool offersSyncToken = true; // false: changes are found by comparing ETags
};

// One record as it was last agreed with the server.
struct SyncItem
{
    SyncKind kind = SyncKind::Contacts;
    qint64 localId = 0;
    QString localCreatedAt; // with the id, which record (an id may be used again)
    QString href; // the resource's path on the server
    QString uid; // the UID in the card or event (the phone's own for records made there)
    QString etag;
    QString base; // the fields both sides last agreed on (JSON): what a three-way merge compares
    QByteArray serverData; // the server's last card or event, for what Finalist does not read
};

// A field both sides changed to different values: the record keeps the local one until the user
// chooses, and the server's is kept here.
struct SyncConflict
{
    SyncKind kind = SyncKind::Contacts;
    qint64 localId = 0;
    QString field;
    QString localValue;
    QString serverValue;
    QString notedAt;
};

} // namespace finalist
