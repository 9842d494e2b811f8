#include "PhoneNumber.h"

#include "modules/ModuleLoader.h"
#include "modules/PhoneLibrary.h"

#include <QLocale>
#include <QRegularExpression>

namespace finalist::phone {

namespace {

// libphonenumber, loaded with the first number read. Without its module (a broken install) no
// number can be read: numbers stay as typed, and the reason is written to the log once.
const modules::PhoneLibrary* library()
{
    static const modules::PhoneLibrary* const loaded = []() -> const modules::PhoneLibrary* {
        const auto entry
            = modules::entryPoint(QLatin1String(modules::phoneModule), modules::phoneLibraryEntry);
        if (!entry) {
            qWarning("Phone numbers are kept as typed. %s (%s)", qPrintable(entry.error().message),
                     qPrintable(entry.error().detail));
            return nullptr;
        }
        return reinterpret_cast<modules::PhoneLibraryEntry>(*entry)();
    }();
    return loaded;
}

} // namespace

QString e164(const QString& typed, const QString& region)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const modules::PhoneLibrary* util = library();
    if (!util)
        return {};
    return QString::fromStdString(util->e164(text.toStdString(), region.toUpper().toStdString()));
}

QString readable(const QString& uriNumber)
{
    // RFC 3966: parameters after ';' (extensions aside) and visual separators are not digits.
    const QString number = uriNumber.section(QLatin1Char(';'), 0, 0).trimmed();
    // Separators the writer kept ("+33-6-12-34-56-78") are how the number was typed: kept too.
    static const QRegularExpression separators(QStringLiteral("[-.() ]"));
    if (number.contains(separators))
        return uriNumber;
    const modules::PhoneLibrary* util = library();
    if (!number.startsWith(QLatin1Char('+')) || !util)
        return uriNumber;
    const std::string formatted = util->international(number.toStdString());
    return formatted.empty() ? uriNumber : QString::fromStdString(formatted);
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
    QStringList codes;
    if (const modules::PhoneLibrary* util = library()) {
        for (const std::string& region : util->regions())
            codes << QString::fromStdString(region);
    }
    return codes;
}

QString regionOr(const QString& chosen)
{
    return chosen.isEmpty() ? localeRegion() : chosen;
}

} // namespace finalist::phone
