#include "MailtoUrl.h"

#include <QStringList>

namespace finalist {

namespace {

QString encoded(const QString& text, const QByteArray& keep = {})
{
    QString crlf = text;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    // toPercentEncoding keeps only the unreserved set (and what "keep" adds).
    return QString::fromLatin1(crlf.toUtf8().toPercentEncoding(keep));
}

} // namespace

QString mailtoUrl(const QString& to, const QString& subject, const QString& body)
{
    QString url = QStringLiteral("mailto:") + encoded(to.trimmed(), "@");
    QStringList fields;
    if (!subject.isEmpty())
        fields << QStringLiteral("subject=") + encoded(subject);
    if (!body.isEmpty())
        fields << QStringLiteral("body=") + encoded(body);
    if (!fields.isEmpty())
        url += QLatin1Char('?') + fields.join(QLatin1Char('&'));
    return url;
}

} // namespace finalist
