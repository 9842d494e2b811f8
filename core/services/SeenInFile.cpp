#include "SeenInFile.h"

#include <cstring>

namespace finalist {

namespace {

struct EntryHead
{
    quint32 previous;
    qint32 line;
    quint32 length;
    quint8 kind;
};
constexpr qsizetype kHeadBytes = 13;

EntryHead headAt(const QByteArray& entries, quint32 offset)
{
    EntryHead head;
    const char* at = entries.constData() + offset;
    std::memcpy(&head.previous, at, 4);
    std::memcpy(&head.line, at + 4, 4);
    std::memcpy(&head.length, at + 8, 4);
    head.kind = quint8(at[12]);
    return head;
}

quint64 hashOf(quint8 kind, const QByteArray& key)
{
    return quint64(qHashBits(key.constData(), size_t(key.size()), size_t(kind) + 1));
}

} // namespace

SeenInFile::SeenInFile()
    : m_entries(1, '\0')
{
}

int SeenInFile::find(Kind kind, const QString& key) const
{
    const QByteArray utf8 = key.toUtf8();
    const auto k = quint8(kind);
    for (quint32 offset = m_newest.value(hashOf(k, utf8), 0); offset != 0;) {
        const EntryHead head = headAt(m_entries, offset);
        if (head.kind == k && head.length == quint32(utf8.size())
            && std::memcmp(m_entries.constData() + offset + kHeadBytes, utf8.constData(),
                           std::size_t(utf8.size()))
                == 0)
            return head.line;
        offset = head.previous;
    }
    return 0;
}

void SeenInFile::add(Kind kind, const QString& key, int line)
{
    if (find(kind, key))
        return; // the first line met with a key is the one named
    const QByteArray utf8 = key.toUtf8();
    const auto k = quint8(kind);
    const quint64 hash = hashOf(k, utf8);
    const EntryHead head{ m_newest.value(hash, 0), line, quint32(utf8.size()), k };
    const auto offset = quint32(m_entries.size());
    char bytes[kHeadBytes];
    std::memcpy(bytes, &head.previous, 4);
    std::memcpy(bytes + 4, &head.line, 4);
    std::memcpy(bytes + 8, &head.length, 4);
    bytes[12] = char(head.kind);
    m_entries.append(bytes, kHeadBytes);
    m_entries.append(utf8);
    m_newest.insert(hash, offset);
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
