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

// As QJsonDocument writes a string: quote, backslash and control characters escaped, the
// rest as it is.
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u == u'\b') {
            out += QLatin1String("\\b");
        } else if (u == u'\f') {
            out += QLatin1String("\\f");
        } else {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('"');
}

// ,"key":"value" (without the comma for an object's first member)
void appendMember(QString& out, const QString& key, const QString& value)
{
    if (!out.endsWith(QLatin1Char('{')))
        out += QLatin1Char(',');
    appendJsonString(out, key);
    out += QLatin1Char(':');
    appendJsonString(out, value);
}

// The text of a JSON string given without its quotes, escapes read.
QString jsonStringValue(QStringView quoted)
{
    const QString array = QLatin1String("[\"") + quoted.toString() + QLatin1String("\"]");
    return QJsonDocument::fromJson(array.toUtf8()).array().at(0).toString();
}

} // namespace

// Written by hand, keys in QJsonDocument's order: every imported row makes one, and building
// JSON objects first cost more than the row's insert.
QString detailsToJson(const std::vector<ContactPoint>& details)
{
    QString out = QStringLiteral("[");
    for (const ContactPoint& d : details) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('{');
        appendMember(out, kKind, enumKey(d.kind));
        if (!d.label.isEmpty())
            appendMember(out, kLabel, d.label);
        if (d.preferred) {
            out += QLatin1Char(',');
            appendJsonString(out, kPreferred);
            out += QLatin1String(":true");
        }
        appendMember(out, kValue, d.value);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
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

QStringList emailsInDetailsJson(const QString& json)
{
    QStringList emails;
    // The objects are flat and Finalist writes them: a scan of kinds and values is exact. A
    // string ends at the first quote no backslash escapes; only a value with an escape in it is
    // given to the JSON reader (a postal address with its line breaks is the usual one).
    static const QString email = enumKey(DetailKind::Email);
    const QStringView text(json);
    QStringView key, kind, value;
    bool afterColon = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < text.size() && text[end] != QLatin1Char('"'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            if (end >= text.size())
                break; // damaged: what was read so far stands
            const QStringView string = text.mid(i + 1, end - i - 1);
            i = end;
            if (!afterColon)
                key = string;
            else if (key == kKind)
                kind = string;
            else if (key == kValue)
                value = string;
            afterColon = false;
        } else if (c == QLatin1Char(':')) {
            afterColon = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('{')) {
            afterColon = false;
            if (c == QLatin1Char('{'))
                kind = value = {};
        } else if (c == QLatin1Char('}')) {
            if (kind == email)
                emails << (value.contains(QLatin1Char('\\')) ? jsonStringValue(value)
                                                             : value.toString());
            kind = value = {};
        }
    }
    return emails;
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
