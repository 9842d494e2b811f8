#pragma once

#include "Result.h"

#include <QString>

namespace finalist {

// Small file steps that backups and restores build on. Each says why it exists: a kill -9 or a
// power cut may come between any two of them, so what they leave must be whole or clearly
// unfinished.

// Flushes a file's bytes to the disk, so a rename that follows cannot outlive its content.
bool syncFile(const QString& path);
// Flushes a folder, so a rename or a new name in it survives a power cut.
bool syncFolderOf(const QString& path);
// Creates an empty file readable by its owner only, replacing nothing; what is written into it
// later (VACUUM INTO, a copy) is private from the first byte.
Status createPrivateFile(const QString& path);
// Copies a file to a new private file (0600) and syncs it. The target must not exist.
Status copyPrivately(const QString& from, const QString& to);
// How far checkWholeDatabase looks: every page (quick_check), or every index against its table
// as well (integrity_check, several times longer on a large journal).
enum class CheckDepth
{
    Quick,
    Full,
};
// Opens a file read-only and runs PRAGMA integrity_check (or quick_check) and the version check;
// shownPath is the name the user knows (the backup, not the temporary copy). Any thread.
Status checkWholeDatabase(const QString& path, const QString& shownPath,
                          CheckDepth depth = CheckDepth::Full);
// Renames a file over another in one step: whoever looks sees the old file or the new one.
// (QFile::rename refuses to replace an existing file, and remove-then-rename leaves a gap.)
bool replaceFile(const QString& from, const QString& to);
// Gives a file a second name without copying (a hard link), or copies it privately where the
// file system has no links. The new name must not exist.
Status keepSecondCopy(const QString& from, const QString& to);
// Removes a database's -wal and -shm companions, so they cannot be applied to another file
// that later takes its name.
void removeCompanions(const QString& databasePath);

} // namespace finalist
