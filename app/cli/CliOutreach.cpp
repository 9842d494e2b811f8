#include "CliOutreach.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/OutreachRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace finalist::cli {

int outreachListCommand(Database& db, const Invocation& call, QTextStream& out, QTextStream& err)
{
    OutreachFilter filter;
    if (call.statusGiven)
        filter.status = enumFromKey<OutreachStatus>(call.status);
    auto notes = OutreachRepository(db).list(filter);
    auto opportunities = OpportunityRepository(db).list();
    if (!notes || !opportunities) {
        err << (notes ? opportunities.error().message : notes.error().message) << Qt::endl;
        return Failed;
    }
    QList<qint64> contactIds;
    for (const Outreach& note : notes.value())
        contactIds << note.contactId;
    auto contacts = ContactRepository(db).withIds(contactIds);
    if (!contacts) {
        err << contacts.error().message << Qt::endl;
        return Failed;
    }
    QHash<qint64, QString> names, companies;
    for (const Contact& c : contacts.value())
        names.insert(c.id, c.displayName());
    for (const Opportunity& o : opportunities.value())
        companies.insert(o.id, o.company);
    for (const Outreach& note : notes.value()) {
        const QDate when = note.repliedOn.isValid() ? note.repliedOn
            : note.sentOn.isValid()                 ? note.sentOn
                                                    : QDate();
        out << (when.isValid() ? when.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << enumKey(note.status) << '\t' << enumKey(note.kind) << '\t' << enumKey(note.channel)
            << '\t' << names.value(note.contactId) << '\t' << companies.value(note.opportunityId)
            << '\t' << note.subject << '\n';
    }
    out << QCoreApplication::translate("Cli", "%n notes", nullptr, int(notes.value().size()))
        << Qt::endl;
    return Ok;
}

} // namespace finalist::cli
