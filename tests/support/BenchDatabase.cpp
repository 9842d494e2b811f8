#include "BenchDatabase.h"

#include "services/DemoBulk.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"

#include <memory>
#include <QTemporaryDir>

namespace finalist::test {

Database& benchDatabase()
{
    static QTemporaryDir folder;
    static std::unique_ptr<Database> db = [] {
        const QString given = qEnvironmentVariable("FINALIST_BENCH_DB");
        const QString path
            = given.isEmpty() ? folder.filePath(QStringLiteral("bench.sqlite")) : given;
        auto opened = Database::open(path);
        if (!opened)
            qFatal("cannot open %s", qPrintable(path));
        auto database = std::move(opened).value();
        if (JournalRepository(*database).count().value() < 100000)
            fillDemoBulk(*database, 100000, 50000);
        return database;
    }();
    return *db;
}

} // namespace finalist::test
