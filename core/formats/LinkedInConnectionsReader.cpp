#include "LinkedInConnectionsReader.h"

#include "ExportDate.h"
#include "PlaceholderValue.h"

#include <QCoreApplication>
#include <QLocale>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInConnections)
};

// "First Name", "FirstName" and "first name" are one column: LinkedIn has written all three.
QString normalisedHeader(const QString& name)
{
    QString out;
    for (const QChar c : name)
        if (!c.isSpace() && c != QChar(0xFEFF))
            out += c;
    return out.toCaseFolded();
}

QString field(const CsvRow& row, int c)
{
    return c >= 0 && c < row.fields.size() ? withoutPlaceholder(row.fields[c].trimmed())
                                           : QString();
}

// An address book's "Emails" and "PhoneNumbers" hold several, between commas or semicolons.
QStringList several(const QString& text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype at = 0; at <= text.size(); ++at) {
        if (at < text.size() && text[at] != u',' && text[at] != u';')
            continue;
        // Most fields hold one value: mid() of the whole text shares it, with no copy.
        if (const QString value = withoutPlaceholder(text.mid(start, at - start).trimmed());
            !value.isEmpty())
            out << value;
        start = at + 1;
    }
    return out;
}

} // namespace

LinkedInConnectionsReader::LinkedInConnectionsReader(QIODevice& device,
                                                     std::optional<TextEncoding> encoding,
                                                     qsizetype chunkBytes)
    : m_text(device, encoding, chunkBytes)
    , m_rows(m_text)
{
}

Status LinkedInConnectionsReader::open()
{
    m_text.setProgress(m_progress);
    return m_text.open();
}

Status LinkedInConnectionsReader::findHeader(std::vector<ImportProblem>& problems)
{
    while (!m_headerFound) {
        auto row = m_rows.next();
        if (!row)
            return row.error();
        if (!row.value())
            return Error{ Error::Code::Invalid,
                          Texts::tr("This is not a LinkedIn connections export: no line has the "
                                    "columns “First Name” and “Last Name”."),
                          {},
                          {} };
        QStringList fields = row.value()->fields;
        // A spreadsheet that saves with semicolons leaves the whole header in one field.
        const bool semicolons = fields.size() == 1 && fields.front().contains(QLatin1Char(';'));
        if (semicolons)
            fields = fields.front().split(QLatin1Char(';'));
        QHash<QString, int> column;
        for (int c = 0; c < fields.size(); ++c)
            column.insert(normalisedHeader(fields[c].trimmed().remove(QLatin1Char('"'))), c);
        if (!column.contains(QStringLiteral("firstname"))
            || !column.contains(QStringLiteral("lastname")))
            continue;
        const auto at = [&](std::initializer_list<const char*> names) {
            for (const char* name : names)
                if (const int c = column.value(QString::fromLatin1(name), -1); c >= 0)
                    return c;
            return -1;
        };
        m_first = at({ "firstname" });
        m_last = at({ "lastname" });
        m_full = at({ "fullname" });
        m_url = at({ "url", "profileurl", "profiles" });
        m_mail = at({ "emailaddress", "emails", "email" });
        m_phone = at({ "phonenumbers", "phonenumber" });
        m_company = at({ "company", "companies" });
        m_position = at({ "position", "title" });
        m_connected = at({ "connectedon" });
        m_addressBook = m_connected < 0
            && (column.contains(QStringLiteral("emails"))
                || column.contains(QStringLiteral("source"))
                || column.contains(QStringLiteral("companies")));
        if (semicolons) {
            m_rows.setDelimiter(QLatin1Char(';'));
            problems.push_back(ImportProblem::warning(
                row.value()->line,
                Texts::tr(
                    "Line %1: the columns are separated by semicolons, as a spreadsheet saves "
                    "them; read that way.")
                    .arg(row.value()->line)));
        }
        if (m_addressBook)
            problems.push_back(ImportProblem::warning(
                row.value()->line,
                Texts::tr(
                    "This is a LinkedIn address book (contacts you imported or synced), not your "
                    "connections: its people are imported without being marked as connected.")));
        m_headerFound = true;
    }
    return {};
}

std::optional<ImportedContact>
LinkedInConnectionsReader::person(const CsvRow& row, std::vector<ImportProblem>& problems)
{
    ImportedContact person;
    person.line = row.line;
    Contact& c = person.contact;
    c.firstName = field(row, m_first);
    c.lastName = field(row, m_last);
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        const QString full = field(row, m_full);
        const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
        c.firstName = space < 0 ? full : full.left(space);
        c.lastName = space < 0 ? QString() : full.mid(space + 1);
    }
    c.linkedInUrl = several(field(row, m_url)).value(0);
    c.company = field(row, m_company);
    c.title = field(row, m_position);
    const QStringList emails
        = m_addressBook ? several(field(row, m_mail)) : QStringList{ field(row, m_mail) };
    for (const QString& email : emails)
        c.addDetail({ DetailKind::Email, {}, email, false });
    for (const QString& phone : several(field(row, m_phone)))
        c.addDetail({ DetailKind::Phone, {}, phone, false });
    c.syncPreferred();
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        problems.push_back(
            { row.line, Texts::tr("Line %1: no first or last name; skipped.").arg(row.line) });
        return {};
    }
    if (m_addressBook)
        return person;
    c.linkedInStatus = LinkedInStatus::Connected;
    const QString connectedOn = field(row, m_connected);
    const ExportDate date = ExportDate::parse(connectedOn);
    c.linkedInStatusOn = date.date;
    if (!connectedOn.isEmpty() && !date.date.isValid())
        problems.push_back(
            ImportProblem::warning(row.line,
                                   Texts::tr("Line %1: “%2” is not a date; the contact is "
                                             "imported without it.")
                                       .arg(row.line)
                                       .arg(connectedOn)));
    if (date.monthFirstAssumed && !m_monthFirstSaid) {
        m_monthFirstSaid = true;
        problems.push_back(ImportProblem::warning(
            row.line,
            Texts::tr(
                "Line %1: dates such as “%2” are read month first (%3), as LinkedIn writes them.")
                .arg(row.line)
                .arg(connectedOn, QLocale().toString(date.date, QLocale::LongFormat))));
    }
    return person;
}

Result<std::optional<ImportedContact>>
LinkedInConnectionsReader::next(std::vector<ImportProblem>& problems)
{
    if (auto header = findHeader(problems); !header)
        return header.error();
    return nextPersonOf(m_rows, [&](const CsvRow& row) { return person(row, problems); });
}

} // namespace finalist
