#include "KeyIndex.h"

#include <cstring>

namespace finalist {

namespace {

template <typename Value> struct EntryHead
{
    quint32 previous;
    Value value;
    quint32 length;
    quint8 kind;

    static constexpr qsizetype kBytes = 4 + sizeof(Value) + 4 + 1;

    static EntryHead at(const QByteArray& entries, quint32 offset)
    {
        EntryHead head;
        const char* from = entries.constData() + offset;
        std::memcpy(&head.previous, from, 4);
        std::memcpy(&head.value, from + 4, sizeof(Value));
        std::memcpy(&head.length, from + 4 + sizeof(Value), 4);
        head.kind = quint8(from[4 + sizeof(Value) + 4]);
        return head;
    }

    void appendTo(QByteArray& entries) const
    {
        char bytes[kBytes];
        std::memcpy(bytes, &previous, 4);
        std::memcpy(bytes + 4, &value, sizeof(Value));
        std::memcpy(bytes + 4 + sizeof(Value), &length, 4);
        bytes[4 + sizeof(Value) + 4] = char(kind);
        entries.append(bytes, kBytes);
    }
};

} // namespace

// The key as UTF-8: this runs for every key of every contact on every import, and most are ASCII.
KeyProbe::KeyProbe(quint8 kind, QStringView key)
    : m_kind(kind)
{
    m_utf8.resize(key.size());
    char* to = m_utf8.data();
    for (const QChar c : key) {
        if (c.unicode() >= 0x80) {
            const QByteArray encoded = key.toUtf8();
            m_utf8.clear();
            m_utf8.append(encoded.constData(), encoded.size());
            break;
        }
        *to++ = char(c.unicode());
    }
    m_hash = quint64(qHashBits(m_utf8.constData(), size_t(m_utf8.size()), size_t(kind) + 1));
}

template <typename Value>
KeyIndex<Value>::KeyIndex()
    : m_entries(1, '\0')
{
}

template <typename Value>
void KeyIndex<Value>::reserve(qsizetype entries, qsizetype averageKeyBytes)
{
    m_newest.reserve(entries);
    m_entries.reserve(1 + entries * (EntryHead<Value>::kBytes + averageKeyBytes));
}

template <typename Value> Value KeyIndex<Value>::find(const KeyProbe& probe) const
{
    const auto& utf8 = probe.m_utf8;
    for (quint32 offset = m_newest.value(probe.m_hash, 0); offset != 0;) {
        const auto head = EntryHead<Value>::at(m_entries, offset);
        if (head.kind == probe.m_kind && head.length == quint32(utf8.size())
            && std::memcmp(m_entries.constData() + offset + EntryHead<Value>::kBytes,
                           utf8.constData(), std::size_t(utf8.size()))
                == 0)
            return head.value;
        offset = head.previous;
    }
    return 0;
}

template <typename Value> void KeyIndex<Value>::add(quint8 kind, QStringView key, Value value)
{
    const KeyProbe probe(kind, key);
    const auto& utf8 = probe.m_utf8;
    // Offsets are 32-bit: 4 GiB of keys, far past what the largest file an import takes (200 MB)
    // or a journal's contacts give.
    Q_ASSERT(quint64(m_entries.size()) + EntryHead<Value>::kBytes + quint64(utf8.size())
             <= 0xffffffffu);
    quint32& newest = m_newest[probe.m_hash]; // 0 when the hash is new
    const EntryHead<Value> head{ newest, value, quint32(utf8.size()), kind };
    newest = quint32(m_entries.size());
    head.appendTo(m_entries);
    m_entries.append(utf8.constData(), utf8.size());
}

template class KeyIndex<int>;
template class KeyIndex<qint64>;

} // namespace finalist
