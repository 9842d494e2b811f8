#include "ContactCsvLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace finalist {

namespace {

using Field = ContactCsv::Field;

QString folded(const QString& header)
{
    return header.trimmed().toCaseFolded();
}

bool hasAll(const QStringList& headers, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (!headers.contains(QString::fromLatin1(name)))
            return false;
    return true;
}

// A header as a layout names it: exact (case aside), or a pattern for numbered columns.
struct ColumnRule
{
    const char* pattern; // a regular expression matched against the whole folded header
    Field field;
};

using ColumnRules = std::vector<ColumnRule>;

ColumnRules operator+(ColumnRules rules, const ColumnRules& more)
{
    rules.insert(rules.end(), more.begin(), more.end());
    return rules;
}

std::vector<Field> mapped(const QStringList& headers, const ColumnRules& rules)
{
    std::vector<Field> mapping;
    for (const QString& header : headers) {
        Field field = Field::Ignore;
        for (const ColumnRule& rule : rules) {
            const QRegularExpression pattern(
                QStringLiteral("^(?:%1)$").arg(QString::fromLatin1(rule.pattern)));
            if (pattern.match(header).hasMatch()) {
                field = rule.field;
                break;
            }
        }
        mapping.push_back(field);
    }
    return mapping;
}

// Google's numbered columns, the same in both of its layouts.
const ColumnRules& googleNumbered()
{
    static const ColumnRules rules{
        { "e-mail \\d+ - value", Field::Email },
        { "phone \\d+ - value", Field::Phone },
        { "website \\d+ - value", Field::Website },
        { "im \\d+ - value", Field::Handle },
        { "address \\d+ - formatted", Field::FormattedAddress },
        { "address \\d+ - street", Field::Street },
        { "address \\d+ - city", Field::City },
        { "address \\d+ - po box", Field::PoBox },
        { "address \\d+ - region", Field::Region },
        { "address \\d+ - postal code", Field::PostalCode },
        { "address \\d+ - country", Field::Country },
        { "address \\d+ - extended address", Field::ExtendedAddress },
        { "birthday", Field::Birthday },
        { "notes", Field::Notes },
        { "name prefix", Field::NamePrefix },
        { "name suffix", Field::NameSuffix },
        { "nickname", Field::Nickname },
    };
    return rules;
}

} // namespace

ContactCsvLayout ContactCsvLayout::recognise(const QStringList& original)
{
    QStringList headers;
    for (const QString& header : original)
        headers << folded(header);
    ContactCsvLayout layout;
    if (hasAll(headers,
               { "first name", "last name", "linkedin url", "linkedin status", "warmth" })) {
        layout.kind = Kind::Finalist;
        for (const QString& header : headers) {
            Field field = Field::Ignore;
            for (const ContactCsv::OwnColumn& column : ContactCsv::ownColumns())
                if (header == folded(QString::fromLatin1(column.heading)))
                    field = column.field;
            layout.mapping.push_back(field);
        }
    } else if (hasAll(headers, { "given name", "family name" })
               && headers.contains(QStringLiteral("e-mail 1 - value"))) {
        layout.kind = Kind::GoogleContactsOld;
        layout.mapping = mapped(headers,
                                ColumnRules{ { "given name", Field::FirstName },
                                             { "additional name", Field::MiddleName },
                                             { "family name", Field::LastName },
                                             { "name", Field::FullName },
                                             { "organization 1 - name", Field::Company },
                                             { "organization 1 - title", Field::Title },
                                             { "organization 1 - department", Field::Department } }
                                    + googleNumbered());
    } else if (hasAll(headers, { "first name", "last name", "organization name" })
               && headers.contains(QStringLiteral("e-mail 1 - value"))) {
        layout.kind = Kind::GoogleContacts;
        layout.mapping = mapped(headers,
                                ColumnRules{ { "first name", Field::FirstName },
                                             { "middle name", Field::MiddleName },
                                             { "last name", Field::LastName },
                                             { "organization name", Field::Company },
                                             { "organization title", Field::Title },
                                             { "organization department", Field::Department } }
                                    + googleNumbered());
    } else if (hasAll(headers, { "first name", "last name", "display name", "primary email" })) {
        layout.kind = Kind::Thunderbird;
        layout.mapping = mapped(
            headers,
            { { "first name", Field::FirstName },
              { "last name", Field::LastName },
              { "display name", Field::FullName },
              { "nickname", Field::Nickname },
              { "primary email|secondary email", Field::Email },
              { "screen name", Field::Handle },
              { "work phone|home phone|fax number|pager number|mobile number", Field::Phone },
              { "(home|work) address( 2)?", Field::Street },
              { "(home|work) city", Field::City },
              { "(home|work) state", Field::Region },
              { "(home|work) zipcode", Field::PostalCode },
              { "(home|work) country", Field::Country },
              { "job title", Field::Title },
              { "department", Field::Department },
              { "organization", Field::Company },
              { "web page \\d", Field::Website },
              { "birth year", Field::BirthYear },
              { "birth month", Field::BirthMonth },
              { "birth day", Field::BirthDay },
              { "notes", Field::Notes } });
    } else if (hasAll(headers, { "first name", "last name", "job title", "e-mail address" })) {
        layout.kind = Kind::Outlook;
        // Outlook's "Title" is the honorific; every kind of number it has is a phone.
        layout.mapping
            = mapped(headers,
                     { { "title", Field::NamePrefix },
                       { "first name", Field::FirstName },
                       { "middle name", Field::MiddleName },
                       { "last name", Field::LastName },
                       { "suffix", Field::NameSuffix },
                       { "company", Field::Company },
                       { "department", Field::Department },
                       { "job title", Field::Title },
                       { "(business|home|other) street( \\d)?", Field::Street },
                       { "(business|home|other) city", Field::City },
                       { "(business|home|other) state", Field::Region },
                       { "(business|home|other) postal code", Field::PostalCode },
                       { "(business|home|other) country/region", Field::Country },
                       { "(business|home|other) address po box", Field::PoBox },
                       { "e-mail address|e-mail \\d address", Field::Email },
                       { ".*phone( \\d)?|.*fax|pager|callback|isdn|telex", Field::Phone },
                       { "web page", Field::Website },
                       { "birthday", Field::Birthday },
                       { "notes", Field::Notes } });
    } else {
        layout.mapping = ContactCsv::guessMapping(original);
    }
    return layout;
}

