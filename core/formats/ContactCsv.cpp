#include "ContactCsv.h"

#include "ContactCsvReader.h"
#include "Csv.h"

#include <QBuffer>
#include <QCoreApplication>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactCsv)
};

} // namespace

namespace {

// Several in one cell, as Google writes them; the preferred one has a column of its own.
QString others(const Contact& c, DetailKind kind, const QString& preferred)
{
    QStringList values = c.valuesOf(kind);
    values.removeAll(preferred);
    return values.join(QStringLiteral(" ::: "));
}

} // namespace

const std::vector<ContactCsv::OwnColumn>& ContactCsv::ownColumns()
{
    // The first eleven columns as earlier versions wrote them; then the rest of the model a
    // spreadsheet can hold (postal addresses and handles travel in vCards).
    static const std::vector<OwnColumn> columns{
        { "First Name", Field::FirstName, [](const Contact& c) { return c.firstName; } },
        { "Last Name", Field::LastName, [](const Contact& c) { return c.lastName; } },
        { "Title", Field::Title, [](const Contact& c) { return c.title; } },
        { "Role", Field::Ignore, [](const Contact& c) { return enumLabel(c.role); } },
        { "Company", Field::Company, [](const Contact& c) { return c.company; } },
        { "Email", Field::Email, [](const Contact& c) { return c.email; } },
        { "Phone", Field::Phone, [](const Contact& c) { return c.phone; } },
        { "LinkedIn URL", Field::LinkedInUrl, [](const Contact& c) { return c.linkedInUrl; } },
        { "LinkedIn Status", Field::Ignore,
          [](const Contact& c) { return enumLabel(c.linkedInStatus); } },
        { "Warmth", Field::Ignore, [](const Contact& c) { return QString::number(c.warmth); } },
        { "Notes", Field::Notes, [](const Contact& c) { return c.notes; } },
        { "Name Prefix", Field::NamePrefix, [](const Contact& c) { return c.namePrefix; } },
        { "Middle Name", Field::MiddleName, [](const Contact& c) { return c.middleName; } },
        { "Name Suffix", Field::NameSuffix, [](const Contact& c) { return c.nameSuffix; } },
        { "Nickname", Field::Nickname, [](const Contact& c) { return c.nickname; } },
        { "Department", Field::Department, [](const Contact& c) { return c.department; } },
        { "Birthday", Field::Birthday, [](const Contact& c) { return c.birthday; } },
        { "Other Emails", Field::Email,
          [](const Contact& c) { return others(c, DetailKind::Email, c.email); } },
        { "Other Phones", Field::Phone,
          [](const Contact& c) { return others(c, DetailKind::Phone, c.phone); } },
        { "Web Pages", Field::Website,
          [](const Contact& c) { return others(c, DetailKind::Web, QString()); } },
    };
    return columns;
}

QByteArray ContactCsv::write(const std::vector<Contact>& contacts, bool byteOrderMark)
{
    QStringList headings;
    for (const OwnColumn& column : ownColumns())
        headings << QString::fromLatin1(column.heading);
    QString out = csvRecord(headings);
    for (const Contact& c : contacts) {
        QStringList values;
        for (const OwnColumn& column : ownColumns())
            values << column.value(c);
        out += csvRecord(values);
    }
    return withByteOrderMark(out.toUtf8(), byteOrderMark);
}

Result<QStringList> ContactCsv::headers(const QByteArray& bytes,
                                        std::optional<TextEncoding> encoding)
{
    QByteArray shared = bytes;
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    auto head = ContactCsvReader::head(buffer, encoding);
    if (!head)
        return head.error();
    return head.value().headers;
}

