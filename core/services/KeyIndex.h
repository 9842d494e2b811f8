#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringView>
#include <QVarLengthArray>

namespace finalist {

// A kind and key as an index looks them up (the key as UTF-8, and their hash): made once for a
// key looked for in several indexes.
class KeyProbe
{
public:
    KeyProbe(quint8 kind, QStringView key);

private:
    template <typename Value> friend class KeyIndex;
    QVarLengthArray<char, 256> m_utf8; // most keys are short: on the stack
    quint64 m_hash;
    quint8 m_kind;
};

// Keys of a few kinds to numbers, in little memory and with nothing to free one by one: an
// import holds one for every contact already stored (their ids, qint64) and one for the rows of
// its file (their lines, int: four bytes less on each of a file's million keys). A 64-bit hash
// of kind and key leads to the newest entry with them; entries sit back to back in one block
// with the key as UTF-8, so a collision of hashes is told apart from the same key.
template <typename Value> class KeyIndex
{
public:
    KeyIndex();

    // Room for this many entries of keys this long on average, so that the block and the hash
    // table do not grow as they fill.
    void reserve(qsizetype entries, qsizetype averageKeyBytes);
    // A later entry with the same kind and key is the one found.
    void add(quint8 kind, QStringView key, Value value);
    // The number of the newest entry with this kind and key; 0 when there is none.
    Value find(quint8 kind, QStringView key) const { return find(KeyProbe(kind, key)); }
    Value find(const KeyProbe& probe) const;

private:
    // Hash (of kind and key) to the offset of the newest entry with it in m_entries.
    QHash<quint64, quint32> m_newest;
    // Entries back to back: the offset of the previous entry with the same hash (0: none), the
    // number, the kind, the key's length and its UTF-8 bytes. Offset 0 holds no entry.
    QByteArray m_entries;
};

extern template class KeyIndex<int>;
extern template class KeyIndex<qint64>;

} // namespace finalist
