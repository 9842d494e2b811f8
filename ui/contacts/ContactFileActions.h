#pragma once

class QWidget;

namespace finalist {

class Database;

// The File menu's contact actions: they ask for a file (or an import to undo), then hand over
// to the import dialog, the exporters or the import log. True when something changed.
namespace ContactFileActions {

bool importContacts(Database& db, QWidget* parent);
void exportContacts(Database& db, QWidget* parent);
bool undoImport(Database& db, QWidget* parent);

} // namespace ContactFileActions

} // namespace finalist
