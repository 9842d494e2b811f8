#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace finalist::test {

// Runs one statement on a file through its own short-lived connection, bypassing Database: how
// tests make files that the app itself would never write (newer schemas, odd pragmas).
QVariant rawSql(const QString& path, const QString& statement);

// Several statements on one connection (a pragma holds only for its connection).
void rawStatements(const QString& path, const QStringList& statements);

// How many rows of a table match a condition, read the same way.
qint64 countRows(const QString& path, const QString& table, const QString& where = {});

// Overwrites bytes of a closed file in place, to make a damaged database.
void overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes);

} // namespace finalist::test
