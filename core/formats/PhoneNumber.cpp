#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>
#include <QLocale>
#include <QRegularExpression>

namespace finalist::phone {

using i18n::phonenumbers::PhoneNumberUtil;

QString e164(const QString& typed, const QString& region)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(text.toStdString(), region.toUpper().toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    // Possible, not valid: a number the metadata does not know yet (a new range, a fictional 555
    // one) is still a number someone typed with care.
    if (!util->IsPossibleNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

QString readable(const QString& uriNumber)
{
    // RFC 3966: parameters after ';' (extensions aside) and visual separators are not digits.
    const QString number = uriNumber.section(QLatin1Char(';'), 0, 0).trimmed();
    // Separators the writer kept ("+33-6-12-34-56-78") are how the number was typed: kept too.
    static const QRegularExpression separators(QStringLiteral("[-.() ]"));
    if (number.contains(separators))
        return uriNumber;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (!number.startsWith(QLatin1Char('+'))
        || util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsPossibleNumber(parsed))
        return uriNumber;
    std::string formatted;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString localeRegion()
{
    return QLocale::territoryToCode(QLocale::system().territory());
}

bool isKnownRegion(const QString& region)
{
    return knownRegions().contains(region.toUpper());
}

QStringList knownRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList codes;
    for (const std::string& region : regions)
        codes << QString::fromStdString(region);
    return codes;
}

QString regionOr(const QString& chosen)
{
    return chosen.isEmpty() ? localeRegion() : chosen;
}

} // namespace finalist::phone
