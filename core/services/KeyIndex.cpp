#include "KeyIndex.h"

#include <cstring>
#include <QVarLengthArray>

namespace finalist {

namespace {

struct EntryHead
{
    quint32 previous;
    qint64 value;
    quint32 length;
    quint8 kind;
};
constexpr qsizetype kHeadBytes = 17;

EntryHead headAt(const QByteArray& entries, quint32 offset)
{
    EntryHead head;
    const char* at = entries.constData() + offset;
    std::memcpy(&head.previous, at, 4);
    std::memcpy(&head.value, at + 4, 8);
    std::memcpy(&head.length, at + 12, 4);
    head.kind = quint8(at[16]);
    return head;
}

// A key as UTF-8 on the stack: most keys are short and ASCII, and this runs for every key of
// every contact on every import.
using Utf8 = QVarLengthArray<char, 256>;

void toUtf8(QStringView key, Utf8& out)
{
    out.resize(key.size());
    char* to = out.data();
    for (const QChar c : key) {
        if (c.unicode() >= 0x80) {
            const QByteArray encoded = key.toUtf8();
            out.clear();
            out.append(encoded.constData(), encoded.size());
            return;
        }
        *to++ = char(c.unicode());
    }
}

quint64 hashOf(quint8 kind, const Utf8& key)
{
    return quint64(qHashBits(key.constData(), size_t(key.size()), size_t(kind) + 1));
}

} // namespace

KeyIndex::KeyIndex()
    : m_entries(1, '\0')
{
}

void KeyIndex::reserve(qsizetype entries, qsizetype averageKeyBytes)
{
    m_newest.reserve(entries);
    m_entries.reserve(1 + entries * (kHeadBytes + averageKeyBytes));
}

qint64 KeyIndex::find(quint8 kind, QStringView key) const
{
    Utf8 utf8;
    toUtf8(key, utf8);
    for (quint32 offset = m_newest.value(hashOf(kind, utf8), 0); offset != 0;) {
        const EntryHead head = headAt(m_entries, offset);
        if (head.kind == kind && head.length == quint32(utf8.size())
            && std::memcmp(m_entries.constData() + offset + kHeadBytes, utf8.constData(),
                           std::size_t(utf8.size()))
                == 0)
            return head.value;
        offset = head.previous;
    }
    return 0;
}

void KeyIndex::add(quint8 kind, QStringView key, qint64 value)
{
    Utf8 utf8;
    toUtf8(key, utf8);
    // Offsets are 32-bit: 4 GiB of keys, far past what the largest file an import takes (200 MB)
    // or a journal's contacts give.
    Q_ASSERT(quint64(m_entries.size()) + kHeadBytes + quint64(utf8.size()) <= 0xffffffffu);
    quint32& newest = m_newest[hashOf(kind, utf8)]; // 0 when the hash is new
    const EntryHead head{ newest, value, quint32(utf8.size()), kind };
    newest = quint32(m_entries.size());
    char bytes[kHeadBytes];
    std::memcpy(bytes, &head.previous, 4);
    std::memcpy(bytes + 4, &head.value, 8);
    std::memcpy(bytes + 12, &head.length, 4);
    bytes[16] = char(head.kind);
    m_entries.append(bytes, kHeadBytes);
    m_entries.append(utf8.constData(), utf8.size());
}

} // namespace finalist
