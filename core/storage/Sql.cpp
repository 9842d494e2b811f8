#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace finalist::sql {

Status withOwnReadOnlyConnection(const QString& path,
                                 const std::function<Status(QSqlDatabase& db)>& work)
{
    const QString name = QStringLiteral("finalist-reader-") + QUuid::createUuid().toString();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A reader beside the window's writer waits for it as the window's own connection does.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

Error errorFrom(const QSqlError& error, const QString& context)
{
    // SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = context + QStringLiteral(": ") + error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return { Error::Code::Locked,
                 Texts::tr(
                     "The database is busy in another program. Close it there and try again."),
                 detail,
                 {} };
    case 8: // SQLITE_READONLY
        return { Error::Code::ReadOnly,
                 Texts::tr(
                     "The database can only be read, not written. Check the file's permissions."),
                 detail,
                 {} };
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
        return { Error::Code::Io,
                 Texts::tr(
                     "The disk refused the write. It may be full or disconnected; nothing was "
                     "changed."),
                 detail,
                 {} };
    case 11: // SQLITE_CORRUPT
        return { Error::Code::Corrupted,
                 Texts::tr("The database file is damaged. Restore it from a backup."),
                 detail,
                 {} };
    case 19: // SQLITE_CONSTRAINT
        return { Error::Code::Invalid,
                 Texts::tr("That change does not fit the data already saved (a value is missing, "
                           "repeated or out of range)."),
                 detail,
                 {} };
    case 26: // SQLITE_NOTADB
        return { Error::Code::NotADatabase,
                 Texts::tr("This file is not a Finalist database."),
                 detail,
                 {} };
    default:
        return { Error::Code::Query,
                 Texts::tr("The database could not do that: %1").arg(error.text()),
                 detail,
                 {} };
    }
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                       const QVariantList& bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorFrom(query.lastError(), statement);
    for (const QVariant& value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorFrom(query.lastError(), statement);
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        const QVariantList& bindings)
{
    auto query = exec(db, statement, bindings);
    if (!query)
        return query.error();
    if (!query.value().next()) {
        if (query.value().lastError().isValid())
            return errorFrom(query.value().lastError(), statement);
        return Error{ Error::Code::NotFound, Texts::tr("Nothing was found."), statement, {} };
    }
    return query.value().value(0);
}

Result<QStringList> column(const QSqlDatabase& db, const QString& statement,
                           const QVariantList& bindings)
{
    auto query = exec(db, statement, bindings);
    if (!query)
        return query.error();
    QStringList values;
    while (query.value().next())
        values << query.value().value(0).toString();
    return values;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant bindable(const QVariant& value)
{
    const bool emptyText
        = !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
    return emptyText ? QVariant(QStringLiteral("")) : value;
}

void appendLiteral(QString& statement, const QVariant& value)
{
    if (value.isNull()) {
        statement += QLatin1String("NULL");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        statement += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        statement += QString::number(value.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    statement += QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace finalist::sql
