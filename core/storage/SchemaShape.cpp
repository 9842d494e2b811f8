#include "SchemaShape.h"

#include "Migrations.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace finalist {

namespace {

// A full-text index (CREATE VIRTUAL TABLE x USING fts5) keeps its data in tables named x_…
bool isShadowOf(const QString& name, const QStringList& virtualTables)
{
    for (const QString& table : virtualTables) {
        if (name.startsWith(table + QLatin1Char('_')))
            return true;
    }
    return false;
}

} // namespace

Result<SchemaShape> schemaShapeIn(const QSqlDatabase& db)
{
    auto query = sql::exec(db,
                           QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                          " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                          " ORDER BY type, name"));
    if (!query)
        return query.error();
    struct Row
    {
        QString type, name, table, statement;
    };
    std::vector<Row> rows;
    QStringList virtualTables;
    while (query.value().next()) {
        Row row{ query.value().value(0).toString(), query.value().value(1).toString(),
                 query.value().value(2).toString(),
                 query.value().value(3).toString().simplified() };
        if (row.statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << row.name;
        rows.push_back(std::move(row));
    }
    SchemaShape shape;
    for (const Row& row : rows) {
        const bool isTable
            = row.type == QLatin1String("table") || row.type == QLatin1String("view");
        if (isTable)
            shape.tables << row.name;
        if (isTable && isShadowOf(row.name, virtualTables))
            continue;
        shape.entries
            << QStringLiteral("%1 %2 ON %3: %4").arg(row.type, row.name, row.table, row.statement);
    }
    shape.tables.sort();
    shape.entries.sort();
    return shape;
}

Result<SchemaShape> schemaShapeOf(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaShape> known;
    const QMutexLocker locker(&mutex);
    if (const auto found = known.constFind(version); found != known.constEnd())
        return *found;
    const QString name = QStringLiteral("finalist-shape-") + QUuid::createUuid().toString();
    Result<SchemaShape> shape = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            shape = sql::errorFrom(db.lastError(), QStringLiteral(":memory:"));
        } else {
            shape = [&db, version]() -> Result<SchemaShape> {
                for (const Migration& migration : migrations()) {
                    if (migration.version > version)
                        break;
                    for (const QString& statement : migration.statements) {
                        if (auto done = sql::exec(db, statement); !done)
                            return done.error();
                    }
                }
                return schemaShapeIn(db);
            }();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (shape)
        known.insert(version, shape.value());
    return shape;
}

QString SchemaShape::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QStringList* lines : { &tables, &entries }) {
        for (const QString& line : *lines) {
            hash.addData(line.toUtf8());
            hash.addData("\n");
        }
        hash.addData("\f"); // between the two lists
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString latestSchemaFingerprint()
{
    return QStringLiteral("27d8f82c167db6acd34515fe2a7f688abd2d245e0da2dd13b85a53ef7eeaa2dc");
}

QStringList SchemaShape::differencesFrom(const SchemaShape& expected) const
{
    const QSet<QString> mine(entries.begin(), entries.end());
    const QSet<QString> theirs(expected.entries.begin(), expected.entries.end());
    QStringList differences;
    for (const QString& entry : entries) {
        if (!theirs.contains(entry))
            differences << QStringLiteral("+ ") + entry;
    }
    for (const QString& entry : expected.entries) {
        if (!mine.contains(entry))
            differences << QStringLiteral("- ") + entry;
    }
    return differences;
}

} // namespace finalist
