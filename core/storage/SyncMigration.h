#pragma once

#include "Migrations.h"

namespace finalist {

// Schema 15: the tables sync keeps beside the records (see SyncMigration.cpp).
Migration syncMigration();

} // namespace finalist
