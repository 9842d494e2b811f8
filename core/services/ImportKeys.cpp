#include "ImportKeys.h"

#include "ContactImport.h"
#include "domain/ContactUid.h"
#include "formats/PlaceholderValue.h"
#include "storage/ContactRepository.h"

namespace finalist {

namespace {

// ASCII text lower-cased with its spacing simplified, in one pass; a null string when the text
// is not ASCII. Most names, addresses and profile links are, and this runs for every contact
// already stored on every import.
QString asciiFolded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* to = out.data();
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 128)
            return {};
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            pendingSpace = to != out.data();
            continue;
        }
        if (pendingSpace)
            *to++ = u' ';
        pendingSpace = false;
        *to++ = (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
    }
    out.truncate(to - out.data());
    return out;
}

} // namespace

namespace importkeys {

QString caseFolded(QStringView text)
{
    if (QString ascii = asciiFolded(text); !ascii.isNull())
        return ascii;
    return text.trimmed().toString().toCaseFolded();
}

QString folded(const QString& text)
{
    if (QString ascii = asciiFolded(text); !ascii.isNull())
        return ascii;
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.simplified();
}

// Views, not copies: this runs for every contact on every import.
QString urlKey(const QString& url)
{
    QStringView v = QStringView(url).trimmed();
    for (const char16_t* prefix : { u"https://", u"http://" })
        if (v.startsWith(prefix, Qt::CaseInsensitive))
            v = v.mid(QStringView(prefix).size());
    if (v.startsWith(u"www.", Qt::CaseInsensitive))
        v = v.mid(4);
    while (v.endsWith(u'/'))
        v.chop(1);
    return caseFolded(v);
}

QString nameAndCompany(const QString& first, const QString& last, const QString& company)
{
    return first + QLatin1Char(' ') + last + QLatin1Char('|') + company;
}

} // namespace importkeys

MatchKeys MatchKeys::of(const QString& nameAndCompany, const QString& url,
                        const QStringList& emails)
{
    MatchKeys keys;
    if (!url.trimmed().isEmpty() && !isPlaceholderValue(url))
        keys.url = importkeys::urlKey(url);
    for (const QString& email : emails)
        if (!email.trimmed().isEmpty() && !isPlaceholderValue(email))
            keys.emails << importkeys::caseFolded(email);
    keys.name = importkeys::folded(nameAndCompany);
    return keys;
}

MatchKeys MatchKeys::of(const ImportedContact& person)
{
    const Contact& in = person.contact;
    MatchKeys keys = of(importkeys::nameAndCompany(in.firstName, in.lastName, in.company),
                        in.linkedInUrl, person.emails());
    keys.uid = person.uid.trimmed();
    return keys;
}

Result<KnownContacts> KnownContacts::load(Database& db)
{
    ContactRepository contacts(db);
    // Sized once: growing the tables of 50,000 as they fill costs more than counting.
    auto count = contacts.count();
    if (!count)
        return count.error();
    KnownContacts known;
    const auto size = qsizetype(count.value());
    known.m_keys.reserve(3 * size, 28);
    known.m_created.reserve(std::size_t(size));
    known.m_createdTexts.reserve(size * 24);
    auto read = contacts.keys([&known](const ContactKey& c) {
        const MatchKeys keys = MatchKeys::of(c.nameAndCompany, c.linkedInUrl, c.emails);
        if (!keys.url.isEmpty())
            known.m_keys.add(quint8(Kind::Url), keys.url, c.id);
        for (const QString& email : keys.emails)
            known.m_keys.add(quint8(Kind::Email), email, c.id);
        known.m_keys.add(quint8(Kind::Name), keys.name, c.id);
        if (keys.url.isEmpty())
            known.m_keys.add(quint8(Kind::BareName), keys.name, c.id);
        known.m_createdTexts += c.createdAt.toUtf8();
        known.m_created.emplace_back(c.id, quint32(known.m_createdTexts.size()));
    });
    if (!read)
        return read.error();
    return known;
}

qint64 KnownContacts::findByKind(Kind kind, const QString& key) const
{
    return m_keys.find(quint8(kind), key);
}

qint64 KnownContacts::find(const MatchKeys& keys, ImportMatch* how) const
{
    const auto found = [how](qint64 id, ImportMatch kind) {
        if (id && how)
            *how = kind;
        return id;
    };
    if (!keys.uid.isEmpty()) {
        if (!m_uidsMade) {
            m_uidsMade = true;
            m_byUid.reserve(qsizetype(m_created.size()), 40);
            quint32 start = 0;
            for (const auto& [id, end] : m_created) {
                const QString createdAt
                    = QString::fromUtf8(m_createdTexts.constData() + start, end - start);
                m_byUid.add(0, contactUid(id, createdAt), id);
                start = end;
            }
        }
        if (const qint64 id = m_byUid.find(0, keys.uid))
            return found(id, ImportMatch::SameCard);
    }
    if (const qint64 id = keys.url.isEmpty() ? 0 : findByKind(Kind::Url, keys.url))
        return found(id, ImportMatch::SameLinkedIn);
    for (const QString& email : keys.emails)
        if (const qint64 id = findByKind(Kind::Email, email))
            return found(id, ImportMatch::SameEmail);
    // The same name and company is the same person unless both have profiles, and not this one.
    const qint64 id = findByKind(keys.url.isEmpty() ? Kind::Name : Kind::BareName, keys.name);
    return found(id, ImportMatch::SameNameAndCompany);
}

} // namespace finalist
