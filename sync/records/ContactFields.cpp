#include "ContactFields.h"

#include <QCoreApplication>

namespace finalist::sync {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactFields)
};

// Within a detail field: one detail per record separator, its parts by unit separators.
constexpr QChar kDetailSeparator(0x1e);
constexpr QChar kPartSeparator(0x1f);

const std::pair<const char*, DetailKind> kDetailFields[] = {
    { "emails", DetailKind::Email },      { "phones", DetailKind::Phone },
    { "addresses", DetailKind::Address }, { "webPages", DetailKind::Web },
    { "handles", DetailKind::Handle },
};

QString detailsOf(const Contact& contact, DetailKind kind)
{
    QStringList written;
    for (const ContactPoint& d : contact.details) {
        if (d.kind == kind)
            written << d.label + kPartSeparator + d.value + kPartSeparator
                    + (d.preferred ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return written.join(kDetailSeparator);
}

std::vector<ContactPoint> detailsFrom(const QString& field, DetailKind kind)
{
    std::vector<ContactPoint> details;
    if (field.isEmpty())
        return details;
    for (const QString& one : field.split(kDetailSeparator)) {
        const QStringList parts = one.split(kPartSeparator);
        details.push_back(ContactPoint{ kind, parts.value(0), parts.value(1),
                                        parts.value(2) == QLatin1String("1") });
    }
    return details;
}

QString* textField(Contact& c, const QString& name)
{
    const std::pair<const char*, QString Contact::*> texts[] = {
        { "namePrefix", &Contact::namePrefix },
        { "firstName", &Contact::firstName },
        { "middleName", &Contact::middleName },
        { "lastName", &Contact::lastName },
        { "nameSuffix", &Contact::nameSuffix },
        { "nickname", &Contact::nickname },
        { "title", &Contact::title },
        { "company", &Contact::company },
        { "department", &Contact::department },
        { "birthday", &Contact::birthday },
        { "linkedInUrl", &Contact::linkedInUrl },
        { "notes", &Contact::notes },
    };
    for (const auto& [key, member] : texts) {
        if (name == QLatin1String(key))
            return &(c.*member);
    }
    return nullptr;
}

} // namespace

const QStringList& contactFieldNames()
{
    static const QStringList names{
        QStringLiteral("namePrefix"),
        QStringLiteral("firstName"),
        QStringLiteral("middleName"),
        QStringLiteral("lastName"),
        QStringLiteral("nameSuffix"),
        QStringLiteral("nickname"),
        QStringLiteral("title"),
        QStringLiteral("role"),
        QStringLiteral("company"),
        QStringLiteral("department"),
        QStringLiteral("emails"),
        QStringLiteral("phones"),
        QStringLiteral("addresses"),
        QStringLiteral("webPages"),
        QStringLiteral("handles"),
        QStringLiteral("birthday"),
        QStringLiteral("linkedInUrl"),
        QStringLiteral("linkedInStatus"),
        QStringLiteral("linkedInStatusOn"),
        QStringLiteral("warmth"),
        QStringLiteral("notes"),
    };
    return names;
}

RecordFields contactFields(const Contact& contact)
{
    Contact c = contact;
    c.syncPreferred();
    RecordFields fields;
    const auto put = [&fields](const QString& name, const QString& value) {
        if (!value.isEmpty())
            fields.insert(name, value);
    };
    for (const QString& name : contactFieldNames()) {
        if (const QString* text = textField(c, name))
            put(name, *text);
    }
    for (const auto& [key, kind] : kDetailFields)
        put(QLatin1String(key), detailsOf(c, kind));
    if (c.role != RoleCategory::Other)
        put(QStringLiteral("role"), enumKey(c.role));
    if (c.linkedInStatus != LinkedInStatus::NotConnected)
        put(QStringLiteral("linkedInStatus"), enumKey(c.linkedInStatus));
    if (c.linkedInStatusOn.isValid())
        put(QStringLiteral("linkedInStatusOn"), c.linkedInStatusOn.toString(Qt::ISODate));
    if (c.warmth > 0)
        put(QStringLiteral("warmth"), QString::number(c.warmth));
    return fields;
}

void applyContactFields(Contact& c, const RecordFields& fields, const QStringList& names)
{
    for (const QString& name : names) {
        const QString value = fields.value(name);
        if (QString* text = textField(c, name)) {
            *text = value;
        } else if (name == QLatin1String("role")) {
            c.role = enumFromKey<RoleCategory>(value).value_or(RoleCategory::Other);
        } else if (name == QLatin1String("linkedInStatus")) {
            c.linkedInStatus
                = enumFromKey<LinkedInStatus>(value).value_or(LinkedInStatus::NotConnected);
        } else if (name == QLatin1String("linkedInStatusOn")) {
            c.linkedInStatusOn = QDate::fromString(value, Qt::ISODate);
        } else if (name == QLatin1String("warmth")) {
            c.warmth = value.toInt();
        } else {
            for (const auto& [key, kind] : kDetailFields) {
                if (name != QLatin1String(key))
                    continue;
                const DetailKind k = kind;
                std::erase_if(c.details, [k](const ContactPoint& d) { return d.kind == k; });
                for (const ContactPoint& d : detailsFrom(value, kind))
                    c.details.push_back(d);
            }
        }
    }
    // email and phone follow the details' preferred ones.
    c.email.clear();
    c.phone.clear();
    c.syncPreferred();
}

QString contactFieldLabel(const QString& name)
{
    static const std::pair<const char*, const char*> labels[] = {
        { "namePrefix", QT_TRANSLATE_NOOP("ContactFields", "Name prefix") },
        { "firstName", QT_TRANSLATE_NOOP("ContactFields", "First name") },
        { "middleName", QT_TRANSLATE_NOOP("ContactFields", "Middle name") },
        { "lastName", QT_TRANSLATE_NOOP("ContactFields", "Last name") },
        { "nameSuffix", QT_TRANSLATE_NOOP("ContactFields", "Name suffix") },
        { "nickname", QT_TRANSLATE_NOOP("ContactFields", "Nickname") },
        { "title", QT_TRANSLATE_NOOP("ContactFields", "Title") },
        { "role", QT_TRANSLATE_NOOP("ContactFields", "Role") },
        { "company", QT_TRANSLATE_NOOP("ContactFields", "Company") },
        { "department", QT_TRANSLATE_NOOP("ContactFields", "Department") },
        { "emails", QT_TRANSLATE_NOOP("ContactFields", "Emails") },
        { "phones", QT_TRANSLATE_NOOP("ContactFields", "Phones") },
        { "addresses", QT_TRANSLATE_NOOP("ContactFields", "Addresses") },
        { "webPages", QT_TRANSLATE_NOOP("ContactFields", "Web pages") },
        { "handles", QT_TRANSLATE_NOOP("ContactFields", "Handles") },
        { "birthday", QT_TRANSLATE_NOOP("ContactFields", "Birthday") },
        { "linkedInUrl", QT_TRANSLATE_NOOP("ContactFields", "LinkedIn profile") },
        { "linkedInStatus", QT_TRANSLATE_NOOP("ContactFields", "LinkedIn status") },
        { "linkedInStatusOn", QT_TRANSLATE_NOOP("ContactFields", "LinkedIn status since") },
        { "warmth", QT_TRANSLATE_NOOP("ContactFields", "Warmth") },
        { "notes", QT_TRANSLATE_NOOP("ContactFields", "Notes") },
    };
    for (const auto& [key, label] : labels) {
        if (name == QLatin1String(key))
            return Texts::tr(label);
    }
    return name;
}

QString contactFieldText(const QString& name, const QString& value)
{
    for (const auto& [key, kind] : kDetailFields) {
        if (name != QLatin1String(key))
            continue;
        QStringList lines;
        for (const ContactPoint& d : detailsFrom(value, kind)) {
            const QString shown = kind == DetailKind::Address ? address::oneLine(d.value) : d.value;
            lines << (d.label.isEmpty() ? shown : d.label + QStringLiteral(": ") + shown);
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (name == QLatin1String("role"))
        return enumFromKey<RoleCategory>(value) ? enumLabel(*enumFromKey<RoleCategory>(value))
                                                : value;
    if (name == QLatin1String("linkedInStatus"))
        return enumFromKey<LinkedInStatus>(value) ? enumLabel(*enumFromKey<LinkedInStatus>(value))
                                                  : value;
    return value;
}

} // namespace finalist::sync
