#include "CliOutreach.h"

#include "formats/Csv.h"
#include "formats/SafeFileWriter.h"
#include "services/ActivityReport.h"
#include "services/FollowUpCalendar.h"
#include "services/OutreachLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace finalist::cli {

int outreachListCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    OutreachFilter filter;
    if (call.statusGiven)
        filter.status = enumFromKey<OutreachStatus>(call.status);
    // Printed as read: the list can be long, and the first lines need not wait for the last.
    int count = 0;
    auto listed = OutreachLog(db).eachLine(filter, [&](const OutreachLine& line) {
        const Outreach& note = line.note;
        const QDate when = note.repliedOn.isValid() ? note.repliedOn : note.sentOn;
        out << (when.isValid() ? when.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << enumKey(note.status) << '\t' << enumKey(note.kind) << '\t' << enumKey(note.channel)
            << '\t' << line.contactName << '\t' << line.company << '\t' << note.subject << '\n';
        ++count;
    });
    if (!listed) {
        out.flush();
        err << listed.error().message << Qt::endl;
        return Failed;
    }
    out << QCoreApplication::translate("Cli", "%n note(s)", nullptr, count) << Qt::endl;
    return Ok;
}

int activityReportCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString path = call.arguments.at(1);
    auto lines = ActivityReport(db).lines(fromIsoDate(call.from), fromIsoDate(call.to));
    if (!lines) {
        err << lines.error().message << Qt::endl;
        return Failed;
    }
    if (auto written = writeFileAtomically(
            path, withByteOrderMark(ActivityReport::toCsv(lines.value()).toUtf8(), !call.noBom));
        !written) {
        err << written.error().message << Qt::endl;
        return Failed;
    }
    out << QCoreApplication::translate("Cli", "Wrote %n activit(y|ies) from %1 to %2 to %3",
                                       nullptr, int(lines.value().size()))
               .arg(call.from, call.to, QDir::toNativeSeparators(path))
        << Qt::endl;
    return Ok;
}

int exportCalendarCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    const QString path = call.arguments.at(1);
    auto items = followUpCalendar(db);
    if (!items) {
        err << items.error().message << Qt::endl;
        return Failed;
    }
    const QByteArray ics = followUpCalendarFile(db, items.value(), call.todo);
    if (auto written = writeFileAtomically(path, ics); !written) {
        err << written.error().message << Qt::endl;
        return Failed;
    }
    out << QCoreApplication::translate("Cli", "Exported %n follow-up(s) to %1", nullptr,
                                       int(items.value().size()))
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
