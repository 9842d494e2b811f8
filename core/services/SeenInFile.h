#pragma once

#include "ImportKeys.h"
#include "KeyIndex.h"

namespace finalist {

// The people an import has met so far in its file, by the same three keys as KnownContacts, in
// little memory (a KeyIndex): a file of hundreds of thousands of rows is read one row at a time,
// and this is what it keeps of them.
class SeenInFile
{
public:
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

    KeyIndex<int> m_keys;
};

} // namespace finalist
