#include "LinkedInInvitations.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace finalist {

namespace {

// "3/12/24, 9:15 AM" in the exports seen so far; ISO dates too.
QDate sentDate(const QString& text)
{
    const QString day = text.section(QLatin1Char(','), 0, 0).trimmed();
    for (const char* format : { "M/d/yy", "M/d/yyyy", "yyyy-MM-dd", "d MMM yyyy" }) {
        QDate date = QLocale::c().toDate(day, QString::fromLatin1(format));
        if (date.isValid()) {
            if (date.year() < 1970)
                date = date.addYears(100); // two-digit years are this century
            return date;
        }
    }
    return {};
}

} // namespace

Result<std::vector<LinkedInInvitation>>
LinkedInInvitations::read(const QByteArray& bytes, std::optional<TextEncoding> encoding)
{
    auto csv = readCsv(bytes, encoding);
    if (!csv)
        return csv.error();
    std::vector<LinkedInInvitation> invitations;
    QHash<QString, int> column;
    bool header = false;
    for (const CsvRow& row : csv.value().rows) {
        if (!header) {
            for (int c = 0; c < row.fields.size(); ++c)
                column.insert(row.fields[c].trimmed().toCaseFolded(), c);
            header = column.contains(QStringLiteral("from"))
                && column.contains(QStringLiteral("to"))
                && column.contains(QStringLiteral("direction"));
            if (!header)
                column.clear();
            continue;
        }
        const auto field = [&](const char* name) {
            const int c = column.value(QString::fromLatin1(name), -1);
            return c >= 0 && c < row.fields.size() ? row.fields[c].trimmed() : QString();
        };
        LinkedInInvitation invitation;
        invitation.line = row.line;
        invitation.sentByMe
            = field("direction").compare(QLatin1String("OUTGOING"), Qt::CaseInsensitive) == 0;
        invitation.name = invitation.sentByMe ? field("to") : field("from");
        invitation.profileUrl
            = invitation.sentByMe ? field("inviteeprofileurl") : field("inviterprofileurl");
        invitation.sentOn = sentDate(field("sent at"));
        if (!invitation.name.isEmpty())
            invitations.push_back(invitation);
    }
    if (!header)
        return Error{ Error::Code::Invalid,
                      QCoreApplication::translate(
                          "LinkedInInvitations",
                          "This is not a LinkedIn invitations export: no line has the columns "
                          "“From”, “To” and “Direction”."),
                      {},
                      {} };
    return invitations;
}

} // namespace finalist
