#include "SeenInFile.h"

namespace finalist {

int SeenInFile::find(Kind kind, const QString& key) const
{
    return int(m_keys.find(quint8(kind), key));
}

void SeenInFile::add(Kind kind, const QString& key, int line)
{
    if (!find(kind, key)) // the first line met with a key is the one named
        m_keys.add(quint8(kind), key, line);
}

int SeenInFile::earlierLine(const MatchKeys& keys) const
{
    if (const int line = keys.uid.isEmpty() ? 0 : find(Kind::Uid, keys.uid))
        return line;
    if (const int line = keys.url.isEmpty() ? 0 : find(Kind::Url, keys.url))
        return line;
    for (const QString& email : keys.emails)
        if (const int line = find(Kind::Email, email))
            return line;
    return find(keys.url.isEmpty() ? Kind::Name : Kind::BareName, keys.name);
}

void SeenInFile::insert(const MatchKeys& keys, int line)
{
    if (!keys.uid.isEmpty())
        add(Kind::Uid, keys.uid, line);
    if (!keys.url.isEmpty())
        add(Kind::Url, keys.url, line);
    for (const QString& email : keys.emails)
        add(Kind::Email, email, line);
    add(Kind::Name, keys.name, line);
    if (keys.url.isEmpty())
        add(Kind::BareName, keys.name, line);
}

} // namespace finalist
