#pragma once

#include <QString>

namespace finalist::sync {

// What one sync of one kind did, counted for the status bar and the command line.
struct SyncReport
{
    int added = 0; // records made here from the server
    int updated = 0; // records changed here from the server
    int removed = 0; // records deleted here because they went on the server
    int sent = 0; // records written to the server (new or changed)
    int deletedOnServer = 0;
    int conflicts = 0; // fields changed on both sides, kept side by side
    int keptEdited = 0; // deletions not carried out because the other side edited the record
    int unreadable = 0; // server records Finalist could not read (left alone)
    int requests = 0;

    SyncReport& operator+=(const SyncReport& other);
    bool changedAnything() const;
    // "3 received, 1 sent, 1 conflict", or "Nothing to sync" (translated).
    QString summary() const;
};

} // namespace finalist::sync
