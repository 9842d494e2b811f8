#include "ImportKeys.h"

#include "ContactImport.h"
#include "domain/ContactUid.h"
#include "formats/PlaceholderValue.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <limits>
#include <memory>
#include <QSqlError>
#include <QThread>

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

void KnownContacts::Part::reserve(qsizetype contacts)
{
    // Sized once: growing the tables of 50,000 as they fill costs more than counting.
    keys.reserve(3 * contacts, 28);
    created.reserve(std::size_t(contacts));
    createdTexts.reserve(contacts * 24);
}

void KnownContacts::Part::add(const ContactKey& c)
{
    const MatchKeys found = MatchKeys::of(c.nameAndCompany, c.linkedInUrl, c.emails);
    if (!found.url.isEmpty())
        keys.add(quint8(Kind::Url), found.url, c.id);
    for (const QString& email : found.emails)
        keys.add(quint8(Kind::Email), email, c.id);
    keys.add(quint8(Kind::Name), found.name, c.id);
    if (found.url.isEmpty())
        keys.add(quint8(Kind::BareName), found.name, c.id);
    createdTexts += c.createdAt.toUtf8();
    created.emplace_back(c.id, quint32(createdTexts.size()));
}

Result<KnownContacts> KnownContacts::load(Database& db, int parts)
{
    ContactRepository contacts(db);
    auto count = contacts.count();
    if (!count)
        return count.error();
    if (parts == 0)
        parts = count.value() >= kReadInTwoFrom ? 2 : 1;
    // A second connection would not see what this one has not committed.
    if (Transaction::isOpenOn(db.connection()))
        parts = 1;
    qint64 middle = 0;
    if (parts == 2) {
        auto found = contacts.idAtPosition(count.value() / 2); // as many before as after
        if (!found)
            return found.error();
        middle = found.value();
        if (middle <= 1) // no contacts, or too few to halve
            parts = 1;
    }
    KnownContacts known;
    known.m_parts.resize(std::size_t(parts));
    Part& older = known.m_parts.front();
    const auto addTo = [](Part& part) { return [&part](const ContactKey& c) { part.add(c); }; };
    if (parts == 1) {
        older.reserve(qsizetype(count.value()));
        if (auto read = contacts.keys(addTo(older)); !read)
            return read.error();
        return known;
    }
    Part& newer = known.m_parts.back();
    Status newerRead;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        newer.reserve(qsizetype(count.value() / 2 + 1));
        newerRead = sql::withOwnReadOnlyConnection(db.path(), [&](QSqlDatabase& own) -> Status {
            if (!own.open())
                return sql::errorFrom(own.lastError(), db.path());
            return ContactRepository::keys(own, middle, std::numeric_limits<qint64>::max(),
                                           addTo(newer));
        });
    }));
    reader->start();
    older.reserve(qsizetype(count.value() / 2 + 1));
    const Status olderRead = ContactRepository::keys(db.connection(), 0, middle - 1, addTo(older));
    reader->wait();
    if (!olderRead)
        return olderRead.error();
    if (!newerRead)
        return newerRead.error();
    return known;
}

qint64 KnownContacts::findByKind(Kind kind, const QString& key) const
{
    const KeyProbe probe(quint8(kind), key);
    for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part)
        if (const qint64 id = part->keys.find(probe))
            return id;
    return 0;
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
            qsizetype all = 0;
            for (const Part& part : m_parts)
                all += qsizetype(part.created.size());
            m_byUid.reserve(all, 40);
            for (const Part& part : m_parts) {
                quint32 start = 0;
                for (const auto& [id, end] : part.created) {
                    const QString createdAt
                        = QString::fromUtf8(part.createdTexts.constData() + start, end - start);
                    m_byUid.add(0, contactUid(id, createdAt), id);
                    start = end;
                }
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
