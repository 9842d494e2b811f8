#include "LinkedInConnections.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

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
    const QString trimmed = text.trimmed();
    for (const char* format : { "d MMM yyyy", "dd MMM yyyy", "yyyy-MM-dd", "d MMMM yyyy" }) {
        const QDate date = QLocale::c().toDate(trimmed, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

Result<ContactFileContents> LinkedInConnections::read(const QByteArray& bytes)
{
    auto rows = parseCsv(QString::fromUtf8(bytes));
    if (!rows)
        return rows.error();
    const std::vector<CsvRow>& all = rows.value();
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
    const auto field = [&](const CsvRow& row, const char* name) {
        const int c = column.value(QString::fromLatin1(name), -1);
        return c >= 0 && c < row.fields.size() ? row.fields[c].trimmed() : QString();
    };

    ContactFileContents contents;
    for (std::size_t i = headerRow + 1; i < all.size(); ++i) {
        const CsvRow& row = all[i];
        ImportedContact person;
        person.line = row.line;
        Contact& c = person.contact;
        c.firstName = field(row, "first name");
        c.lastName = field(row, "last name");
        c.linkedInUrl = field(row, "url");
        c.company = field(row, "company");
        c.title = field(row, "position");
        const QString email = field(row, "email address");
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
        const QString connectedOn = field(row, "connected on");
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
