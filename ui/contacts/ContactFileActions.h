#pragma once

#include "services/ContactImport.h"

#include <optional>
#include <QString>

class QWidget;

namespace finalist {

class Database;

// What an import run from the window did, for the line that offers to undo it.
struct FinishedImport
{
    ImportOutcome outcome;
    QString fileName;
};

// The File menu's contact actions: they ask for a file (or an import to undo), then hand over
// to the import dialog, the exporters or the import log. True when something changed.
namespace ContactFileActions {

// Nothing when the user cancelled or the import failed (the dialog said why).
std::optional<FinishedImport> importContacts(Database& db, QWidget* parent);
// The same for a file already chosen: the preview, then the import.
std::optional<FinishedImport> importFile(Database& db, const QString& path, QWidget* parent);
void exportContacts(Database& db, QWidget* parent);
bool undoImport(Database& db, QWidget* parent);

} // namespace ContactFileActions

} // namespace finalist
