#include "NoteValues.h"

#include "storage/ProfileRepository.h"

namespace finalist {

TemplateValues profileValues(const Profile& profile)
{
    return { { QStringLiteral("me.name"), profile.name.trimmed() },
             { QStringLiteral("me.first_name"), profile.firstName() },
             { QStringLiteral("me.signature"), profile.signature.trimmed() },
             { QStringLiteral("me.email"), profile.email.trimmed() },
             { QStringLiteral("me.phone"), profile.phone.trimmed() },
             { QStringLiteral("me.linkedin"), profile.linkedInUrl.trimmed() } };
}

TemplateValues storedProfileValues(Database& db)
{
    auto profile = ProfileRepository(db).load();
    return profile ? profileValues(profile.value()) : TemplateValues();
}

} // namespace finalist
