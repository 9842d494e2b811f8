#include "CliOutreach.h"

#include "services/OutreachLog.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace finalist::cli {

int outreachListCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    OutreachFilter filter;
    if (call.statusGiven)
        filter.status = enumFromKey<OutreachStatus>(call.status);
    auto lines = OutreachLog(db).lines(filter);
    if (!lines) {
        err << lines.error().message << Qt::endl;
        return Failed;
    }
    for (const OutreachLine& line : lines.value()) {
        const Outreach& note = line.note;
        const QDate when = note.repliedOn.isValid() ? note.repliedOn : note.sentOn;
        out << (when.isValid() ? when.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << enumKey(note.status) << '\t' << enumKey(note.kind) << '\t' << enumKey(note.channel)
            << '\t' << line.contactName << '\t' << line.company << '\t' << note.subject << '\n';
    }
    out << QCoreApplication::translate("Cli", "%n notes", nullptr, int(lines.value().size()))
        << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
