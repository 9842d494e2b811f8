#pragma once

#include "domain/Contact.h"
#include "domain/Sync.h"
#include "engine/SyncReport.h"
#include "RadicaleTest.h"

#include <optional>

namespace finalist::test {

// Two journals (two computers, or a computer and a phone's Finalist) syncing their contacts
// through one Radicale address book.
class SyncedJournals : public RadicaleTest
{
protected:
    void SetUp() override;

    // Sets up sync for a journal (Finalist's own address book, made by the first).
    void setUpSync(Database& db, bool useSyncToken = true);
    // The same for these kinds of record (each in Finalist's own collection for it).
    void setUpSync(Database& db, const QList<SyncKind>& kinds, bool useSyncToken = true);
    sync::SyncReport syncOrFail(Database& db);
    // a, then b, then a again: both hold everything after.
    void syncAll();

    Contact add(Database& db, const QString& first, const QString& last,
                const QString& company = {});
    Contact find(Database& db, const QString& last);
    // Every contact as its fields (ids and times aside), sorted: two journals that agree give
    // the same list.
    static QStringList contents(Database& db);
    QUrl addressBook() const;
    // Finalist's own collection of a kind, as setUpSync makes it.
    QUrl collection(SyncKind kind) const;

    // Another program at the server: curl with the phone's credentials (failing the test when
    // it fails), and /usr/bin/python3 running a script on some input (nothing when python3 or
    // one of the script's modules is missing: the caller skips).
    static QByteArray runCurl(const QStringList& arguments, const QByteArray& input = {});
    void putAs(const QUrl& url, const QByteArray& contentType, const QByteArray& data);
    static std::optional<QString> python(const QString& script, const QByteArray& input);

    TempFolder folder;
    std::unique_ptr<Database> a;
    std::unique_ptr<Database> b;
};

} // namespace finalist::test
