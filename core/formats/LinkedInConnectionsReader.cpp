#include "LinkedInConnectionsReader.h"

#include "LinkedInConnections.h"

#include <QCoreApplication>

namespace finalist {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LinkedInConnections", text);
}

QString normalisedHeader(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QString field(const CsvRow& row, int c)
{
    return c >= 0 && c < row.fields.size() ? row.fields[c].trimmed() : QString();
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

Status LinkedInConnectionsReader::findHeader()
{
    while (!m_headerFound) {
        auto row = m_rows.next();
        if (!row)
            return row.error();
        if (!row.value())
            return Error{ Error::Code::Invalid,
                          tr("This is not a LinkedIn connections export: no line has the "
                             "columns “First Name” and “Last Name”."),
                          {},
                          {} };
        QHash<QString, int> column;
        const QStringList& fields = row.value()->fields;
        for (int c = 0; c < fields.size(); ++c)
            column.insert(normalisedHeader(fields[c]), c);
        if (!column.contains(QStringLiteral("first name"))
            || !column.contains(QStringLiteral("last name")))
            continue;
        const auto at
            = [&](const char* name) { return column.value(QString::fromLatin1(name), -1); };
        m_first = at("first name");
        m_last = at("last name");
        m_url = at("url");
        m_mail = at("email address");
        m_company = at("company");
        m_position = at("position");
        m_connected = at("connected on");
        m_headerFound = true;
    }
    return {};
}

std::optional<ImportedContact>
LinkedInConnectionsReader::person(const CsvRow& row, std::vector<ImportProblem>& problems) const
{
    ImportedContact person;
    person.line = row.line;
    Contact& c = person.contact;
    c.firstName = field(row, m_first);
    c.lastName = field(row, m_last);
    c.linkedInUrl = field(row, m_url);
    c.company = field(row, m_company);
    c.title = field(row, m_position);
    const QString email = field(row, m_mail);
    if (!email.isEmpty()) {
        person.emails << email;
        c.email = email;
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        problems.push_back(
            { row.line, tr("Line %1: no first or last name; skipped.").arg(row.line) });
        return {};
    }
    c.linkedInStatus = LinkedInStatus::Connected;
    const QString connectedOn = field(row, m_connected);
    c.linkedInStatusOn = LinkedInConnections::parseDate(connectedOn);
    if (!connectedOn.isEmpty() && !c.linkedInStatusOn.isValid())
        problems.push_back({ row.line,
                             tr("Line %1: “%2” is not a date; the contact is imported "
                                "without it.")
                                 .arg(row.line)
                                 .arg(connectedOn) });
    return person;
}

Result<std::optional<ImportedContact>>
LinkedInConnectionsReader::next(std::vector<ImportProblem>& problems)
{
    if (auto header = findHeader(); !header)
        return header.error();
    return nextPersonOf(m_rows, [&](const CsvRow& row) { return person(row, problems); });
}

} // namespace finalist
