#include "RecordFields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace finalist::sync {

QString fieldsToJson(const RecordFields& fields)
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RecordFields fieldsFromJson(const QString& json)
{
    RecordFields fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

} // namespace finalist::sync
