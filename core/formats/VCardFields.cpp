#include "VCardFields.h"

#include "ICalendarLines.h"
#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace finalist::vcard {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(VCard)
};

// Types that say how to use an address, not whose it is: not a label.
bool isUsageType(const QByteArray& type)
{
    for (const char* usage :
         { "PREF", "INTERNET", "X400", "VOICE", "MSG", "TEXT", "POSTAL", "PARCEL", "DOM", "INTL",
           "VIDEO", "BBS", "MODEM", "CAR", "ISDN", "PCS", "TEXTPHONE" })
        if (type == usage)
            return true;
    return false;
}

// The first type that names the kind of address: "work", "home", "mobile" (CELL), "other",
// or another word as written ("fax", "pager", "twitter"), lower case.
QString labelOf(const Property& property)
{
    for (const QByteArray& type : typesOf(property)) {
        if (isUsageType(type))
            continue;
        QString label = QString::fromUtf8(type).toLower();
        if (label.startsWith(QLatin1String("x-")))
            label = label.mid(2);
        const QString standard = standardLabelOf(label);
        return standard.isEmpty() ? label : standard;
    }
    return {};
}

// 3.0 writers (Apple, Evolution, KDE) keep each messenger in a property of its own.
QString handleScheme(const QByteArray& name)
{
    static const QList<std::pair<const char*, const char*>> schemes{
        { "X-JABBER", "xmpp" },
        { "X-GOOGLE-TALK", "xmpp" },
        { "X-GTALK", "xmpp" },
        { "X-AIM", "aim" },
        { "X-ICQ", "icq" },
        { "X-MSN", "msnim" },
        { "X-YAHOO", "ymsgr" },
        { "X-SKYPE", "skype" },
        { "X-SKYPE-USERNAME", "skype" },
        { "X-GADUGADU", "gg" },
        { "X-GROUPWISE", "groupwise" },
        { "X-TWITTER", "twitter" },
    };
    for (const auto& [property, scheme] : schemes)
        if (name == property)
            return QString::fromLatin1(scheme);
    return {};
}

bool isLinkedIn(const Property& p, const QString& url)
{
    return isLinkedInAddress(url) || typesOf(p).contains("LINKEDIN");
}

void appendNote(QString& notes, const QString& note)
{
    if (note.isEmpty())
        return;
    notes = notes.isEmpty() ? note : notes + QStringLiteral("\n\n") + note;
}

} // namespace

bool isUsed(const QByteArray& name)
{
    for (const char* used : { "N",
                              "FN",
                              "NICKNAME",
                              "ORG",
                              "TITLE",
                              "EMAIL",
                              "TEL",
                              "ADR",
                              "URL",
                              "IMPP",
                              "X-SOCIALPROFILE",
                              "BDAY",
                              "NOTE",
                              "UID",
                              "BEGIN",
                              "END",
                              "X-FINALIST-ROLE",
                              "X-FINALIST-WARMTH",
                              "X-FINALIST-LINKEDIN-STATUS",
                              "X-FINALIST-LINKEDIN-STATUS-ON" })
        if (name == used)
            return true;
    return !handleScheme(name).isEmpty();
}

QString birthdayFromVCard(const QString& written, bool yearLeftOut)
{
    QString value = written.trimmed();
    if (const qsizetype t = value.indexOf(QLatin1Char('T')); t > 0)
        value = value.left(t); // a date-time: the date is the birthday
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    QString month, day, year;
    if (const auto m = full.match(value); m.hasMatch()) {
        year = m.captured(1);
        month = m.captured(2);
        day = m.captured(3);
    } else if (const auto m = noYear.match(value); m.hasMatch()) {
        month = m.captured(1);
        day = m.captured(2);
    } else {
        return {};
    }
    // 1604 is the year Apple writes with X-APPLE-OMIT-YEAR for a birthday without one.
    if (yearLeftOut)
        year.clear();
    const int checkYear = year.isEmpty() ? 2000 : year.toInt();
    if (!QDate(checkYear, month.toInt(), day.toInt()).isValid())
        return {};
    return (year.isEmpty() ? QStringLiteral("-") : year) + QLatin1Char('-') + month
        + QLatin1Char('-') + day;
}

QString applyProperty(const Property& p, ImportedContact& person, QString& formattedName)
{
    Contact& c = person.contact;
    const QString text = ical::unescapeText(p.value).trimmed();
    const auto detail = [&](DetailKind kind, const QString& value) {
        c.addDetail({ kind, labelOf(p), value, isPreferred(p) });
    };
    if (p.name == "N") {
        const QStringList n = components(p.value);
        c.lastName = n.value(0).trimmed();
        c.firstName = n.value(1).trimmed();
        c.middleName = n.value(2).trimmed();
        c.namePrefix = n.value(3).trimmed();
        c.nameSuffix = n.value(4).trimmed();
    } else if (p.name == "FN") {
        formattedName = text;
    } else if (p.name == "NICKNAME") {
        c.nickname = text;
    } else if (p.name == "ORG") {
        const QStringList org = components(p.value);
        c.company = org.value(0).trimmed();
        QStringList units = org.mid(1);
        units.removeAll(QString());
        c.department = units.join(QStringLiteral(", ")).trimmed();
    } else if (p.name == "TITLE") {
        c.title = text;
    } else if (p.name == "EMAIL") {
        detail(DetailKind::Email,
               text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? text.mid(7) : text);
    } else if (p.name == "TEL") {
        detail(DetailKind::Phone,
               text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)
                   ? phone::readable(text.mid(4))
                   : text);
    } else if (p.name == "ADR") {
        detail(DetailKind::Address, address::fromParts(components(p.value)));
    } else if (p.name == "URL" || p.name == "X-SOCIALPROFILE") {
        if (isLinkedIn(p, text) && c.linkedInUrl.isEmpty())
            c.linkedInUrl = text;
        else if (p.name == "URL")
            detail(DetailKind::Web, text);
        else
            detail(DetailKind::Handle, text);
    } else if (p.name == "IMPP") {
        detail(DetailKind::Handle, text);
    } else if (const QString scheme = handleScheme(p.name); !scheme.isEmpty()) {
        detail(DetailKind::Handle,
               text.contains(QLatin1Char(':')) ? text : scheme + QLatin1Char(':') + text);
    } else if (p.name == "BDAY") {
        const bool yearLeftOut = std::any_of(
            p.parameters.begin(), p.parameters.end(),
            [](const QByteArray& parameter) { return parameter.startsWith("X-APPLE-OMIT-YEAR"); });
        c.birthday = birthdayFromVCard(text, yearLeftOut);
        if (c.birthday.isEmpty() && !text.isEmpty())
            return Texts::tr("the birthday “%1” is not a date Finalist can read; left out.")
                .arg(text);
    } else if (p.name == "UID") {
        person.uid = text;
    } else if (p.name == "NOTE") {
        appendNote(c.notes, text);
    } else if (p.name == "X-FINALIST-ROLE") {
        c.role = enumFromKey<RoleCategory>(text).value_or(c.role);
    } else if (p.name == "X-FINALIST-WARMTH") {
        c.warmth = std::clamp(text.toInt(), 0, 5);
    } else if (p.name == "X-FINALIST-LINKEDIN-STATUS") {
        c.linkedInStatus = enumFromKey<LinkedInStatus>(text).value_or(c.linkedInStatus);
    } else if (p.name == "X-FINALIST-LINKEDIN-STATUS-ON") {
        c.linkedInStatusOn = QDate::fromString(text, Qt::ISODate);
    }
    return {};
}

} // namespace finalist::vcard
