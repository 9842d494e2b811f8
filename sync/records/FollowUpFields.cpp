#include "FollowUpFields.h"

#include "formats/ICalendarLines.h"

#include <QCoreApplication>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpFields)
};

void put(RecordFields& fields, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        fields.insert(name, value);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

RecordFields followUpFields(const FollowUp& f, const FollowUpLinks& links)
{
    RecordFields fields;
    put(fields, QStringLiteral("reason"), f.reason.trimmed());
    put(fields, QStringLiteral("dueOn"), isoDate(f.dueOn));
    put(fields, QStringLiteral("status"), enumKey(f.status));
    // Only while done: a follow-up opened again forgets the day, as its VTODO does.
    if (f.status == FollowUpStatus::Done)
        put(fields, QStringLiteral("doneOn"), isoDate(f.doneOn));
    put(fields, QStringLiteral("kind"), enumKey(f.kind));
    put(fields, QStringLiteral("contact"), links.contact);
    put(fields, QStringLiteral("contactUid"), links.contactUid);
    put(fields, QStringLiteral("opportunity"), links.opportunity);
    return fields;
}

void applyFollowUpFields(FollowUp& f, const RecordFields& fields)
{
    f.reason = fields.value(QStringLiteral("reason"));
    f.dueOn = QDate::fromString(fields.value(QStringLiteral("dueOn")), Qt::ISODate);
    f.status = enumFromKey<FollowUpStatus>(fields.value(QStringLiteral("status")))
                   .value_or(FollowUpStatus::Open);
    f.doneOn = f.status == FollowUpStatus::Done
        ? QDate::fromString(fields.value(QStringLiteral("doneOn")), Qt::ISODate)
        : QDate();
    f.kind = enumFromKey<FollowUpKind>(fields.value(QStringLiteral("kind")))
                 .value_or(FollowUpKind::Action);
}

FollowUpLinks followUpLinksOf(const RecordFields& fields)
{
    return { fields.value(QStringLiteral("contact")), fields.value(QStringLiteral("contactUid")),
             fields.value(QStringLiteral("opportunity")) };
}

QString followUpFieldLabel(const QString& name)
{
    static const std::pair<const char*, const char*> labels[] = {
        { "reason", QT_TRANSLATE_NOOP("FollowUpFields", "Reason") },
        { "dueOn", QT_TRANSLATE_NOOP("FollowUpFields", "Due on") },
        { "status", QT_TRANSLATE_NOOP("FollowUpFields", "Status") },
        { "doneOn", QT_TRANSLATE_NOOP("FollowUpFields", "Done on") },
        { "kind", QT_TRANSLATE_NOOP("FollowUpFields", "Kind") },
        { "contact", QT_TRANSLATE_NOOP("FollowUpFields", "Contact") },
        { "contactUid", QT_TRANSLATE_NOOP("FollowUpFields", "Contact") },
        { "opportunity", QT_TRANSLATE_NOOP("FollowUpFields", "Opportunity") },
        { "description", QT_TRANSLATE_NOOP("FollowUpFields", "Description") },
    };
    for (const auto& [key, label] : labels) {
        if (name == QLatin1String(key))
            return Texts::tr(label);
    }
    return name;
}

QString contactLinkText(const QString& name, const QString& company)
{
    QStringList parts;
    for (const QString& part : { name, company }) {
        if (const QString line = ical::singleLine(part); !line.isEmpty())
            parts << line;
    }
    return parts.join(QStringLiteral(", "));
}

QString opportunityLinkText(const QString& company, const QString& role)
{
    QStringList parts;
    for (const QString& part : { company, role }) {
        if (const QString line = ical::singleLine(part); !line.isEmpty())
            parts << line;
    }
    return parts.join(QStringLiteral(" — "));
}

} // namespace finalist::sync
