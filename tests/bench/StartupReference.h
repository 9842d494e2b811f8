#pragma once
// What both reference windows of the start-up benchmark (StartupLimit, StartupTextFloor) do
// before they show: open the journal given on the command line through the same SQLite driver
// as Finalist and read its schema.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace finalist::bench {

// The number of objects in the schema, or the exit code when there is no file to read.
inline int readSchemaOfArgument(int* objects)
{
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        qWarning("Usage: %s DATABASE", qPrintable(arguments.value(0)));
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(arguments.at(1));
    if (!db.open())
        return 1;
    QSqlQuery schema(db);
    schema.exec(QStringLiteral("SELECT sql FROM sqlite_schema"));
    *objects = 0;
    while (schema.next())
        ++*objects;
    return 0;
}

} // namespace finalist::bench
