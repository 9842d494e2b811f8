#include "CrashSupport.h"

#include "RawSql.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace finalist::test {

void copyMidWrite(const QString& source, const QString& statement, const QString& crashed)
{
    rawSql(source, QStringLiteral("PRAGMA journal_mode = DELETE"));
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(source);
        EXPECT_TRUE(writer.open());
        QSqlQuery q(writer);
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA cache_size = 1"))); // spill pages mid-write
        EXPECT_TRUE(q.exec(QStringLiteral("BEGIN")));
        EXPECT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        // The moment of the crash: the file and its journal as they are now.
        EXPECT_TRUE(QFile::copy(source, crashed));
        EXPECT_TRUE(
            QFile::copy(source + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")))
            << "the write did not spill: give the source more rows";
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace finalist::test
