#include "ContactCsvColumns.h"

#include "Csv.h"
#include "VCardFields.h"

#include <QDate>
#include <QRegularExpression>

namespace finalist {

namespace {

using Field = ContactCsv::Field;

bool isAddressPart(Field field)
{
    return field >= Field::Street && field <= Field::FormattedAddress;
}

bool isDetail(Field field)
{
    return field == Field::Email || field == Field::Phone || field == Field::Website
        || field == Field::Handle;
}

DetailKind kindOf(Field field)
{
    switch (field) {
    case Field::Phone:
        return DetailKind::Phone;
    case Field::Website:
        return DetailKind::Web;
    case Field::Handle:
        return DetailKind::Handle;
    default:
        return DetailKind::Email;
    }
}

// The kind of address a heading names by its words: "Business Fax", "Home Phone 2", "Work City".
QString labelFromHeading(const QString& folded)
{
    static const std::pair<QRegularExpression, const char*> words[] = {
        { QRegularExpression(QStringLiteral("\\bfax\\b")), "fax" },
        { QRegularExpression(QStringLiteral("\\bpager\\b")), "pager" },
        { QRegularExpression(QStringLiteral("\\b(mobile|cell|cellular)\\b")), "mobile" },
        { QRegularExpression(QStringLiteral("\\b(business|work|office|company)\\b")), "work" },
        { QRegularExpression(QStringLiteral("\\b(home|private|personal)\\b")), "home" },
        { QRegularExpression(QStringLiteral("\\bother\\b")), "other" },
    };
    for (const auto& [pattern, label] : words)
        if (pattern.match(folded).hasMatch())
            return QString::fromLatin1(label);
    return {};
}

// The address a part belongs to, named by the heading's start: "business", "home",
// "address 1"; one unnamed address for headings such as a plain "City".
QString addressGroup(const QString& folded)
{
    static const QRegularExpression named(
        QStringLiteral("^(address \\d+|business|home|other|work|private)\\b"));
    const auto match = named.match(folded);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Google's numbered columns ("E-mail 1 - Value") have a label column beside ("E-mail 1 -
// Label", "- Type" in the older layout).
int labelColumnOf(const QString& folded, const QStringList& headings)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*\\d+) - "));
    const auto match = numbered.match(folded);
    if (!match.hasMatch())
        return -1;
    for (const char* suffix : { " - label", " - type" }) {
        const qsizetype at = headings.indexOf(match.captured(1) + QLatin1String(suffix));
        if (at >= 0)
            return int(at);
    }
    return -1;
}

// A label as written ("* Work", "Mobile", "Profile"): the standard ones in lower case, others
// as written; the star says it is the primary one.
QString cleanLabel(const QString& written, bool* primary)
{
    QString label = written.trimmed();
    *primary = label.startsWith(QLatin1Char('*'));
    if (*primary)
        label = label.mid(1).trimmed();
    const QString standard = standardLabelOf(label);
    return standard.isEmpty() ? label : standard;
}

QString twoDigits(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace

ContactCsvColumns::ContactCsvColumns(const QStringList& headers, std::vector<Field> mapping)
{
    QStringList headings;
    for (const QString& header : headers)
        headings << header.trimmed().toCaseFolded();
    QStringList groups;
    for (qsizetype i = 0; i < headings.size() && std::size_t(i) < mapping.size(); ++i) {
        Column column;
        column.field = mapping[std::size_t(i)];
        const QString& heading = headings[i];
        column.label = labelFromHeading(heading);
        column.labelColumn = labelColumnOf(heading, headings);
        column.primary = heading.contains(QLatin1String("primary"));
        if (isAddressPart(column.field)) {
            const QString group = addressGroup(heading);
            column.address = int(groups.indexOf(group));
            if (column.address < 0) {
                column.address = int(groups.size());
                groups << group;
                m_addressLabels.push_back(labelFromHeading(group));
                m_addressLabelColumns.push_back(column.labelColumn);
            }
        }
        m_columns.push_back(column);
    }
}

QString ContactCsvColumns::birthday(const QString& written)
{
    const QString value = written.trimmed();
    if (value.isEmpty())
        return {};
    if (const QString iso = vcard::birthdayFromVCard(value); !iso.isEmpty())
        return iso;
    // Outlook writes the date in the system's short form: month first with slashes (the US),
    // day first with dots (most of Europe); a first number over 12 can only be a day.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})([/.])(\\d{1,2})[/.](\\d{2}|\\d{4})$"));
    const auto m = numeric.match(value);
    if (!m.hasMatch())
        return value;
    int first = m.captured(1).toInt();
    int second = m.captured(3).toInt();
    int year = m.captured(4).toInt();
    if (first == 0 && second == 0)
        return {}; // "0/0/00": Outlook's way of writing none
    const bool dayFirst = m.captured(2) == QLatin1String(".") || first > 12;
    const int month = dayFirst ? second : first;
    const int day = dayFirst ? first : second;
    if (m.captured(4).size() == 2)
        year += year > QDate::currentDate().year() % 100 ? 1900 : 2000;
    if (!QDate(year, month, day).isValid())
        return value;
    return QStringLiteral("%1-%2-%3").arg(year).arg(twoDigits(month), twoDigits(day));
}

void ContactCsvColumns::apply(const QStringList& row, Contact& c) const
{
    std::vector<QStringList> addresses(m_addressLabels.size(), QStringList(address::PartCount));
    std::vector<QString> formatted(m_addressLabels.size());
    std::vector<ContactPoint> found;
    QString fullName, birthday, birthYear, birthMonth, birthDay;
    const auto at = [&](int column) {
        return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
    };
    for (int i = 0; i < row.size() && std::size_t(i) < m_columns.size(); ++i) {
        const Column& column = m_columns[std::size_t(i)];
        // What our own export protected from spreadsheets comes back as it was.
        const QString value = withoutFormulaGuard(row[i].trimmed());
        if (column.field == Field::Notes) {
            c.notes = withoutFormulaGuard(row[i]); // a note's own spacing kept
            continue;
        }
        if (value.isEmpty())
            continue;
        if (isDetail(column.field)) {
            bool starred = false;
            const QString written = cleanLabel(at(column.labelColumn), &starred);
            // Google writes several in one cell, between " ::: "; a star marks the first.
            bool first = true;
            for (const QString& piece : value.split(QStringLiteral(":::"))) {
                const QString one = piece.trimmed();
                if (column.field == Field::Website && isLinkedInAddress(one)
                    && c.linkedInUrl.isEmpty()) {
                    c.linkedInUrl = one;
                    continue;
                }
                found.push_back({ kindOf(column.field), written.isEmpty() ? column.label : written,
                                  one, (starred || column.primary) && first });
                first = false;
            }
            continue;
        }
        if (isAddressPart(column.field)) {
            const auto address = std::size_t(column.address);
            if (column.field == Field::FormattedAddress) {
                formatted[address] = value.split(QLatin1Char('\n')).join(QStringLiteral(", "));
                continue;
            }
            static const std::pair<Field, address::Part> parts[]
                = { { Field::Street, address::Street },
                    { Field::PoBox, address::PostOfficeBox },
                    { Field::ExtendedAddress, address::Extended },
                    { Field::City, address::Locality },
                    { Field::Region, address::Region },
                    { Field::PostalCode, address::PostalCode },
                    { Field::Country, address::Country } };
            for (const auto& [field, part] : parts)
                if (field == column.field) {
                    QString& into = addresses[address][part];
                    // "Business Street 2" is the street's second line.
                    into = into.isEmpty() ? value : into + QStringLiteral(", ") + value;
                }
            continue;
        }
        switch (column.field) {
        case Field::NamePrefix:
            c.namePrefix = value;
            break;
        case Field::FirstName:
            c.firstName = value;
            break;
        case Field::MiddleName:
            c.middleName = value;
            break;
        case Field::LastName:
            c.lastName = value;
            break;
        case Field::NameSuffix:
            c.nameSuffix = value;
            break;
        case Field::FullName:
            fullName = value;
            break;
        case Field::Nickname:
            c.nickname = value;
            break;
        case Field::Title:
            c.title = value;
            break;
        case Field::Company:
            c.company = value;
            break;
        case Field::Department:
            c.department = value;
            break;
        case Field::Birthday:
            birthday = value;
            break;
        case Field::BirthYear:
            birthYear = value;
            break;
        case Field::BirthMonth:
            birthMonth = value;
            break;
        case Field::BirthDay:
            birthDay = value;
            break;
        case Field::LinkedInUrl:
            c.linkedInUrl = value;
            break;
        default:
            break;
        }
    }
    // A display name is split only when no column gave a first or last name: Thunderbird's
    // "Display Name" beside its "First Name" is a label, and an empty one blanks nothing.
    if (!fullName.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()) {
        const qsizetype space = fullName.lastIndexOf(QLatin1Char(' '));
        c.firstName = space < 0 ? fullName : fullName.left(space);
        c.lastName = space < 0 ? QString() : fullName.mid(space + 1);
    }
    for (std::size_t a = 0; a < addresses.size(); ++a) {
        QString value = address::fromParts(addresses[a]);
        if (value.isEmpty() && !formatted[a].isEmpty()) {
            QStringList parts(address::PartCount);
            parts[address::Street] = formatted[a];
            value = address::fromParts(parts);
        }
        bool starred = false;
        const QString written = cleanLabel(at(m_addressLabelColumns[a]), &starred);
        found.push_back({ DetailKind::Address, written.isEmpty() ? m_addressLabels[a] : written,
                          value, starred });
    }
    // A fax or a pager is never the number to call first unless it is the only one.
    std::stable_partition(found.begin(), found.end(), [](const ContactPoint& d) {
        return d.label != QLatin1String("fax") && d.label != QLatin1String("pager");
    });
    for (const ContactPoint& detail : found)
        c.addDetail(detail);
    c.syncPreferred();
    if (!birthYear.isEmpty() || !birthMonth.isEmpty() || !birthDay.isEmpty()) {
        const int month = birthMonth.toInt();
        const int day = birthDay.toInt();
        birthday = month > 0 && day > 0
            ? (birthYear.toInt() > 0 ? birthYear : QStringLiteral("-")) + QLatin1Char('-')
                + twoDigits(month) + QLatin1Char('-') + twoDigits(day)
            : QStringList{ birthYear, birthMonth, birthDay }.join(QLatin1Char('/'));
    }
    c.birthday = birthday.isEmpty() ? QString() : ContactCsvColumns::birthday(birthday);
}

} // namespace finalist
