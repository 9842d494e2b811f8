#pragma once

#include <QMap>
#include <QString>

namespace finalist::sync {

// A record as named text fields: what a three-way merge compares, field by field, and what is
// kept as the version both sides last agreed on (as JSON).
using RecordFields = QMap<QString, QString>;

QString fieldsToJson(const RecordFields& fields);
RecordFields fieldsFromJson(const QString& json);

} // namespace finalist::sync
