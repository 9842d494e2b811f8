#include "MeetingLink.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace finalist {

namespace {

bool under(const QString& host, QLatin1String domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

// A link that joins a call, not Zoom's "find your local number" or Teams' meeting options.
bool isMeetingLink(const QUrl& url)
{
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (under(host, QLatin1String("meet.google.com")))
        return path.size() > 1;
    if (under(host, QLatin1String("zoom.us")) || under(host, QLatin1String("zoomgov.com")))
        return path.startsWith(QLatin1String("/j/")) || path.startsWith(QLatin1String("/my/"))
            || path.startsWith(QLatin1String("/w/")) || path.startsWith(QLatin1String("/s/"))
            || path.startsWith(QLatin1String("/wc/join/"));
    if (under(host, QLatin1String("teams.microsoft.com"))
        || under(host, QLatin1String("teams.live.com")))
        return path.contains(QLatin1String("meetup-join"))
            || path.startsWith(QLatin1String("/meet/"));
    return false;
}

} // namespace

QString meetingLinkIn(const QString& text)
{
    // Stops at what ends a link in running text or HTML: space, quotes, <>, brackets.
    static const QRegularExpression link(QStringLiteral(R"(https?://[^\s<>"'\]\)]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        QString candidate = it.next().captured();
        while (!candidate.isEmpty() && QStringLiteral(".,;:!?").contains(candidate.back()))
            candidate.chop(1);
        const QUrl url(candidate);
        // Outlook's Safe Links carry the real address in their url= parameter.
        if (url.host().endsWith(QLatin1String("safelinks.protection.outlook.com"),
                                Qt::CaseInsensitive))
            candidate = QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
        if (isMeetingLink(QUrl(candidate)))
            return candidate;
    }
    return {};
}

} // namespace finalist
