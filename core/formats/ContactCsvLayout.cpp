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

std::vector<Field> mapped(const QStringList& headers, std::initializer_list<ColumnRule> rules)
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
        layout.mapping = mapped(headers,
                                { { "first name", Field::FirstName },
                                  { "last name", Field::LastName },
                                  { "title", Field::Title },
                                  { "company", Field::Company },
                                  { "email", Field::Email },
                                  { "phone", Field::Phone },
                                  { "linkedin url", Field::LinkedInUrl },
                                  { "notes", Field::Notes } });
    } else if (hasAll(headers, { "given name", "family name" })
               && headers.contains(QStringLiteral("e-mail 1 - value"))) {
        layout.kind = Kind::GoogleContactsOld;
        layout.mapping = mapped(headers,
                                { { "given name", Field::FirstName },
                                  { "family name", Field::LastName },
                                  { "name", Field::FullName },
                                  { "organization 1 - name", Field::Company },
                                  { "organization 1 - title", Field::Title },
                                  { "e-mail \\d+ - value", Field::Email },
                                  { "phone \\d+ - value", Field::Phone },
                                  { "notes", Field::Notes } });
    } else if (hasAll(headers, { "first name", "last name", "organization name" })
               && headers.contains(QStringLiteral("e-mail 1 - value"))) {
        layout.kind = Kind::GoogleContacts;
        layout.mapping = mapped(headers,
                                { { "first name", Field::FirstName },
                                  { "last name", Field::LastName },
                                  { "organization name", Field::Company },
                                  { "organization title", Field::Title },
                                  { "e-mail \\d+ - value", Field::Email },
                                  { "phone \\d+ - value", Field::Phone },
                                  { "notes", Field::Notes } });
    } else if (hasAll(headers, { "first name", "last name", "display name", "primary email" })) {
        layout.kind = Kind::Thunderbird;
        layout.mapping = mapped(headers,
                                { { "first name", Field::FirstName },
                                  { "last name", Field::LastName },
                                  { "display name", Field::FullName },
                                  { "primary email|secondary email", Field::Email },
                                  { "work phone|mobile number|home phone", Field::Phone },
                                  { "job title", Field::Title },
                                  { "organization", Field::Company },
                                  { "notes", Field::Notes } });
    } else if (hasAll(headers, { "first name", "last name", "job title", "e-mail address" })) {
        layout.kind = Kind::Outlook;
        layout.mapping
            = mapped(headers,
                     { { "first name", Field::FirstName },
                       { "last name", Field::LastName },
                       { "company", Field::Company },
                       { "job title", Field::Title },
                       { "e-mail address|e-mail \\d address", Field::Email },
                       { "mobile phone|business phone|primary phone|home phone", Field::Phone },
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

QStringList ContactCsvLayout::fieldKeys()
{
    return { QStringLiteral("first"), QStringLiteral("last"),     QStringLiteral("name"),
             QStringLiteral("title"), QStringLiteral("company"),  QStringLiteral("email"),
             QStringLiteral("phone"), QStringLiteral("linkedin"), QStringLiteral("notes") };
}

ContactCsv::Field ContactCsvLayout::fieldNamed(const QString& key)
{
    static const Field fields[]
        = { Field::FirstName, Field::LastName, Field::FullName,    Field::Title, Field::Company,
            Field::Email,     Field::Phone,    Field::LinkedInUrl, Field::Notes };
    const qsizetype at = fieldKeys().indexOf(key.trimmed().toLower());
    return at < 0 ? Field::Ignore : fields[at];
}

} // namespace finalist
