#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace finalist::validate {

// Each returns an Invalid error naming the field, or success.
Status required(const QString& value, const QString& field, const QString& label);
Status range(int value, int low, int high, const QString& field, const QString& label);
Status validDate(const QDate& date, const QString& field, const QString& label);
Status reference(qint64 id, const QString& field, const QString& label);
Status email(const QString& value, const QString& field);
Status linkedInUrl(const QString& value, const QString& field);
// "1984-04-15", or "--04-15" for a birthday without its year, or empty.
Status birthday(const QString& value, const QString& field);
Status webUrl(const QString& value, const QString& field); // http(s) with a host, or empty
// Fails with the message when both dates are set and the first comes before the second.
Status notBefore(const QDate& date, const QDate& earliest, const QString& field,
                 const QString& message);

// The first failure of several checks, or success.
Status all(std::initializer_list<Status> checks);

} // namespace finalist::validate