std::vector<ContactCsv::Field> ContactCsv::guessMapping(const QStringList& headers)
{
    std::vector<Field> mapping;
    const bool hasJobTitle = std::any_of(headers.begin(), headers.end(), [](const QString& h) {
        const QString folded = h.toCaseFolded().remove(QLatin1Char(' '));
        return folded == u"jobtitle" || folded == u"position";
    });
    for (const QString& header : headers) {
        const QString h = header.trimmed()
                              .toCaseFolded()
                              .remove(QLatin1Char(' '))
                              .remove(QLatin1Char('_'))
                              .remove(QLatin1Char('-'));
        Field field = Field::Ignore;
        // Google's "E-mail 1 - Type" and "Phone 1 - Type" say "* Work", "Mobile": the value
        // is in the column beside.
        if (h.endsWith(u"type") || h.endsWith(u"label"))
            field = Field::Ignore;
        // Outlook's "Title" is the honorific ("Dr."), its "Job Title" the job: a plain title
        // column is the job only when no other column is.
        else if (h == u"title" && hasJobTitle)
            field = Field::Ignore;
        else if (h == u"firstname" || h == u"givenname" || h == u"first")
            field = Field::FirstName;
        else if (h == u"middlename" || h == u"additionalname" || h == u"middle")
            field = Field::MiddleName;
        else if (h == u"lastname" || h == u"surname" || h == u"familyname" || h == u"last")
            field = Field::LastName;
        else if (h == u"prefix" || h == u"nameprefix" || h == u"honorific" || h == u"salutation")
            field = Field::NamePrefix;
        else if (h == u"suffix" || h == u"namesuffix")
            field = Field::NameSuffix;
        else if (h == u"name" || h == u"fullname" || h == u"displayname")
            field = Field::FullName;
        else if (h == u"nickname")
            field = Field::Nickname;
        else if (h == u"title" || h == u"position" || h == u"jobtitle")
            field = Field::Title;
        else if (h == u"company" || h == u"organization" || h == u"organisation"
                 || h == u"employer")
            field = Field::Company;
        else if (h == u"department")
            field = Field::Department;
        else if (h.contains(u"email"))
            field = Field::Email;
        else if (h.contains(u"phone") || h == u"mobile" || h == u"tel")
            field = Field::Phone;
        else if (h.contains(u"linkedin") || h == u"profile")
            field = Field::LinkedInUrl;
        else if (h == u"website" || h == u"webpage" || h == u"homepage" || h == u"url")
            field = Field::Website;
        else if (h == u"street" || h == u"streetaddress" || h == u"address1")
            field = Field::Street;
        else if (h == u"city" || h == u"town")
            field = Field::City;
        else if (h == u"state" || h == u"region" || h == u"province" || h == u"county")
            field = Field::Region;
        else if (h == u"zip" || h == u"zipcode" || h == u"postcode" || h == u"postalcode")
            field = Field::PostalCode;
        else if (h == u"country")
            field = Field::Country;
        else if (h == u"address")
            field = Field::FormattedAddress;
        else if (h == u"birthday" || h == u"dateofbirth" || h == u"birthdate")
            field = Field::Birthday;
        else if (h == u"notes" || h == u"note" || h == u"comments")
            field = Field::Notes;
        // One column per field, but for addresses and numbers: a second name column is left
        // out, a second email column is one more address.
        if (field != Field::Ignore && field != Field::Email && field != Field::Phone
            && field != Field::Website
            && std::find(mapping.begin(), mapping.end(), field) != mapping.end())
            field = Field::Ignore;
        mapping.push_back(field);
    }
    return mapping;
}

QString ContactCsv::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore:
        return Texts::tr("(leave out)");
    case Field::NamePrefix:
        return Texts::tr("Name prefix");
    case Field::FirstName:
        return Texts::tr("First name");
    case Field::MiddleName:
        return Texts::tr("Middle name");
    case Field::LastName:
        return Texts::tr("Last name");
    case Field::NameSuffix:
        return Texts::tr("Name suffix");
    case Field::FullName:
        return Texts::tr("Full name");
    case Field::Nickname:
        return Texts::tr("Nickname");
    case Field::Title:
        return Texts::tr("Title");
    case Field::Company:
        return Texts::tr("Company");
    case Field::Department:
        return Texts::tr("Department");
    case Field::Email:
        return Texts::tr("Email");
    case Field::Phone:
        return Texts::tr("Phone");
    case Field::Website:
        return Texts::tr("Web page");
    case Field::Handle:
        return Texts::tr("Messenger or social account");
    case Field::Street:
        return Texts::tr("Street");
    case Field::PoBox:
        return Texts::tr("PO box");
    case Field::ExtendedAddress:
        return Texts::tr("Address, extra line");
    case Field::City:
        return Texts::tr("City");
    case Field::Region:
        return Texts::tr("State or region");
    case Field::PostalCode:
        return Texts::tr("Postal code");
    case Field::Country:
        return Texts::tr("Country");
    case Field::FormattedAddress:
        return Texts::tr("Whole address");
    case Field::Birthday:
        return Texts::tr("Birthday");
    case Field::BirthYear:
        return Texts::tr("Birth year");
    case Field::BirthMonth:
        return Texts::tr("Birth month");
    case Field::BirthDay:
        return Texts::tr("Birth day");
    case Field::LinkedInUrl:
        return Texts::tr("LinkedIn URL");
    case Field::Notes:
        return Texts::tr("Notes");
    }
    return {};
}

Result<ContactFileContents> ContactCsv::read(const QByteArray& bytes,
                                             const std::vector<Field>& mapping,
                                             std::optional<TextEncoding> encoding)
{
    QByteArray shared = bytes;
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    ContactCsvReader reader(buffer, mapping, encoding);
    return readAllContacts(reader);
}

} // namespace finalist
