#pragma once

#include "domain/Sync.h"

#include <QStringList>

namespace finalist::sync {

// What a sync did to a record, kept in the journal's sync history in no language (a word and
// field names), so it reads in the language the window speaks when it is shown, not in the one
// it spoke when the sync ran.
namespace history {

QString added(); // made from the server's copy
QString restored(); // deleted here, changed on the server since: back
QString keptEdited(); // deleted on the server, changed here since: kept
// Fields the server changed, and fields changed on both sides (each may be empty).
QString changed(const QStringList& fromServer, const QStringList& conflicts);

// The stored form as a person reads it, one change per line; a line stored as text by an
// earlier version comes back as it was.
QString text(SyncKind kind, const QString& stored);

} // namespace history

} // namespace finalist::sync
