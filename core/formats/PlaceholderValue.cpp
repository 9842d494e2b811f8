#include "PlaceholderValue.h"

namespace finalist {

bool isPlaceholderValue(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return false; // empty is simply empty
    // Every import asks this of each field of each row: most values are told apart by their
    // length or by how they end.
    if (value.size() <= 4) {
        for (const QStringView none : { u"na", u"n/a", u"n.a.", u"-", u"--", u"none", u"null" })
            if (value.compare(none, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    if (value.startsWith(u"urn:li:", Qt::CaseInsensitive))
        return true;
    // A LinkedIn address that names no profile: "https://www.linkedin.com/in", ".../in/".
    QStringView rest = value;
    while (rest.endsWith(u'/'))
        rest.chop(1);
    if (!rest.endsWith(u"linkedin.com", Qt::CaseInsensitive)
        && !rest.endsWith(u"/in", Qt::CaseInsensitive)
        && !rest.endsWith(u"/pub", Qt::CaseInsensitive))
        return false;
    for (const QStringView prefix : { u"https://", u"http://" })
        if (rest.startsWith(prefix, Qt::CaseInsensitive))
            rest = rest.sliced(prefix.size());
    for (const QStringView host : { u"www.", u"de.", u"uk.", u"fr." })
        if (rest.startsWith(host, Qt::CaseInsensitive))
            rest = rest.sliced(host.size());
    if (!rest.startsWith(u"linkedin.com", Qt::CaseInsensitive))
        return false;
    rest = rest.sliced(12);
    return rest.isEmpty() || rest.compare(u"/in", Qt::CaseInsensitive) == 0
        || rest.compare(u"/pub", Qt::CaseInsensitive) == 0;
}

} // namespace finalist
