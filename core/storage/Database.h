#pragma once

#include "Clock.h"
#include "Result.h"

#include <memory>
#include <QSqlDatabase>
#include <QString>

class QLockFile;

namespace finalist {

enum class DatabaseMode
{
    ReadWrite, // takes the writer lock, migrates, writes
    ReadOnly, // no lock, no migration, never writes (finalist-cli check and stats)
};

struct DatabaseOptions
{
    DatabaseMode mode = DatabaseMode::ReadWrite;
    // Stop the ladder at this version; tests use it to make fixtures of older schemas.
    int targetVersion = 0; // 0: the latest
};

// One SQLite file, opened safely: checked before anything is written, migrated with a backup
// first, held by one writer at a time through a lock file beside it.
class Database
{
public:
    using Mode = DatabaseMode;
    using Options = DatabaseOptions;

    static Result<std::unique_ptr<Database>>
    open(const QString& path, const Clock& clock = Clock::system(), Options options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // ~/.local/share/Finalist/finalist.sqlite (the platform's data folder, then Finalist)
    static QString defaultPath();

    const QString& path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isReadOnly() const { return m_options.mode == Mode::ReadOnly; }

    // PRAGMA quick_check (or integrity_check when full); an error says what is wrong.
    Status checkIntegrity(bool full = false) const;

    // Copies a consistent snapshot of the live database to a new file (VACUUM INTO).
    Status vacuumInto(const QString& target) const;

    // Replaces the whole file with another database (a backup), keeping the writer lock.
    Status replaceWith(const QString& source);

private:
    Database(QString path, const Clock& clock, Options options);
    Status openConnection();
    void closeConnection();
    Status configure();
    Status migrate();

    QString m_path;
    const Clock& m_clock;
    Options m_options;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace finalist
