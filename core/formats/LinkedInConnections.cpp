#include "LinkedInConnections.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QHash>

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

} // namespace

QDate LinkedInConnections::parseDate(const QString& text)
{
    // "12 Mar 2024" by hand: QLocale's parser is slow for thirty thousand rows.
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")
    };
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() == 3) {
        bool dayOk = false, yearOk = false;
        const int day = parts[0].toInt(&dayOk);
        const int year = parts[2].toInt(&yearOk);
        const int month = int(months.indexOf(parts[1].left(3).toLower())) + 1;
        if (dayOk && yearOk && month > 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

Result<ContactFileContents> LinkedInConnections::read(const QByteArray& bytes,
                                                      std::optional<TextEncoding> encoding)
{
    auto csv = readCsv(bytes, encoding);
    if (!csv)
        return csv.error();
    const std::vector<CsvRow>& all = csv.value().rows;
    // The header is the first row that names both first and last name columns.
    std::size_t headerRow = all.size();
    QHash<QString, int> column;
    for (std::size_t i = 0; i < all.size() && headerRow == all.size(); ++i) {
        QHash<QString, int> names;
        for (int c = 0; c < all[i].fields.size(); ++c)
            names.insert(normalisedHeader(all[i].fields[c]), c);
        if (names.contains(QStringLiteral("first name"))
            && names.contains(QStringLiteral("last name"))) {
            headerRow = i;
            column = names;
        }
    }
    if (headerRow == all.size())
        return Error{ Error::Code::Invalid,
                      tr("This is not a LinkedIn connections export: no line has the columns "
                         "“First Name” and “Last Name”."),
                      {},
                      {} };
    // Column positions, found once; -1 when the export has no such column.
    const auto at = [&](const char* name) { return column.value(QString::fromLatin1(name), -1); };
    const int first = at("first name"), last = at("last name"), url = at("url"),
              mail = at("email address"), company = at("company"), position = at("position"),
              connected = at("connected on");
    const auto field = [](const CsvRow& row, int c) {
        return c >= 0 && c < row.fields.size() ? row.fields[c].trimmed() : QString();
    };

    ContactFileContents contents;
    contents.reading = csv.value().report;
    for (std::size_t i = headerRow + 1; i < all.size(); ++i) {
        const CsvRow& row = all[i];
        ImportedContact person;
        person.line = row.line;
        Contact& c = person.contact;
        c.firstName = field(row, first);
        c.lastName = field(row, last);
        c.linkedInUrl = field(row, url);
        c.company = field(row, company);
        c.title = field(row, position);
        const QString email = field(row, mail);
        if (!email.isEmpty()) {
            person.emails << email;
            c.email = email;
        }
        if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
            contents.problems.push_back(
                { row.line, tr("Line %1: no first or last name; skipped.").arg(row.line) });
            continue;
        }
        c.linkedInStatus = LinkedInStatus::Connected;
        const QString connectedOn = field(row, connected);
        c.linkedInStatusOn = parseDate(connectedOn);
        if (!connectedOn.isEmpty() && !c.linkedInStatusOn.isValid())
            contents.problems.push_back({ row.line,
                                          tr("Line %1: “%2” is not a date; the "
                                             "contact is imported without it.")
                                              .arg(row.line)
                                              .arg(connectedOn) });
        contents.contacts.push_back(std::move(person));
    }
    return contents;
}

} // namespace finalist
