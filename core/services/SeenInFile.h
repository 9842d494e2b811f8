#pragma once

#include "ImportKeys.h"

#include <QByteArray>
#include <QHash>

namespace finalist {

// The people an import has met so far in its file, by the same three keys as KnownContacts, in
// little memory: a file of hundreds of thousands of rows is read one row at a time, and this is
// what it keeps of them. A 64-bit hash of each key leads to the key itself, stored as UTF-8 in
// one block, so a collision of hashes is told apart from the same key met again.
class SeenInFile
{
public:
    SeenInFile();

    // The line of the first person met with one of these keys (the profile looked up first,
    // then the addresses, then name and company); 0 when there is none. Two rows of one name
    // and company are one person unless both have profiles, and different ones.
    int earlierLine(const MatchKeys& keys) const;
    void insert(const MatchKeys& keys, int line);

private:
    enum class Kind : quint8
    {
        Uid,
        Url,
        Email,
        Name, // every row's name and company
        BareName // only of rows without a profile
    };
    int find(Kind kind, const QString& key) const;
    void add(Kind kind, const QString& key, int line);

    // Hash (of kind and key) to the offset of the newest entry with it in m_entries.
    QHash<quint64, quint32> m_newest;
    // Entries back to back: the offset of the previous entry with the same hash (0: none), the
    // line, the kind, the key's length and its UTF-8 bytes. Offset 0 holds no entry.
    QByteArray m_entries;
};

} // namespace finalist
