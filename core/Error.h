#pragma once

#include <QString>

namespace finalist {

// What went wrong, said so that a person understands it. Errors are values, never exceptions.
struct Error
{
    enum class Code
    {
        NotADatabase,
        Corrupted,
        ReadOnly,
        Locked,
        NewerSchema,
        CannotCreate,
        Io,
        Query,
        Invalid,
        NotFound,
        // The writer lock was written on another computer (a synced or shared folder): the
        // message names it and its age; Database::breakLock clears it once the user agrees.
        LockedElsewhere,
        // A zero-length file: opened again with DatabaseOptions::useEmptyFile once the user agrees
        // to start a new journal in it.
        EmptyFile,
        // The user stopped it (a reading, an import); nothing was written.
        Cancelled,
    };

    Code code = Code::Query;
    QString message; // one or two sentences for the user
    QString detail; // technical detail (driver text, path) for logs and "Show details"
    QString field; // the field that was wrong, for validation errors

    static Error invalid(const QString& field, const QString& message)
    {
        return Error{ Code::Invalid, message, QString(), field };
    }
};

} // namespace finalist
