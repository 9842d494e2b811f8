#include "PlaceholderValue.h"

namespace finalist {

bool isPlaceholderValue(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return false; // empty is simply empty
    for (const char16_t* none : { u"na", u"n/a", u"n.a.", u"-", u"--", u"none", u"null" })
        if (value.compare(QStringView(none), Qt::CaseInsensitive) == 0)
            return true;
    if (value.startsWith(u"urn:li:", Qt::CaseInsensitive))
        return true;
    // A LinkedIn address that names no profile: "https://www.linkedin.com/in", ".../in/".
    QStringView rest = value;
    for (const char16_t* prefix : { u"https://", u"http://" })
        if (rest.startsWith(QStringView(prefix), Qt::CaseInsensitive))
            rest = rest.sliced(QStringView(prefix).size());
    for (const char16_t* host : { u"www.", u"de.", u"uk.", u"fr." })
        if (rest.startsWith(QStringView(host), Qt::CaseInsensitive))
            rest = rest.sliced(QStringView(host).size());
    if (!rest.startsWith(u"linkedin.com", Qt::CaseInsensitive))
        return false;
    rest = rest.sliced(12);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    return rest.isEmpty() || rest.compare(u"/in", Qt::CaseInsensitive) == 0
        || rest.compare(u"/pub", Qt::CaseInsensitive) == 0;
}

} // namespace finalist
