#include "LinkedInInvitations.h"

#include "Csv.h"
#include "ExportDate.h"
#include "PlaceholderValue.h"

#include <QCoreApplication>
#include <QHash>

namespace finalist {

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
        invitation.profileUrl = withoutPlaceholder(
            invitation.sentByMe ? field("inviteeprofileurl") : field("inviterprofileurl"));
        invitation.sentOn = ExportDate::parse(field("sent at")).date;
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

bool LinkedInInvitations::isInvitations(const QByteArray& head)
{
    // UTF-16 without its zero bytes is ASCII enough for column names.
    const QString text = QString::fromUtf8(QByteArray(head).replace('\0', QByteArray())).toLower();
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("direction")) && line.contains(QLatin1String("from"))
            && (line.contains(QLatin1String("sent at")) || line.contains(QLatin1String("sentat"))))
            return true;
    return false;
}

} // namespace finalist
