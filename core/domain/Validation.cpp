#include "Validation.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace finalist::validate {

namespace {
// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// "https://www.linkedin.com/in/ana-lima-123/": the form nearly every profile address has, seen
// valid without parsing it as a URL, which an import would do for each of thousands of rows.
// Anything else (other hosts, queries, escapes) goes through QUrl.
bool isPlainProfileAddress(QStringView value)
{
    for (const QStringView start : { u"https://www.linkedin.com/", u"https://linkedin.com/" }) {
        if (!value.startsWith(start))
            continue;
        const QStringView path = value.sliced(start.size());
        return !path.isEmpty() && std::all_of(path.begin(), path.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                || u == u'-' || u == u'_' || u == u'.' || u == u'~' || u == u'/';
        });
    }
    return false;
}

} // namespace

Status required(const QString& value, const QString& field, const QString& label)
{
    if (value.trimmed().isEmpty())
        return Error::invalid(field, Texts::tr("%1 cannot be empty.").arg(label));
    return {};
}

Status range(int value, int low, int high, const QString& field, const QString& label)
{
    if (value < low || value > high)
        return Error::invalid(field,
                              Texts::tr("%1 must be between %2 and %3; it is %4.")
                                  .arg(label)
                                  .arg(low)
                                  .arg(high)
                                  .arg(value));
    return {};
}

Status validDate(const QDate& date, const QString& field, const QString& label)
{
    if (!date.isValid())
        return Error::invalid(field, Texts::tr("%1 needs a valid date.").arg(label));
    return {};
}

Status reference(qint64 id, const QString& field, const QString& label)
{
    if (id <= 0)
        return Error::invalid(field, Texts::tr("Choose %1 first.").arg(label));
    return {};
}

Status email(const QString& value, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        return Error::invalid(
            field,
            Texts::tr("“%1” does not look like an email address (name@example.com).").arg(value));
    return {};
}

Status birthday(const QString& value, const QString& field)
{
    if (value.isEmpty())
        return {};
    // A leap day without a year is a real birthday: checked against a leap year.
    const QString dated
        = value.startsWith(QLatin1String("--")) ? QStringLiteral("2000") + value.mid(1) : value;
    if (value.size() != (value.startsWith(QLatin1String("--")) ? 7 : 10)
        || !QDate::fromString(dated, Qt::ISODate).isValid())
        return Error::invalid(field,
                              Texts::tr("“%1” is not a birthday Finalist can read: write it as "
                                        "1984-04-15, or --04-15 without the year.")
                                  .arg(value));
    return {};
}

Status linkedInUrl(const QString& value, const QString& field)
{
    if (value.isEmpty() || isPlainProfileAddress(value))
        return {};
    const QUrl url(value, QUrl::StrictMode);
    const QString host = url.host().toLower();
    const bool linkedIn
        = host == QLatin1String("linkedin.com") || host.endsWith(QLatin1String(".linkedin.com"));
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || !linkedIn || url.path().size() <= 1) {
        return Error::invalid(field,
                              Texts::tr("“%1” is not a LinkedIn profile address "
                                        "(https://www.linkedin.com/in/name).")
                                  .arg(value));
    }
    return {};
}

Status webUrl(const QString& value, const QString& field)
{
    if (value.trimmed().isEmpty())
        return {};
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error::invalid(
            field,
            Texts::tr("“%1” is not a web address (https://example.com/jobs/123).").arg(value));
    }
    return {};
}

Status notBefore(const QDate& date, const QDate& earliest, const QString& field,
                 const QString& message)
{
    if (date.isValid() && earliest.isValid() && date < earliest)
        return Error::invalid(field, message);
    return {};
}

Status all(std::initializer_list<Status> checks)
{
    for (const Status& check : checks) {
        if (!check)
            return check;
    }
    return {};
}

} // namespace finalist::validate