QString ContactCsvLayout::name(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return QCoreApplication::translate("ContactCsvLayout", "a spreadsheet");
    case Kind::Finalist:
        return QCoreApplication::translate("ContactCsvLayout", "Finalist's own contacts export");
    case Kind::GoogleContacts:
        return QCoreApplication::translate("ContactCsvLayout", "a Google Contacts export");
    case Kind::GoogleContactsOld:
        return QCoreApplication::translate("ContactCsvLayout",
                                           "a Google Contacts export (the older layout)");
    case Kind::Outlook:
        return QCoreApplication::translate("ContactCsvLayout", "an Outlook contacts export");
    case Kind::Thunderbird:
        return QCoreApplication::translate("ContactCsvLayout", "a Thunderbird address book");
    }
    return {};
}

namespace {

// The command line's names for the fields, in the order of ContactCsv::Field.
const std::vector<std::pair<const char*, Field>>& namedFields()
{
    static const std::vector<std::pair<const char*, Field>> fields{
        { "prefix", Field::NamePrefix },
        { "first", Field::FirstName },
        { "middle", Field::MiddleName },
        { "last", Field::LastName },
        { "suffix", Field::NameSuffix },
        { "name", Field::FullName },
        { "nickname", Field::Nickname },
        { "title", Field::Title },
        { "company", Field::Company },
        { "department", Field::Department },
        { "email", Field::Email },
        { "phone", Field::Phone },
        { "website", Field::Website },
        { "handle", Field::Handle },
        { "street", Field::Street },
        { "pobox", Field::PoBox },
        { "extended", Field::ExtendedAddress },
        { "city", Field::City },
        { "region", Field::Region },
        { "postcode", Field::PostalCode },
        { "country", Field::Country },
        { "address", Field::FormattedAddress },
        { "birthday", Field::Birthday },
        { "birth-year", Field::BirthYear },
        { "birth-month", Field::BirthMonth },
        { "birth-day", Field::BirthDay },
        { "linkedin", Field::LinkedInUrl },
        { "notes", Field::Notes },
    };
    return fields;
}

} // namespace

QStringList ContactCsvLayout::fieldKeys()
{
    QStringList keys;
    for (const auto& [key, field] : namedFields())
        keys << QString::fromLatin1(key);
    return keys;
}

ContactCsv::Field ContactCsvLayout::fieldNamed(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& [name, field] : namedFields())
        if (wanted == QLatin1String(name))
            return field;
    return Field::Ignore;
}

} // namespace finalist
