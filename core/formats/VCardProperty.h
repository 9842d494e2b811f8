#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace finalist::vcard {

struct Property
{
    QByteArray name; // upper case, without its group
    QList<QByteArray> parameters; // upper case, as written ("TYPE=WORK", "WORK", ...)
    QByteArray raw; // the value's bytes as written
    QString value;
};

// Parses one unfolded content line; false when it has no name and ":".
bool parse(const QByteArray& line, Property& property);
// Splits a structured value (N, ORG, ADR) on the semicolons that are not escaped, unescaped.
QStringList components(const QString& value);
// The TYPE values of a property, upper case: "TYPE=WORK,PREF", "TYPE=work;TYPE=cell",
// 'TYPE="work,voice"' and 2.1's bare "WORK" alike.
QList<QByteArray> typesOf(const Property& property);
// Whether the property is the preferred of its kind: TYPE=PREF (2.1, 3.0) or PREF=1 (4.0).
bool isPreferred(const Property& property);

} // namespace finalist::vcard
