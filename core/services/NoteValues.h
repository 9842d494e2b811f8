#pragma once

#include "domain/Profile.h"
#include "Result.h"
#include "templates/TemplateRenderer.h"

namespace finalist {

class Database;

// What the user's profile gives the placeholders: me.name, me.first_name, me.signature,
// me.email, me.phone, me.linkedin. Empty ones stay empty, so a note shows the visible gap.
TemplateValues profileValues(const Profile& profile);

// The profile stored in the database, as placeholder values; none when it cannot be read.
TemplateValues storedProfileValues(Database& db);

} // namespace finalist
