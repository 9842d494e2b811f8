#pragma once

#include "records/RecordFields.h"
#include "Result.h"

#include <QHash>

namespace finalist {
class Database;
}

namespace finalist::sync {

// What follow-ups and journal entries point at, as text another journal finds them again by: a
// contact by the UID of its card on the server (and its name and company, for people), an
// opportunity by "Company — Role" (opportunities do not sync). Read once for a sync.
class RecordLinks
{
public:
    explicit RecordLinks(Database& db);

    QString opportunityText(qint64 id);
    // The local opportunity written so (the oldest of several); 0 when there is none.
    qint64 opportunityIdOf(const QString& text);

    // Reads the contacts of these ids (the others are read when asked for).
    Status loadContacts(const QList<qint64>& ids);
    QString contactText(qint64 id);
    QString contactUid(qint64 id);
    // The local contact whose card has the UID; 0 when none has.
    qint64 contactIdOfUid(const QString& uid);

    // What went wrong reading, if anything: the texts are then empty, never made up.
    const Status& status() const { return m_status; }

private:
    void loadOpportunities();

    struct Contact
    {
        QString text;
        QString uid;
    };

    Database& m_db;
    bool m_opportunitiesRead = false;
    QHash<qint64, QString> m_opportunities;
    QHash<qint64, Contact> m_contacts;
    Status m_status;
};

// Sets the named fields as `from` has them (absent there: absent here).
void keepFields(RecordFields& fields, const RecordFields& from, const QStringList& names);

} // namespace finalist::sync
