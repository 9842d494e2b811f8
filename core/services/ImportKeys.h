#pragma once

#include "formats/ImportedContact.h"
#include "KeyIndex.h"
#include "Result.h"

#include <QStringList>

namespace finalist {

class Database;
struct ContactKey;
enum class ImportMatch;

// How an import recognises a person, the same way for the contacts already stored and for the
// rows of the file: without case, accents or spacing in the way.
namespace importkeys {

QString caseFolded(QStringView text); // case does not make two addresses different
QString folded(const QString& text); // case, accents and spacing do not make two people
QString urlKey(const QString& url); // "https://www.linkedin.com/in/ana/" is "linkedin.com/in/ana"
// As ContactRepository::keys() joins them in SQL.
QString nameAndCompany(const QString& first, const QString& last, const QString& company);

} // namespace importkeys

// The three ways a person is recognised, each as one string. A placeholder ("NA", a member URN,
// LinkedIn's redacted profile address) is no key: it would make thousands of rows one person.
struct MatchKeys
{
    QString uid; // a card's UID, as written
    QString url; // empty when there is no profile
    QStringList emails;
    QString name;

    static MatchKeys of(const QString& nameAndCompany, const QString& url,
                        const QStringList& emails);
    static MatchKeys of(const ImportedContact& person);
};

// Everyone already stored, by each of their keys, read once per import: proportional to the
// contacts, not to the file. Where two contacts share a key, the one stored last is found.
class KnownContacts
{
public:
    // From this many contacts on, the newer half is read on a second thread, on a connection of
    // its own, while this one reads the older half: reading them is a quarter of an import.
    static constexpr qint64 kReadInTwoFrom = 8192;
    // parts: 1 or 2 to choose, 0 to go by kReadInTwoFrom; always 1 inside a transaction.
    static Result<KnownContacts> load(Database& db, int parts = 0);
    // The strongest match first: a card's UID, the profile, then an address, then name and
    // company; 0 when there is none.
    qint64 find(const MatchKeys& keys, ImportMatch* how) const;

private:
    enum class Kind : quint8
    {
        Url,
        Email,
        Name, // every contact's name and company
        BareName // only of contacts without a profile: two people of one name at one company
                 // are told apart by their profiles
    };
    // The contacts of a range of ids.
    struct Part
    {
        void reserve(qsizetype contacts);
        void add(const ContactKey& contact);

        KeyIndex<qint64> keys;
        // Each contact's id with the end of its creation time in createdTexts (UTF-8, back to
        // back).
        std::vector<std::pair<qint64, quint32>> created;
        QByteArray createdTexts;
    };
    qint64 findByKind(Kind kind, const QString& key) const;

    std::vector<Part> m_parts; // by their ids, the oldest first
    // The UIDs Finalist gives its contacts are made of id and creation time, made the first
    // time a row has a UID (most files have none): a hash per contact is not paid for nothing.
    mutable KeyIndex<qint64> m_byUid;
    mutable bool m_uidsMade = false;
};

} // namespace finalist
