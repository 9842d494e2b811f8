#include "ContactDetailsJson.h"

#include "domain/Contact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace finalist {

namespace {
const QString kKind = QStringLiteral("kind");
const QString kLabel = QStringLiteral("label");
const QString kValue = QStringLiteral("value");
const QString kPreferred = QStringLiteral("preferred");
} // namespace

QString detailsToJson(const std::vector<ContactPoint>& details)
{
    QJsonArray array;
    for (const ContactPoint& d : details) {
        QJsonObject o{ { kKind, enumKey(d.kind) }, { kValue, d.value } };
        if (!d.label.isEmpty())
            o.insert(kLabel, d.label);
        if (d.preferred)
            o.insert(kPreferred, true);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<ContactPoint> detailsFromJson(const QString& json)
{
    std::vector<ContactPoint> details;
    if (json.isEmpty())
        return details;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    details.reserve(array.size());
    for (const QJsonValue& item : array) {
        const QJsonObject o = item.toObject();
        const auto kind = enumFromKey<DetailKind>(o.value(kKind).toString());
        if (!kind)
            continue;
        details.push_back({ *kind, o.value(kLabel).toString(), o.value(kValue).toString(),
                            o.value(kPreferred).toBool() });
    }
    return details;
}

QString contactSearchExtra(const Contact& c)
{
    QStringList words{ c.namePrefix, c.middleName, c.nameSuffix, c.nickname, c.department };
    for (const ContactPoint& d : c.details)
        words << (d.kind == DetailKind::Address ? address::oneLine(d.value) : d.value);
    words.removeAll(QString());
    return words.join(QLatin1Char(' '));
}

} // namespace finalist
