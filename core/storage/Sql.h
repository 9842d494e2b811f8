#pragma once

#include "Result.h"

#include <functional>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace finalist::sql {

// Turns a driver error into an Error a person can read; context says what was being done.
Error errorFrom(const QSqlError& error, const QString& context);

// Prepares, binds and runs one statement.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                       const QVariantList& bindings = {});

// The first column of the first row, or an error.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        const QVariantList& bindings = {});

// The first column of every row, as text.
Result<QStringList> column(const QSqlDatabase& db, const QString& statement,
                           const QVariantList& bindings = {});

// Runs work on a read-only connection of its own to a file (work opens it and says what a
// failure means), from any thread; the connection is closed and let go afterwards.
Status withOwnReadOnlyConnection(const QString& path,
                                 const std::function<Status(QSqlDatabase& db)>& work);

// NULL for "none": id 0, an invalid date.
QVariant idOrNull(qint64 id);
QVariant dateOrNull(const QDate& date);

// The value as it should be bound. A null QString binds as SQL NULL, but empty text is not "no
// value", so it becomes ''. Values meant as NULL are null variants (idOrNull(), dateOrNull()).
QVariant bindable(const QVariant& value);

// Appends a value as an SQL literal: NULL, a number, or quoted text. For values written into a
// statement instead of bound; text holding a NUL character cannot be one and must be bound.
void appendLiteral(QString& statement, const QVariant& value);

// Reads the columns of a row in order, so a mapping reads what it wrote.
class RowReader
{
public:
    RowReader(const QSqlQuery& query, int first)
        : m_query(query)
        , m_index(first)
    {
    }
    qint64 id() { return next().toLongLong(); }
    int integer() { return next().toInt(); }
    QString text() { return next().toString(); }
    QDate date() { return QDate::fromString(next().toString(), Qt::ISODate); }
    template <typename E> E enumeration(E fallback);

private:
    QVariant next() { return m_query.value(m_index++); }
    const QSqlQuery& m_query;
    int m_index;
};

} // namespace finalist::sql

#include "domain/Enums.h"

template <typename E> E finalist::sql::RowReader::enumeration(E fallback)
{
    return enumFromKey<E>(text()).value_or(fallback);
}
