#pragma once

#include "domain/Profile.h"
#include "Result.h"

namespace finalist {

class Database;

// The profile, kept in the database's settings under "profile.*".
class ProfileRepository
{
public:
    explicit ProfileRepository(Database& db)
        : m_db(db)
    {
    }

    Result<Profile> load() const;
    // Refused whole, naming the field, when the email or LinkedIn address is not one.
    Status save(const Profile& profile);

    // Whether the first start already asked for the name (answered or skipped): asked once.
    Result<bool> wasAsked() const;
    Status markAsked();

    static Status validate(const Profile& profile);

private:
    Database& m_db;
};

} // namespace finalist
