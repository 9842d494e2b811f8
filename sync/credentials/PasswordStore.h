#pragma once

#include "Result.h"

namespace finalist::sync {

// The sync password, in the system keychain (the Secret Service of GNOME or KDE, through
// QtKeychain): never in the journal or the settings file. Blocking; any thread with an event
// loop to spare.
class PasswordStore
{
public:
    static Status store(const QString& serverUrl, const QString& userName, const QString& password);
    // NotFound when the keychain holds none for the account.
    static Result<QString> read(const QString& serverUrl, const QString& userName);
    static Status forget(const QString& serverUrl, const QString& userName);
};

} // namespace finalist::sync
